"""How a figure is put: asserted, estimated, reported, speculative or planned."""

from __future__ import annotations

from ..lexicon import MODALITY

_BREAKS = frozenset((";", "–", "—", ":"))
_PRIORITY = ("planned", "speculative", "reported", "estimated")
_GERMAN_FUTURE = frozenset(("werden", "wird"))
_SOLLEN = frozenset(("soll", "sollen", "sollten"))
# the modality words as frozensets: isdisjoint() with a sentence's words costs a third of the
# dict's keys view's
_MODAL_WORDS = {lang: frozenset(table) for lang, table in MODALITY.items()}


def modality_cues(s, lang: str):
    """[(token index, modality)] of a sentence, computed once for all its claims."""
    if _MODAL_WORDS[lang].isdisjoint(s.low_set):
        return []
    table = MODALITY[lang]
    words, lowers = s.words, s.lowers
    # "May" the month is no modal verb; "Will" at a sentence start may be a name but is rare;
    # "the government's plans" is a noun, no plan of this figure
    return [
        (k, table[w])
        for k, w in enumerate(lowers)
        if w in table
        and (words[k][0].islower() or k == 0)
        and not (w in _NOUN_LIKE and k and (lowers[k - 1].endswith(("'s", "’s")) or lowers[k - 1] in _DETS))
    ]


_NOUN_LIKE = frozenset(("plans", "plan", "forecast", "forecasts", "estimate", "estimates"))
_DETS = frozenset(("the", "its", "their", "his", "her", "our", "these", "those"))


def _clause(s, num: int):
    """(first, end) tokens of the part of the sentence between breaks that holds token ``num``
    (most sentences have no break: the whole sentence, no walk over its words)."""
    if _BREAKS.isdisjoint(s.low_set):
        return 0, s.n
    a = num
    while a > 0 and s.words[a - 1] not in _BREAKS:
        a -= 1
    b = num
    while b < s.n and s.words[b] not in _BREAKS:
        b += 1
    return a, b


def modality_of(s, num: int, lang: str, bound: str, cues=None) -> str:
    """Look at the clause around token ``num``."""
    if cues is None:
        cues = modality_cues(s, lang)
    if not cues:
        return "estimated" if bound == "about" else "asserted"
    lowers = s.lowers
    a, b = _clause(s, num)
    found = set()
    for k, m in cues:
        if a <= k < b and not (m == "planned" and lowers[k] in _GERMAN_FUTURE):
            found.add(m)
    if lang == "de" and not _SOLLEN.isdisjoint(lowers[a:b]) and not _GERMAN_FUTURE.isdisjoint(lowers[a:b]):
        found.discard("reported")  # "sollen ... entsandt werden": planned, not hearsay
        found.add("planned")
    for m in _PRIORITY:
        if m in found:
            return m
    if bound == "about":
        return "estimated"
    return "asserted"
