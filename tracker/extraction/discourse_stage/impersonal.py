"""German "hieß es": the words nearest the claim that attribute it (DESIGN: a source keeps its
name and takes the span of the words in the text nearest the claim).

- "..., hieß es bei der Stadtverwaltung.": the mention covers "hieß es bei der
  Stadtverwaltung", not the name alone;
- "..., hieß es (weiter).": a figure that takes the account before it is keyed by "hieß es",
  the words of its own sentence that say whose account it is; where no account reaches it (a
  paragraph break ended it), "hieß es" resumes the last one.
"""

from __future__ import annotations

import re

from . import backrefs
from ._engine import SourceMention

_SAYS = frozenset(("hieß", "heißt"))
# "hieß es (weiter) bei der", "heißt es aus dem", "hieß es beim": right before a name
_BEFORE_NAME = re.compile(
    r"(?:hieß|heißt) es (?:weiter |zudem |außerdem )?"
    r"(?:bei|beim|aus|von|vom|in|im)(?: (?:der|dem|den|des|die|das))? $"
)
_REACH = 40  # characters before a name searched for "hieß es bei der"


def impersonal_spans(text: str, lang: str, units, sources) -> None:
    """Sources of the figures of sentences with "hieß es" take the span of its words."""
    if lang != "de":
        return
    for u in units:
        if not u.claims or _SAYS.isdisjoint(u.s.low_set):
            continue
        ref = backrefs.find(u.s, lang)
        if ref is None or ref.cls != "impersonal":
            continue
        s0, s1 = u.s.start, u.s.end
        for i in u.claims:
            given = sources[i] or _last_account(units, sources, u)
            if not given:
                continue
            if all(not s0 <= m.start < s1 for m in given):
                sources[i] = tuple(_moved(text, m, ref.start, ref.end) for m in given)
            else:
                sources[i] = tuple(_widened(text, m, s0) if s0 <= m.start < s1 else m for m in given)


def _last_account(units, sources, u):
    """ "¶ Der Fahrer habe zwei Beamte verletzt, hieß es.": a "hieß es" that no account reaches
    (a paragraph break ended it) resumes the last account before it: its sources, or ()."""
    for v in reversed(units[: units.index(u)]):
        for i in reversed(v.claims):
            if sources[i]:
                return sources[i]
    return ()


def _moved(text: str, m, a: int, b: int):
    return SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role)


def _widened(text: str, m, s0: int):
    """The mention with "hieß es bei der" before it, when those words stand right before it."""
    before = text[max(s0, m.start - _REACH) : m.start]
    hit = _BEFORE_NAME.search(before)
    if hit is None:
        return m
    return _moved(text, m, m.start - len(before) + hit.start(), m.end)
