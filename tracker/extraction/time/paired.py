"""Periods and figures listed in the same order: "Im April und März lag die Rate bei 2,6 und 2,8
Prozent" (April 2,6, March 2,8), "in 2023 and 2024, 300 and 350 cases": each figure takes the
period at its place in the list."""

from __future__ import annotations

from itertools import pairwise

_JOINS = frozenset(
    ("und", "and", "sowie", ",", "bzw", "bzw.", "beziehungsweise", "or", "oder", "respectively")
)
_BETWEEN_FIGURES = 3  # "2,6 und 2,8", "2,6 Prozent und 2,8": a unit word and the join


def paired_period(s, rc, periods, nums):
    """The period at the claim's place in a list of periods as long as the list of figures the
    claim stands in; None when the sentence lists no two of each."""
    if len(periods) < 2 or len(nums) < 2:
        return None
    figures = _run(s.lowers, sorted(nums), rc.num)
    if len(figures) < 2:
        return None
    listed = _period_run(s.lowers, periods)
    if len(listed) != len(figures):
        return None
    return listed[figures.index(rc.num)][2]


def _run(lowers, nums, num):
    """The figures joined with ``num`` by "und"/"and"/a comma, in order."""
    runs, run = [], [nums[0]]
    for a, b in pairwise(nums):
        gap = lowers[a + 1 : b]
        if len(gap) <= _BETWEEN_FIGURES and gap and gap[-1] in _JOINS:
            run.append(b)
        else:
            runs.append(run)
            run = [b]
    runs.append(run)
    return next((r for r in runs if num in r), [])


def _period_run(lowers, periods):
    """The longest list of periods joined by "und"/"and"/a comma (nothing else between)."""
    best, run = [], []
    for x in sorted((tuple(x) for x in periods), key=lambda x: x[0]):
        if run and not (x[0] == run[-1][1] + 1 and lowers[run[-1][1]] in _JOINS):
            run = []
        run.append(x)
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 2 else []
