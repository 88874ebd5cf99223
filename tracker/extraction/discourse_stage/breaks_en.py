"""English paragraph breaks: a release's account does not go on over a paragraph in which
another voice speaks ("according to LSEG data ... ¶ ..., said Jefferies analyst X. "...," he
said. ¶ Operating margin widened to 11.8 percent": the analyst's paragraph ends it). In prose
(not wire copy, where nearly every paragraph is one sentence) a break ends the account unless
the new paragraph names its source again ("It said ...", "the figures also showed ..."), opens
with a part of what a release counted ("Of those, ...") or is a line of a list its intro opened."""

from __future__ import annotations

from itertools import pairwise

from ._engine import LEXICON
from .accounts_en import same_release
from .releases import is_release, opens_with_a_part

_BACK = LEXICON["en"]["back_nouns"]
_BODIES = frozenset(_BACK["institution"])
_POSSESSIVE_ENDS = ("'s", "’s")
WIRE_SHARE = 0.8  # wire copy: at least this share of the body paragraphs are one sentence


def is_prose(units, lang: str) -> bool:
    """English copy that is not wire: fewer than ``WIRE_SHARE`` of its body paragraphs (the
    headline and the lines of lists aside) are a single sentence."""
    if lang != "en":
        return False
    sizes = {}
    for u in units:
        if not (u.headline or u.item):
            sizes[u.para] = sizes.get(u.para, 0) + 1
    single = sum(1 for n in sizes.values() if n == 1)
    return bool(sizes) and single < WIRE_SHARE * len(sizes)


def names_it_back(units, k: int, acc) -> bool:
    """The paragraph that opens with unit k goes on with the account ``acc`` (prose): it is a
    line of a list, opens with a part of what a release counted ("Of those, ...", "More than a
    third of the applicants ..."), or one of its sentences names the account's source again, by
    name, pronoun or description ("It said", "the agency said") or as the release's document
    ("the figures also showed")."""
    if units[k].item or (opens_with_a_part(units[k], "en") and is_release(acc, "en")):
        return True
    names = {m.name for m in acc}
    for j in range(k, len(units)):
        v = units[j]
        if j > k and v.first:
            return False
        if v.own and (names.issuperset(m.name for m in v.own) or same_release(acc, v.own)):
            return True
        if not v.own and describes_a_body(v.s.words) and _last_body_named(units, k) <= names:
            return True  # "..., their highest rating with the pollster", "the regulator's records"
    return False


def describes_a_body(words) -> bool:
    """The sentence names a body by a description in lower case ("the pollster", "the
    regulator's records"; not "the Bank's committee", a short name)."""
    for a, b in pairwise(words):
        if a.lower() == "the" and (b[:-2] if b.endswith(_POSSESSIVE_ENDS) else b) in _BODIES:
            return True
    return False


def _last_body_named(units, k: int) -> set:
    """The names of the body named last before unit k (a description stands for it), or a set
    no account's names hold."""
    for j in range(k - 1, -1, -1):
        bodies = {m.name for m in units[j].own if m.kind != "person"}
        if bodies:
            return bodies
    return {None}


def another_voice(units, k: int, acc) -> bool:
    """The paragraph before unit k names a source other than ``acc``'s or quotes someone it
    does not name."""
    names = {m.name for m in acc}
    j = k - 1
    while j >= 0:
        v = units[j]
        if any(m.name not in names for m in v.own) or (v.quoted and not v.own):
            return True  # another source, or a quotation of no one the account names
        if v.first:
            return False
        j -= 1
    return False
