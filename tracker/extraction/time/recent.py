"""Spans up to the publication date and other recent periods: "in the past 24 hours", "over
the past decade", "in den vergangenen zehn Jahren", "am Wochenende", "in the 1990s" (rules of
``rules.TOKEN_RULES``)."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .dates import REL_UNITS, shift, small_number

_HOURS = frozenset(("hours", "stunden"))
_PAST_HOURS = frozenset(("past", "last", "previous", "vergangenen", "letzten", "binnen", "within", "von"))
_PAST = frozenset(("past", "last", "final", "vergangenen", "letzten"))
_ARTICLES = frozenset(("the", "den", "in", "over", "during", "im"))
SPAN_WORDS = frozenset(
    w for lang in ("de", "en") for w, u in REL_UNITS[lang].items() if u not in ("hour", "minute")
)
WEEKEND_WORDS = frozenset(("wochenende", "weekend"))


def past_hours(f, i: int, low: str) -> bool:
    """ "in the past 24 hours", "binnen 24 Stunden", "in den vergangenen 48 Stunden": the last
    days up to the publication date."""
    if not (f.pub and low in _HOURS and i >= 2):
        return False
    lowers = f.s.lowers
    if not (lowers[i - 1] in ("24", "48", "72") and lowers[i - 2] in _PAST_HOURS):
        return True
    days = int(lowers[i - 1]) // 24
    i0 = i - 3 if i >= 3 and lowers[i - 3] in ("the", "den", "in") else i - 2
    f.add(i0, i + 1, f.pub - dt.timedelta(days=days), f.pub)
    f.used.discard(i - 1)  # "binnen 24 Stunden" stays a figure too
    return True


def past_span(f, i: int, low: str) -> bool:
    """ "over the past decade", "in the last three years", "in den vergangenen zehn Jahren": from
    that long before the publication date to it."""
    if not (f.pub and low in SPAN_WORDS and i >= 2):
        return False
    lowers, lang = f.s.lowers, f.lang
    unit = REL_UNITS[lang].get(low)
    if unit is None:
        return False
    amount, k = _span_amount(f, i)
    if not amount:
        return False
    if amount < 2 and unit not in ("decade",):
        return False  # "the past year", "letzten Monat": the named period (modified_period)
    end = _of_the_year(lowers, i + 1, f.s.n)
    if unit == "month" and end:  # "in the final three months of the year": its last months
        year = f.pub.year - 1 if f.pub < dt.date(f.pub.year, 12, 31) else f.pub.year
        i0 = k - 1 if k >= 1 and lowers[k - 1] in _ARTICLES else k
        f.add(
            i0,
            end,
            dt.date(year, 13 - amount, 1) if amount < 12 else dt.date(year, 1, 1),
            dt.date(year, 12, 31),
        )
        return True
    start = _back(f.pub, unit, amount)
    if start is None:
        return False
    i0 = k - 1 if k >= 1 and lowers[k - 1] in _ARTICLES else k
    f.add(i0, i + 1, start, f.pub)
    return True


def _of_the_year(lowers, k: int, n: int) -> int:
    """The token after "of the year", "des Jahres" at k, else 0."""
    if tuple(lowers[k : k + 3]) == ("of", "the", "year"):
        return k + 3
    if tuple(lowers[k : k + 2]) == ("des", "jahres"):
        return k + 2
    return 0


def _span_amount(f, i: int):
    """(amount, first token) of "the past decade", "the last three years", "20% over three
    years" (a change over the years up to now) with the unit at token i; (0, i) else."""
    lowers, lang = f.s.lowers, f.lang
    if lowers[i - 1] in _PAST:  # "the past decade"
        return 1, i - 1
    if lowers[i - 2] in _PAST or (_change_over(lowers, i) and not f.future(i)):
        return small_number(lowers[i - 1], lang) or 0, i - 2
    return 0, i


_OVER = frozenset(("over", "within", "binnen", "innerhalb"))
_PERCENT_ENDS = frozenset(("%", "percent", "cent", "prozent"))


def _change_over(lowers, i: int) -> bool:
    """ "20% over three years", "um 20 Prozent binnen drei Jahren": a change over a span."""
    return i >= 3 and lowers[i - 2] in _OVER and lowers[i - 3] in _PERCENT_ENDS


def _back(pub, unit: str, amount: int):
    if unit == "day":
        return pub - dt.timedelta(days=amount)
    if unit == "week":
        return pub - dt.timedelta(weeks=amount)
    if unit == "month":
        idx = pub.year * 12 + pub.month - 1 - amount
        return dt.date(idx // 12, idx % 12 + 1, 1)
    if unit in ("year", "decade"):
        years = amount * (10 if unit == "decade" else 1)
        return dt.date(pub.year - years, pub.month, 1)
    return None


_FORECAST = frozenset(DATES["forecast_words"])


def weekend(f, i: int, low: str) -> bool:
    """ "am Wochenende", "over the weekend": the last weekend (this one on a Saturday or Sunday)."""
    if not (f.pub and low in WEEKEND_WORDS and i >= 1):
        return False
    if f.s.lowers[i - 1] not in ("am", "the", "übers", "übern", "das"):  # "für das Wochenende"
        return False
    amount = 0 if f.pub.weekday() >= 5 else -1
    if f.future(i, strict=True) or (
        i >= 2 and f.s.lowers[i - 2] in ("für", "for") and not _FORECAST.isdisjoint(f.s.lowers)
    ):
        amount = 0  # "für das Wochenende kündigt der DWD Sturm an": the one to come
    f.add(i - 1, i + 1, *shift(f.pub, "weekend", amount))
    return True


_ANNUAL = DATES["annual_results"]
_ANNUAL_AFTER = frozenset(_ANNUAL["after_annual"])
# "annual revenue", "Jahresumsatz": the accounts of a whole year, as "full-year" is
FULL_YEAR_WORDS = frozenset(("gesamtjahr", "gesamtjahres", "full-year", "full", "annual", *_ANNUAL["de"]))


def full_year(f, i: int, low: str) -> bool:
    """ "im Gesamtjahr", "for the full year", "full-year profit": the year written after it
    ("das Gesamtjahr 2026"), else the year in course where the clause looks forward ("Für das
    Gesamtjahr rechnet die Bahn mit ..."), else the year of the period named before (the quarter
    reported), else of the publication date."""
    if not (f.pub and low in FULL_YEAR_WORDS):
        return False
    lowers = f.s.lowers
    end = i + 1
    if low in ("full", "annual"):
        if not (
            i + 1 < f.s.n and (lowers[i + 1] == "year" if low == "full" else lowers[i + 1] in _ANNUAL_AFTER)
        ):
            return False
        end = i + 2 if low == "full" else i + 1
    a = f.anchor
    year = a.end.year if a is not None and a.end is not None and a.end <= f.pub else f.pub.year
    if end < f.s.n and _year_number(lowers[end]):
        year, end = int(lowers[end]), end + 1
    elif f.future(i):
        year = f.pub.year
    elif a is None and _over(f.s.low_set, low, f.lang):
        year = f.pub.year - 1  # "Full-year revenue rose 5%", "annual revenue": a year that is over
    i0 = i - 1 if i and lowers[i - 1] in ("the", "das", "im") else i
    f.add(i0, end, dt.date(year, 1, 1), dt.date(year, 12, 31))
    return True


_PAST_MARKERS = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}
_ANNUAL_WORDS = frozenset(("annual", *_ANNUAL["de"]))


def _over(words, low: str, lang: str) -> bool:
    """The year is one that is over: a past verb in the sentence, or annual accounts (reported
    after their year ends)."""
    return low in _ANNUAL_WORDS or not _PAST_MARKERS[lang].isdisjoint(words)


def _year_number(low: str) -> bool:
    """ "2026" after "das Gesamtjahr": the year it names."""
    return len(low) == 4 and low.isdecimal() and low[:2] in ("19", "20")
