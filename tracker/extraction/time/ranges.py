"""Ranges of two periods a sentence names: "von Januar bis Juni", "between 2019 and 2023", "von
Montag bis Mittwoch", "bis einschließlich Juni": one period from the first to the second."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from ..types import Period
from .dates import WEEKDAYS
from .spans import Found

RANGE_JOIN = frozenset(("bis", "to", "until", "und", "and", "–", "-", "through"))
DATE_PARTS = frozenset((".", "of", "st", "nd", "rd", "th"))
_INCLUSIVE = frozenset(("einschließlich", "inklusive", "including", "inclusive"))


def merge_ranges(f):
    """ "von Januar bis Juni", "between 2019 and 2023": one period from the first to the second."""
    found = f.found
    if len(found) < 2:
        return found
    s, out, k = f.s, [], 0
    while k < len(found):
        a = found[k]
        if k + 1 < len(found):
            b = found[k + 1]
            gap = b.i0 - a.i1 - (s.lowers[b.i0 - 1] in _INCLUSIVE)  # "bis einschließlich Juni"
            joined = (gap == 1 and s.lowers[a.i1] in RANGE_JOIN) or (
                b.i0 == a.i1 and s.lowers[b.i0] in RANGE_JOIN
            )
            start = _range_start(a.period, b.period, s.lowers[a.i0 : b.i1], _a_range(s.lowers, a.i0, b.i0))
            if joined and _figures_listed(s.lowers, a.i0, b.i0, b.i1):
                joined = False  # "im ersten und zweiten Quartal ... 12.000 beziehungsweise 24.000"
            end = b.period.end
            if joined and start and end and start > end and _ahead_end(f.pub, start, s.lowers[b.i0 : b.i1]):
                end = end.replace(year=end.year + 1)  # "between 1 July and 30 September" in May: this year's
            if joined and start and end and start <= end:
                first = a.i0
                if first > 0 and s.lowers[first - 1] in ("von", "from", "zwischen", "between"):
                    first -= 1
                x, y = s.starts[first], s.ends[b.i1 - 1]
                out.append(Found(first, b.i1, Period(start, end, f.text[x:y], x, y)))
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _ahead_end(pub, start, b_words) -> bool:
    """A range whose start lies ahead and whose end, written without a year, was taken for the
    last one: its end is the next."""
    return pub is not None and start > pub and not any(len(w) == 4 and w.isdecimal() for w in b_words)


def _a_range(lowers, a0: int, b0: int) -> bool:
    """A range, not a list: "bis", "to" or "between ... and" ("im April und März": two months)."""
    return lowers[b0 - 1] not in _LIST_AND or not _BETWEEN.isdisjoint(lowers[max(0, a0 - 1) : a0 + 1])


_LIST_AND = frozenset(("und", "and"))


def _figures_listed(lowers, a0: int, b0: int, b1: int) -> bool:
    """Two periods joined by "und"/"and" (no "between") and, after them, two figures joined in a
    list ("2,6 und 2,8 Prozent", "12.000 beziehungsweise 24.000"): each period has its figure."""
    if _a_range(lowers, a0, b0):
        return False
    digits = [k for k in range(b1, len(lowers)) if lowers[k][:1].isdecimal()]
    return any(
        0 < d2 - d1 <= _PAIR_GAP and not _FIGURE_JOINS.isdisjoint(lowers[d1 + 1 : d2])
        for d1, d2 in pairwise(digits)
    )


_PAIR_GAP = 3
_FIGURE_JOINS = frozenset(("und", "and", "bzw", "beziehungsweise", "respectively", "sowie"))
_BETWEEN = frozenset(("zwischen", "between"))


def _range_start(a, b, lowers, ranged=True):
    """The start of a range's first period: "von Montag bis Mittwoch" on a Tuesday is last week's
    Monday (each weekday alone resolved to its last occurrence puts Monday after Wednesday)."""
    start = a.start
    if (
        start is not None
        and b.start is not None
        and start > b.start
        and a.start == a.end
        and 0 < (start - b.start).days < 7
        and lowers[0] in _ALL_WEEKDAYS
        and lowers[-1] in _ALL_WEEKDAYS
    ):
        return start - dt.timedelta(days=7)
    if start is not None and b.end is not None and start > b.end and _yearless_month(a, lowers):
        if not ranged and b.start is not None and str(b.start.year) in " ".join(lowers):
            # "in March and April 2020": the year written after both months
            return start.replace(year=b.start.year) if start.replace(year=b.start.year) <= b.end else start
        if ranged:
            return start.replace(year=start.year - 1)  # "von Januar bis September": one year's months
    return start


def _yearless_month(p, lowers) -> bool:
    """The first period of a range is a month written without its year ("Januar bis ...")."""
    return (
        p.start.day == 1
        and p.end.month == p.start.month
        and (p.end + dt.timedelta(days=1)).day == 1
        and not any(w[:1].isdecimal() for w in lowers[:3])
    )


_ALL_WEEKDAYS = frozenset(WEEKDAYS["de"]) | frozenset(WEEKDAYS["en"])
