"""The period that later "im Vormonat", "a year earlier" are relative to (``pipeline.find_figures``)."""

from __future__ import annotations

from ..text.clauses import clause_start
from .bases import comparison_base
from .owner import bracketed_figure, previous_value
from .spans import explicit, long_period, month_end_day
from .when import back_period


def anchor_period(s, periods, anchor):
    """The period later "im Vormonat", "a year earlier" are relative to: the last of sentence
    ``s`` written with its year, or of a month or longer ("in March") that is no base of
    comparison and no "a year earlier" itself; else ``anchor`` (the one named before)."""
    for x in reversed(periods):
        p = x.period
        if previous_value(s.lowers, x.i0) or bracketed_figure(s.words, x.i0, x.i1):
            continue  # "nach einem Minus von 0,9 Prozent im April", "(last year 14.8p)": no anchor
        if tuple(s.lowers[max(0, x.i0 - 2) : x.i0]) == ("ahead", "of"):
            continue  # "ahead of the spring selling season": a time to come, no anchor
        base = comparison_base(s, x.i0, clause_start(s, x.i0))
        if explicit(p) and not _opening_base(s, x.i0) and not base:
            return p  # not "dem Mittel der Jahre 2021 bis 2025", "the weakest since 2022-23": bases
        if (long_period(p) or month_end_day(p)) and not back_period(s.lowers, x.i0, x.i1) and not base:
            return p
    return anchor


def _opening_base(s, i0: int) -> bool:
    """ "Gegenüber dem Oktober 2025 bedeutet das ein Plus", "Compared with March 2025, ...": a
    base opening its sentence, not the period the next "im Vorjahresmonat" is relative to."""
    lowers = s.lowers
    return i0 <= 3 and (lowers[0] in _OPENING_COMPARISON or tuple(lowers[:2]) == ("im", "vergleich"))


_OPENING_COMPARISON = frozenset(("gegenüber", "compared", "verglichen", "against"))
