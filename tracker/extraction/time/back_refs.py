"""Periods relative to another: "431 million a year earlier", "im Vorjahreszeitraum", "im
Vormonat" (before the period the sentence names, else the one named before), and the period
before a period (a change's base)."""

from __future__ import annotations

import datetime as dt

from ..types import Period
from .spans import Found, explicit, long_period, month_end, month_end_day, months_back


def back_references(f, anchor=None) -> None:
    """ "431 million a year earlier", "im Vorjahreszeitraum", "im Vormonat": a year (a month, a
    week) before the period the sentence names, else before ``anchor`` (the period named in the
    sentences before), not before the publication date."""
    backs = {b for b, _ in f.back}  # no anchor of another: "a year earlier ... (last year 14.8p)"
    for i0, unit in f.back:
        k = next((n for n, x in enumerate(f.found) if x.i0 == i0), None)
        if k is None:
            continue
        anchors = [x for x in f.found if x.i0 not in backs and _anchors(x.period, unit)]
        before = [x for x in anchors if x.i0 < i0]
        if before:  # the period named before it ("87 Fälle seit Jahresbeginn, nach 112 im Vorjahr")
            a = max(before, key=lambda x: x.i0).period
        elif anchors and not (anchor is not None and _base_after(f.s.lowers, i0, anchors)):
            a = min(anchors, key=lambda x: abs(x.i0 - i0)).period
        elif anchor is not None:
            a = anchor
        else:
            continue
        moved = _moved(f.s.lowers, i0, a, unit)
        if moved:
            x = f.found[k]
            p = x.period
            f.found[k] = Found(x.i0, x.i1, Period(moved[0], moved[1], p.text, p.span_start, p.span_end))


def _anchors(p: Period, unit: str) -> bool:
    """A period another can be counted back from: a stated one, not "vor einem Jahr" (of the
    publication date, no anchor)."""
    named = explicit(p) or long_period(p) or month_end_day(p) or _day_of(p, unit)
    return named and not _ago(p.text)


def _day_of(p: Period, unit: str) -> bool:
    """A day named in the sentence anchors "a day earlier" ("said on Friday that ... was 60
    percent contained, up from 35 percent a day earlier": the Thursday)."""
    return unit == "day" and p.start is not None and p.start == p.end


def _base_after(lowers, i0: int, anchors) -> bool:
    """ "3.1% higher than a year earlier, up from ... 2.7% in February": the period after it is
    another figure's base (after "from", "after", "nach", "von" and a figure), not the one it is
    relative to; the period named before the sentence is."""
    k = min(x.i0 for x in anchors)
    between = lowers[i0:k]
    return any(
        w in _BASE_OPENERS and any(v[:1].isdecimal() for v in between[n + 1 :]) for n, w in enumerate(between)
    )


_BASE_OPENERS = frozenset(("from", "after", "von", "nach"))
_WHOLE = frozenset(("gesamten", "ganzen", "whole", "entire", "full"))


def _moved(lowers, i0: int, a: Period, unit: str):  # "im gesamten Vorjahr": all of the year before
    moved = _before(a, unit)
    if moved and unit == "year" and i0 and lowers[i0 - 1] in _WHOLE and a.start.year == a.end.year:
        return dt.date(a.start.year - 1, 1, 1), dt.date(a.start.year - 1, 12, 31)
    return moved


def _before(a: Period, unit: str):
    if a.start is None or a.end is None:
        return None
    if unit in ("year", "season"):  # "im Vorjahr", "in der Vorsaison": the one before
        end = _years_back(a.end)
        if a.end == month_end(a.end.year, a.end.month):
            end = month_end(end.year, end.month)  # the year to 28 February 2025: to the 29th in 2024
        return _years_back(a.start), end
    if unit == "month" and a.start.month == a.end.month and a.start.year == a.end.year:
        first = months_back(a.start.year, a.start.month, 2)
        last = month_end(first.year, first.month)
        if a.end != month_end(a.end.year, a.end.month):
            last = first.replace(day=min(a.end.day, last.day))
        # "Ende Oktober ... Einen Monat zuvor": the end of September, not all of it
        return first.replace(day=min(a.start.day, last.day)), last
    if unit == "day" and a.start == a.end:  # "on Friday ..., up from 35 percent a day earlier"
        return a.start - dt.timedelta(days=1), a.end - dt.timedelta(days=1)
    if unit == "week" and (a.end - a.start).days <= 7:
        return a.start - dt.timedelta(days=7), a.end - dt.timedelta(days=7)
    if unit == "quarter" and 88 <= (a.end - a.start).days <= 92:  # "the previous quarter"
        first = months_back(a.start.year, a.start.month, 4)
        last = months_back(a.start.year, a.start.month, 2)
        return first, month_end(last.year, last.month)
    return None


def previous_period(p: Period):
    """The week, month, quarter or year before ``p`` (a change's base: "eased to 0.52 from 0.67"
    in a weekly report), or None for other lengths."""
    if p.start is None or p.end is None:
        return None
    days = (p.end - p.start).days
    unit = _LENGTHS.get(days)
    moved = _before(p, unit) if unit else None
    return Period(moved[0], moved[1], p.text, p.span_start, p.span_end) if moved else None


_LENGTHS = {6: "week"} | dict.fromkeys(range(27, 31), "month") | dict.fromkeys(range(88, 92), "quarter")
_LENGTHS |= {364: "year", 365: "year"}


def year_before(p: Period):
    """The same period a year before ``p`` (a company's quarter compared year on year)."""
    if p.start is None or p.end is None:
        return None
    return Period(_years_back(p.start), _years_back(p.end), p.text, p.span_start, p.span_end)


def _years_back(d: dt.date) -> dt.date:
    try:
        return d.replace(year=d.year - 1)
    except ValueError:  # 29 February
        return d.replace(year=d.year - 1, day=28)


def _ago(text: str) -> bool:
    low = text.lower()
    return low.startswith("vor ") or low.endswith(" ago")
