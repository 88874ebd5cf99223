"""A part of the year before: "im Dezember des Vorjahres", "im dritten Quartal des Vorjahres",
"in December of the previous year": the month or quarter in the year before the one the sentence
names (else the period named before, else the publication year), one period, not the month
moved back a second time by "Vorjahres"."""

from __future__ import annotations

from ..types import Period
from .spans import Found, explicit

_OF = frozenset(("des", "of"))
_YEAR_DAYS = 360  # shorter than a year: a month, a quarter, a half-year


def part_of_year_before(f, anchor=None) -> None:
    """Joins "<month or quarter> des Vorjahres" into one period and drops its back-reference."""
    for i0, unit in list(f.back):
        if unit != "year":
            continue
        back = next((x for x in f.found if x.i0 == i0), None)
        of = _of_start(f.s.lowers, i0)
        part = next((x for x in f.found if x.i1 == of), None) if back and of else None
        p = part.period if part else None
        if (
            p is None
            or p.start is None
            or p.end is None
            or explicit(p)
            or (p.end - p.start).days > _YEAR_DAYS
        ):
            continue
        year = _reference_year(f, part, anchor) - 1
        shift = year - p.end.year
        start, end = p.start.replace(year=p.start.year + shift), _same_day(p.end, p.end.year + shift)
        a, b = p.span_start, back.period.span_end
        f.found.remove(back)
        f.found[f.found.index(part)] = Found(part.i0, back.i1, Period(start, end, f.text[a:b], a, b))
        f.back.remove((i0, unit))


def _of_start(lowers, i0: int):
    """The token where "des" / "of (the)" before token i0 starts, or None."""
    if i0 >= 1 and lowers[i0 - 1] in _OF:
        return i0 - 1
    if i0 >= 2 and lowers[i0 - 2] == "of" and lowers[i0 - 1] == "the":
        return i0 - 2
    return None


def _reference_year(f, part, anchor) -> int:
    """The year the sentence names before the part (else the period named before, else the
    publication year)."""
    named = [x for x in f.found if x.i0 < part.i0 and explicit(x.period)]
    if named:
        return max(named, key=lambda x: x.i0).period.end.year
    if anchor is not None and anchor.end is not None:
        return anchor.end.year
    return f.pub.year


def _same_day(d, year: int):
    """``d`` in ``year`` (29 February becomes the 28th)."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)
