"""How a figure is put: asserted, estimated, reported, speculative or planned."""
from __future__ import annotations

from .lexicon import MODALITY

_BREAKS = frozenset((";", "–", "—", ":"))
_PRIORITY = ("planned", "speculative", "reported", "estimated")
_GERMAN_FUTURE = frozenset(("werden", "wird"))
_SOLLEN = frozenset(("soll", "sollen", "sollten"))


def modality_of(s, num: int, lang: str, bound: str) -> str:
    """Look at the clause around token ``num`` first, then the whole sentence."""
    table = MODALITY[lang]
    lowers = s.lowers
    a = num
    while a > 0 and s.words[a - 1] not in _BREAKS:
        a -= 1
    b = num
    while b < len(s) and s.words[b] not in _BREAKS:
        b += 1
    found = set()
    for k in range(a, b):
        m = table.get(lowers[k])
        if m and not (m == "planned" and lowers[k] in _GERMAN_FUTURE):
            found.add(m)
    if lang == "de" and any(w in _SOLLEN for w in lowers[a:b]):
        if any(w in _GERMAN_FUTURE for w in lowers[a:b]):
            found.discard("reported")
            found.add("planned")
    for m in _PRIORITY:
        if m in found:
            return m
    if bound == "about":
        return "estimated"
    return "asserted"
