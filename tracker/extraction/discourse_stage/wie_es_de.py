"""German: "..., wie es am Freitag mitteilte": "es" stands for the neuter body the sentence
names ("Allein im September erfasste das Menschenrechtsbüro der UN in Genf 214 Tote, wie es
mitteilte"), which is the source of the sentence's figures, not a source carried from the
sentences before."""

from __future__ import annotations

from . import backrefs
from ._engine import VERBS, SourceMention, sentence_names

_SPEECH = VERBS["de"]
_JOINS = frozenset(("der", "des", "in", "im", "für"))
_REACH = 5  # words between "wie es" and the speech verb ("wie es am Freitag weiter mitteilte")


def neuter_body_says(units, sources, claims) -> None:
    """The claims of a sentence with "wie es ... <speech verb>" without a source of the
    sentence outside the phrase take the neuter body ("das Amt ...") named before "wie"."""
    for u in units:
        if not u.claims:
            continue
        w = _wie_es(u.s)
        if w is None:
            continue
        m = _neuter_body(u.s, w)
        if m is None:
            continue
        for i in u.claims:
            if claims[i].start < m.start or any(_elsewhere(u.s, x, m) for x in sources[i]):
                continue
            sources[i] = (m,)


def _elsewhere(s, x, m) -> bool:
    """Source ``x`` stands in sentence ``s`` outside the body's phrase ``m``."""
    return s.start <= x.start < s.end and not (m.start <= x.start and x.end <= m.end)


def _wie_es(s):
    """The token of "wie" in "wie es ... mitteilte", or None."""
    if "wie" not in s.low_set or "es" not in s.low_set:
        return None  # most sentences: no "wie es" at all
    lowers = s.lowers
    for k in range(s.n - 2):
        if (
            lowers[k] == "wie"
            and lowers[k + 1] == "es"
            and not _SPEECH.isdisjoint(lowers[k + 2 : k + 2 + _REACH])
        ):
            return k
    return None


def _neuter_body(s, stop: int):
    """The mention of "das <Body> (der UN in Genf)" before token ``stop``, or None."""
    for k in range(stop - 1):
        if s.lowers[k] != "das" or not s.words[k + 1][:1].isupper():
            continue
        e = k + 2
        while e < stop and ((s.words[e][:1].isupper() and s.words[e].isalpha()) or s.lowers[e] in _JOINS):
            e += 1
        while s.lowers[e - 1] in _JOINS:
            e -= 1
        a, b = s.starts[k], s.ends[e - 1]
        if backrefs.noun_class(s.lowers[k + 1], "de") != "institution" and not _names_body(s, a, b):
            continue
        text = s._text[a:b]
        return SourceMention(text.split(" ", 1)[1], "organisation", a, b, text, "wie es", "origin")
    return None


def _names_body(s, a: int, b: int) -> bool:
    """A body the name finder knows stands in the phrase ("das Menschenrechtsbüro der UN")."""
    return any(a <= m.start and m.end <= b and m.kind != "person" for m in sentence_names(s._text, s, "de"))
