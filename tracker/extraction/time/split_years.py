"""Split years named by their kind and a modifier: "next school year", "this fiscal year", "the
last financial year", "im kommenden Schuljahr" (no year written; not a German "Geschäftsjahr",
often the calendar year): the year of that kind that contains the publication date, or the one
before or after it. The month a kind of year starts in is the table "split_year_starts" (a
school year in August, a fiscal year in April)."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .spans import month_end

_STARTS = DATES["split_year_starts"]
_KINDS_EN = {"school": "schuljahr", "academic": "schuljahr", "fiscal": "fiscal", "financial": "financial"}


def named_split_year(f, i: int, low: str, step: int) -> bool:
    """ "next school year", "this fiscal year" (English, the modifier at i), "im kommenden
    Schuljahr" (German, one noun after the modifier): adds the year and answers True."""
    lowers, n = f.s.lowers, f.s.n
    if f.lang == "en" and i + 2 < n and lowers[i + 1] in _KINDS_EN and lowers[i + 2] == "year":
        month, end = _STARTS[_KINDS_EN[lowers[i + 1]]], i + 3
    elif f.lang == "de" and i + 1 < n and lowers[i + 1] in _GERMAN_NOUNS:
        month, end = _STARTS[_GERMAN_NOUNS[lowers[i + 1]]], i + 2
    else:
        return False
    pub = f.pub
    year = (pub.year if pub.month >= month else pub.year - 1) + step
    start = dt.date(year, month, 1)
    last = dt.date(year + 1, month - 1, 1) if month > 1 else dt.date(year, 12, 1)
    f.add(i, end, start, month_end(last.year, last.month))
    return True


_GERMAN_NOUNS = {"schuljahr": "schuljahr", "schuljahres": "schuljahr"}
