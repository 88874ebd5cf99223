"""Spans of months written as one: "the July-September quarter", "Januar–Juni", and a quarter
named by its last month ("the September quarter", as Australian and Indian companies write):
the months from the first to the last, in the year the last one resolves to."""

from __future__ import annotations

import datetime as dt

from .dates import MONTHS
from .spans import Found, month_end

_DASHES = ("-", "–")
MONTH_PAIRS = {
    lang: frozenset(f"{a}{d}{b}" for a in months for b in months for d in _DASHES if a != b and len(a) > 3)
    for lang, months in MONTHS.items()
}
_QUARTER_NOUNS = frozenset(("quarter", "quartal"))


def month_pair(f, i: int, low: str) -> bool:
    """ "July-September", "Januar–Juni": from the first month to the last, the last resolved
    as a month of its own ("the July-September quarter" in November: this year's)."""
    if low not in MONTH_PAIRS[f.lang]:
        return False
    months = MONTHS[f.lang]
    first, last = (months[x] for x in low.replace("–", "-").split("-"))
    r = f.month_year(last, None, i)
    if r is None:
        return True
    year = r[1].year
    start = dt.date(year if first <= last else year - 1, first, 1)
    i0 = i - 1 if i and f.s.lowers[i - 1] in ("the", "im", "in") else i
    f.add(i0, i + 1, start, r[1])
    return True


def month_quarters(f) -> None:
    """ "the September quarter": the quarter that ends with that month."""
    lowers = f.s.lowers
    for k, x in enumerate(f.found):
        p = x.period
        if (
            x.i1 < f.s.n
            and lowers[x.i1] in _QUARTER_NOUNS
            and p.start is not None
            and p.start.month == p.end.month
            and p.start.day == 1
            and lowers[x.i1 - 1] in MONTHS[f.lang]
        ):
            first = dt.date(p.end.year, p.end.month, 1)
            idx = first.year * 12 + first.month - 1 - 2
            start = dt.date(idx // 12, idx % 12 + 1, 1)
            a, b = p.span_start, f.s.ends[x.i1]
            f.found[k] = Found(
                x.i0, x.i1 + 1, type(p)(start, month_end(p.end.year, p.end.month), f.text[a:b], a, b)
            )
