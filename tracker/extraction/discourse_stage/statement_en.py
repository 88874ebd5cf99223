"""English wire copy: a statement goes on over its one-sentence paragraphs. "Two men have been
jailed for ..., Wexford Police said in a statement. ¶ Tom Reade, 44, and Ian Fell, 39, were
sentenced to six years and four years ... ¶ The scheme promised returns of 9% a year.": what
follows a body's statement, paragraph by paragraph, is the statement's until another source, a
quotation or background speaks, whatever the figures count (ages and sentences after a count of
convicts: the kinds of the account need not match, as they must for a carried account)."""

from __future__ import annotations

import re

from ._engine import LEXICON
from .accounts import WINDOW
from .accounts_en import shares_line
from .breaks_en import is_prose
from .expectations_en import no_ones_account
from .signals import background

_STATEMENT = re.compile(
    r"\s+(?:said|says|announced)\s+(?:on\s+\w+\s+)?in\s+an?\s+(?:"
    + "|".join(LEXICON["en"]["statement_nouns"])
    + r")\b"
)


def statements_go_on(text: str, lang: str, units, sources, claims) -> None:
    """The figures without a source after a statement's sentence, in wire copy, take it."""
    if lang != "en" or is_prose(units, lang):
        return
    for k, u in enumerate(units):
        given = _statement(text, u)
        if given:
            _give(units, k + 1, sources, claims, given)


def _statement(text: str, u) -> tuple:
    """The sources of sentence ``u`` when they are one body that speaks in a statement ("X said
    in a statement"), else ()."""
    own = u.own
    if not own or u.quoted or len({m.name for m in own}) != 1 or own[0].kind == "person":
        return ()
    if not any(_STATEMENT.match(text, m.end, u.s.end) for m in own):
        return ()
    return tuple(own)


def _give(units, k: int, sources, claims, given) -> None:
    """The sentences from k on, up to another voice, a quotation, background or ``WINDOW``
    characters, give their figures without a source ``given``."""
    pos = min(m.start for m in given)
    for j in range(k, len(units)):
        v = units[j]
        if v.own or v.quoted or v.other_speaker or v.item:
            return
        if not v.claims:
            continue
        if background(v, "en") or shares_line(v) or no_ones_account(v):
            return
        if max(claims[i].start for i in v.claims) - pos > WINDOW:
            return
        for i in v.claims:
            if not sources[i]:
                sources[i] = given
