"""Which figure of a sentence a period stands beside: "$900 million in the year-earlier quarter",
"38 Millionen Euro im Vorjahr" (right after the figure), "im Vorjahresquartal waren es 398.000"
(right before it, in its clause); that figure's period, whatever comparison it is part of."""

from __future__ import annotations

from ..lexicon import DATES

_AFTER = frozenset(DATES["period_after_figure_links"])
_BEFORE = frozenset(DATES["period_before_figure_links"])
_BREAKS = frozenset((",", ";", ":", "(", ")", "–", "—"))


def period_owner(s, i0: int, i1: int, figs):
    """The figure (i0, i1) the period at tokens i0..i1 stands beside, or None: first one it
    follows, linked by a preposition or article only ("in the", "im"); else one it precedes in
    its clause by at most three linking words ("waren es", "were")."""
    lowers = s.lowers
    for a, b in figs:
        if b <= i0 <= b + 3 and all(w in _AFTER for w in lowers[b:i0]):
            return a, b
    for a, b in figs:
        if (
            i1 <= a <= i1 + 3
            and all(w in _BEFORE for w in lowers[i1:a])
            and not _BREAKS.intersection(lowers[i1:a])
        ):
            return a, b
    return None
