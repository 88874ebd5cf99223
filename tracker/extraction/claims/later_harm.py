"""A harm verb later in the figure's clause: "Some 300 civilians in the city have been killed",
"25 migrants on board the boat drowned", "At least 12 people, including three children, died"
(past a prepositional phrase or an aside between commas); the harm decides the unit."""

from __future__ import annotations

from ..lexicon import CUES, WORDS

_ASIDE_OPENERS = frozenset(WORDS["aside_openers"])
_STOPS = frozenset(WORDS["later_harm_stops"])
_FINITE = frozenset(("died", "drowned", "perished", "starben", "starb"))
_AUX = frozenset(("was", "were", "been", "is", "are", "be", "being", "have", "has", "had"))
_ADVERBS = frozenset(("seriously", "badly", "critically", "slightly", "fatally", "reportedly", "also"))
_REACH = 14
_SEPARABLE = {
    particle: (frozenset(verbs), unit)
    for particle, (verbs, unit) in CUES["harm_verbs"]["separable_de"].items()
}
_BEFORE = 4  # tokens from the finite verb to the figure: "nahm am Abend 15 Männer fest"
_ASIDE = 8


def past_aside(lowers, j: int, n: int) -> int:
    """The token after an aside between commas right after the figure (", including three
    children,", ", darunter drei Kinder,", ", most of them women,"), else j."""
    if j + 2 >= n or lowers[j] != "," or lowers[j + 1] not in _ASIDE_OPENERS:
        return j
    for m in range(j + 2, min(n, j + _ASIDE)):
        if lowers[m] == ",":
            return m + 1
        if lowers[m] in (".", ";", ":"):
            return j
    return j


def later_harm(lowers, j: int, n: int, harm_table) -> str | None:
    """The unit of an English harm verb later in the clause from token j: a finite "died",
    "drowned" or a participle after an auxiliary ("have been killed", "were injured"); None at
    a clause break, another number or a conjunction."""
    for m in range(j, min(n, j + _REACH)):
        low = lowers[m]
        if low in _STOPS or low[:1].isdecimal():
            return None
        unit = harm_table.get(low)
        if unit is None:
            continue
        prev = lowers[m - 1] if m else ""
        if low in _FINITE or prev in _AUX or (prev in _ADVERBS and m >= 2 and lowers[m - 2] in _AUX):
            return unit
        return None
    return None


def separable_harm(lowers, i0: int, j: int, n: int) -> str | None:
    """The unit of a German separable harm verb around the figure at token i0: "Die Polizei nahm
    am Abend 15 Männer vorläufig fest" (the finite verb before it, its particle at the clause's
    end from token j)."""
    for m in range(j, min(n, j + _REACH)):
        low = lowers[m]
        if low in _STOPS or low[:1].isdecimal():
            return None
        found = _SEPARABLE.get(low)
        if found and (m + 1 >= n or lowers[m + 1] in _STOPS):
            verbs, unit = found
            return unit if not verbs.isdisjoint(lowers[max(0, i0 - _BEFORE) : i0]) else None
    return None
