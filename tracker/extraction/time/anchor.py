"""The period that later "im Vormonat", "a year earlier" are relative to (``pipeline.find_figures``)."""

from __future__ import annotations

from ..text.clauses import clause_start
from .bases import comparison_base
from .owner import bracketed_figure
from .spans import explicit, long_period, month_end_day
from .when import back_period


def anchor_period(s, periods, anchor):
    """The period later "im Vormonat", "a year earlier" are relative to: the last of sentence
    ``s`` written with its year, or of a month or longer ("in March") that is no base of
    comparison and no "a year earlier" itself; else ``anchor`` (the one named before)."""
    for x in reversed(periods):
        p = x.period
        if _previous_value(s.lowers, x.i0) or bracketed_figure(s.words, x.i0, x.i1):
            continue  # "nach einem Minus von 0,9 Prozent im April", "(last year 14.8p)": no anchor
        if explicit(p) and not _opening_base(s, x.i0):
            return p
        if (
            (long_period(p) or month_end_day(p))
            and not back_period(s.lowers, x.i0, x.i1)
            and not comparison_base(s, x.i0, clause_start(s, x.i0))
        ):
            return p
    return anchor


def _previous_value(lowers, i0: int) -> bool:
    """ "nach einem Minus von 0,9 Prozent im April", "after 2.5% in March", "following a 0.3%
    rise in May", "from 3.0% in January": the period of a value before the one reported, not
    what the article reports."""
    if i0 >= 2 and lowers[i0 - 1] == "from":
        # "to 3.3% from January's 3.1%": the base of a change
        return any(w[:1].isdecimal() for w in lowers[max(0, i0 - _PREVIOUS_REACH) : i0 - 1])
    for k in range(i0 - 1, max(-1, i0 - _PREVIOUS_REACH), -1):
        if lowers[k] in _AFTER:
            return any(w[:1].isdecimal() for w in lowers[k + 1 : i0])
        if lowers[k] in _CLAUSE_BREAKS:
            return False
    return False


_AFTER = frozenset(("nach", "after", "following", "from"))
_CLAUSE_BREAKS = frozenset((",", ";", ".", "und", "and"))
_PREVIOUS_REACH = 8


def _opening_base(s, i0: int) -> bool:
    """ "Gegenüber dem Oktober 2025 bedeutet das ein Plus", "Compared with March 2025, ...": a
    base opening its sentence, not the period the next "im Vorjahresmonat" is relative to."""
    lowers = s.lowers
    return i0 <= 3 and (lowers[0] in _OPENING_COMPARISON or tuple(lowers[:2]) == ("im", "vergleich"))


_OPENING_COMPARISON = frozenset(("gegenüber", "compared", "verglichen", "against"))
