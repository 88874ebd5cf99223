"""People counted among the harmed: "starben 412 Menschen, darunter neun Kinder", "killed 30
people, including 12 children", "identified bodies - 7,797 children, 4,959 women": the children
are counted as killed, not as children (DESIGN: the harm decides the unit)."""

from __future__ import annotations

from ..lexicon import WORDS
from .units import unit_of_word

_AMONG = frozenset(WORDS["among_harmed_words"])
_PEOPLE = frozenset(WORDS["harmed_people_units"])
_HARMS = frozenset(("killed", "wounded", "casualty", "missing"))
_LIST = frozenset((",", "and", "und", "sowie"))
_OPENERS = frozenset(("-", "–", "—", ":"))


def among_harmed(s, raw, lang: str, before=()) -> None:
    """Figures of people right after "darunter", "including", "among them", or in a list opened
    by a harm noun and a dash or colon ("bodies - 7,797 children, 4,959 women"), take the harm
    unit of the figure they are among (the list's noun)."""
    for k, rc in enumerate(raw):
        if (
            k == 0
            and not _OF_FIRST.isdisjoint(s.low_set)  # else no opener at all (one test in C)
            and _of_these(s.lowers, rc.i0)
            and (rc.unit is None or rc.unit in _PEOPLE)
        ):
            # "... had been killed. Of these, 3,760 were children": the harm of the sentence before
            harm = next((r.unit for r in reversed(before) if r.unit in _HARMS), None)
            if harm:
                rc.unit = harm
            continue
        if (k == 0 and rc.i0 < 2) or rc.unit not in _PEOPLE:
            continue
        harm = _harm_of_list(s, raw, k, rc, lang)
        if harm:
            rc.unit = harm


_OF_FIRST = frozenset(("of", "davon", "darunter", "among"))  # the first words of ``_of_these``'s openers


def _of_these(lowers, i0: int) -> bool:
    """The figure opens its sentence after "Of these," "Of them," "Darunter waren"."""
    head = []
    for w in lowers[:i0]:
        if w not in (",", "waren", "were", "sind", "are"):
            if len(head) == 2:
                return False  # no opener is longer (the common case: a figure further in)
            head.append(w)
    return head in (
        ["of", "these"],
        ["of", "them"],
        ["of", "those"],
        ["davon"],
        ["darunter"],
        ["among", "them"],
    )


def _harm_of_list(s, raw, k: int, rc, lang: str):
    lowers = s.lowers
    m = rc.i0 - 1
    if m >= 0 and lowers[m] in ("auch", "also"):
        m -= 1
    if m >= 0 and (lowers[m] in _AMONG or (m >= 1 and (lowers[m - 1], lowers[m]) in _AMONG_PAIRS)):
        return _harm_before(raw, k)
    return _among_the_harmed(lowers, m, lang) or _harm_of_opener(lowers, raw, k, m, lang)


def _among_the_harmed(lowers, m: int, lang: str):
    """ "unter den Verletzten seien vier Kinder", "among the dead were four children": the harm
    the noun after "unter den", "among the" names (token m: the word before the figure)."""
    while m >= 0 and lowers[m] in _COPULAS:
        m -= 1
    if m < 2 or lowers[m - 1] not in ("den", "the") or lowers[m - 2] not in ("unter", "among"):
        return None
    hit = unit_of_word(lowers[m], lang)
    return hit[0] if hit and hit[0] in _HARMS else None


_COPULAS = frozenset(("seien", "sei", "waren", "sind", "were", "are", "was", "auch", "also"))


def _harm_before(raw, k: int):
    """ "unter ihnen", "darunter": the harm of the figure before, unless two harms precede
    ("neun getötet und 47 verletzt, unter ihnen fünf Kinder": among which? the noun stays)."""
    prev = raw[k - 1] if k else None
    if prev is None or prev.unit not in _HARMS:
        return None
    return None if any(r.unit in _HARMS and r.unit != prev.unit for r in raw[:k]) else prev.unit


def _harm_of_opener(lowers, raw, k: int, m: int, lang: str):
    """Back over the list ("7,797 children, 4,959 women, and") from token m to its opener: the
    harm the word before the opener names."""
    starts = {r.i0: r for r in raw[:k]}
    while m >= 1:
        low = lowers[m]
        if low in _OPENERS:
            hit = unit_of_word(lowers[m - 1], lang)
            return hit[0] if hit and hit[0] in _HARMS else None
        if low in _LIST:
            m -= 1
            continue
        r = next((r for i0, r in starts.items() if i0 <= m < r.i1), None)
        if r is None or (r.unit is not None and r.unit not in _PEOPLE and r.unit not in _HARMS):
            return None
        m = r.i0 - 1
    return None


_AMONG_PAIRS = frozenset((("among", "them"), ("unter", "ihnen"), ("of", "whom"), ("among", "whom")))
