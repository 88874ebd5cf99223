"""A figure's own period among the bases of comparison: "$75 million, or 45 cents per share, a
year earlier" (the figure restated after "or" and its "a year earlier")."""

from __future__ import annotations


def own_back(rc, i0: int, i1: int, seg: int, claim_seg: int, lowers=()) -> bool:
    """ "431 million a year earlier" (right after the figure; "45 cents per share, a year
    earlier", "$75 million, or 45 cents per share, a year earlier" too), "im Vorjahresquartal
    waren es 300" (just before it, in its clause): the figure's own period, not a base of
    comparison."""
    if rc.i1 <= i0 <= rc.i1 + 2 or (seg == claim_seg and 0 <= rc.i0 - i1 <= 3):
        return True
    j = rc.i1
    if j + 1 < i0 and lowers and lowers[j] in _PER:
        j += 2  # "45 cents per share"
    if j <= i0 <= j + 2:
        return True
    # "$75 million, or 45 cents per share, a year earlier": the figure restated after "or"
    return (
        j + 2 < i0 <= j + _RESTATED_REACH
        and lowers[j] == ","
        and lowers[j + 1] in _OR
        and lowers[i0 - 1] == ","
        and "," not in lowers[j + 2 : i0 - 1]
    )


_PER = frozenset(("per", "a", "je", "pro"))
_OR = frozenset(("or", "oder", "bzw"))
_RESTATED_REACH = 9


def restated(lowers, k: int) -> bool:
    """The number at k restates the figure before it: "$86 million, or 52 cents per share"."""
    return lowers[k - 1] in _OR or (k >= 2 and lowers[k - 2] in _OR and not lowers[k - 1][:1].isalnum())
