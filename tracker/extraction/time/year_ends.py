"""The ends of years: "zum Jahresende", "Ende des Jahres", "at the end of the year" without a year
(the last day of the year that is over in a past sentence, of this year looking forward); a
running total "bis Ende September" (January to September), and a split
year whose end the sentence states ("im Geschäftsjahr 2023/24, das Ende September endete",
"2023/24 (bis Ende September)", "the 2023/24 fiscal year, which ended in September"): the year
runs to the end of that month (a company's own fiscal year, not the noun's usual start)."""

from __future__ import annotations

import datetime as dt
import itertools

from ..lexicon import DATES
from ..types import Period
from .dates import MONTHS
from .spans import Found, month_end

_ENDING = frozenset(DATES["year_end_words"])
YEAR_END_NOUNS = frozenset(DATES["year_end_nouns"])
# "Ende des Jahres", "the end of the year": the words before "jahres"/"year"
_END_OF = {"jahres": ("ende", "des"), "year": ("end", "of", "the")}
_PAST = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}
_MONTHS = {lang: frozenset(words) for lang, words in MONTHS.items()}
_REACH = 7  # tokens from the split year to the month of its end


def _split(p) -> bool:
    return p.start is not None and p.end is not None and p.end.year == p.start.year + 1 and "/" in p.text


def stated_year_end(f) -> None:
    """Rewrites a split year followed by the month its end is stated in; that month's own
    period goes (its tokens stay used)."""
    found = sorted(f.found, key=lambda x: x.i0)
    lowers = f.s.lowers
    for x, y in itertools.pairwise(found):
        if not _split(x.period) or y.i0 - x.i1 > _REACH or y.period.end is None:
            continue
        between = lowers[x.i1 : y.i0]
        if any(w[:1].isdecimal() for w in between) or _ENDING.isdisjoint(lowers[x.i1 : y.i1 + 1]):
            continue  # "kamen 400 Zuschauer, bis Ende September 300": another figure's period
        month, year = y.period.end.month, x.period.start.year
        if month == 12 or _MONTHS[f.lang].isdisjoint(lowers[y.i0 : y.i1]):
            continue  # "endet am Sonntag": no month of an end
        p = x.period
        text = f.text[p.span_start : y.period.span_end]
        period = Period(
            dt.date(year, month + 1, 1), month_end(year + 1, month), text, p.span_start, y.period.span_end
        )
        f.found[f.found.index(x)] = Found(x.i0, y.i1, period)
        f.found.remove(y)
        return


def _to_the_end(lowers, i0: int) -> bool:
    """ "bis Ende September", "by the end of September": the period at i0 is the end a running
    total is counted up to."""
    if lowers[i0] == "ende":
        return i0 >= 1 and lowers[i0 - 1] == "bis"
    return i0 >= 1 and lowers[i0 - 1] == "by" and lowers[i0 : i0 + 2] == ["the", "end"]


def year_to_date(f) -> None:
    """ "bis Ende September", "by the end of September": January to the end of September (a
    running total)."""
    lowers = f.s.lowers
    for k, x in enumerate(f.found):
        i0, i1, p = x
        if _to_the_end(lowers, i0) and p.start is not None and p.start.month == p.end.month:
            end = month_end(p.end.year, p.end.month)
            f.found[k] = Found(i0 - 1, i1, _span(f, i0 - 1, i1, dt.date(p.end.year, 1, 1), end))


def _span(f, i0: int, i1: int, start, end) -> Period:
    a, b = f.s.starts[i0], f.s.ends[i1 - 1]
    return Period(start, end, f.text[a:b], a, b)


def year_end(f, i: int, low: str) -> bool:
    """ "zum Jahresende", "Ende des Jahres", "at the end of the year" (no year after it): the last
    day of this year where the clause looks forward, of last year in a past sentence (or early in
    the year), else of this year."""
    if not f.pub:
        return False
    if low in YEAR_TURN_NOUNS:
        return _year_turn(f, i)
    i0 = i
    if low in _END_OF:
        words = _END_OF[low]
        i0 = i - len(words)
        if (
            i0 < 0
            or tuple(f.s.lowers[i0:i]) != words
            or (i + 1 < f.s.n and f.s.lowers[i + 1][:1].isdecimal())
        ):
            return False
    elif low not in YEAR_END_NOUNS or (i + 1 < f.s.n and f.s.lowers[i + 1][:1].isdecimal()):
        return False  # "Jahresende 2024": the year's own rule
    year = f.pub.year
    if not f.future(i) and (not _PAST[f.lang].isdisjoint(f.s.low_set) or f.pub.month <= _EARLY_MONTHS):
        year -= 1
    end = dt.date(year, 12, 31)
    f.add(i0, i + 1, end, end)
    return True


_EARLY_MONTHS = 6  # "Zum Jahresende lag die Quote bei 5 Prozent" in spring: last year's end
YEAR_TURN_NOUNS = frozenset(DATES["year_turn_nouns"])


def _year_turn(f, i: int) -> bool:
    """ "zum Jahreswechsel" (no year after it): from New Year's Eve to the end of January, of
    the turn that came last early in the year, of the coming one late in the year (not in a
    past sentence)."""
    if i + 1 < f.s.n and f.s.lowers[i + 1][:1].isdecimal():
        return False  # "Jahreswechsel 2025/26": the years' own rule
    late = f.pub.month > _EARLY_MONTHS and (f.future(i) or _PAST[f.lang].isdisjoint(f.s.low_set))
    year = f.pub.year + (1 if late else 0)
    f.add(i, i + 1, dt.date(year - 1, 12, 31), dt.date(year, 1, 31))
    return True


_ENDED = frozenset(DATES["ended_participles"])
_ACCOUNT_YEARS = frozenset(DATES["account_year_nouns"])


def ended_account_year(f) -> None:
    """ "im Ende September abgelaufenen Geschäftsjahr", "im zum 30. Juni beendeten Geschäftsjahr":
    the company's year runs to the end of the month named before the participle, the last such
    month end before the publication date (the month's own period and the bare "abgelaufenen
    Geschäftsjahr" go)."""
    if f.lang != "de" or _ACCOUNT_YEARS.isdisjoint(f.s.lowers) or _ENDED.isdisjoint(f.s.lowers):
        return
    for x in sorted(f.found, key=lambda x: x.i0):
        p, i = x.period, _ended_at(f.s.lowers, x.i0, x.i1)
        if i < 0 or p.end is None or p.start.month != p.end.month:
            continue
        month, year = p.end.month, p.end.year
        if f.pub and not any(w.isdecimal() and len(w) == 4 for w in f.s.lowers[x.i0 : i]):
            year = f.pub.year if month_end(f.pub.year, month) <= f.pub else f.pub.year - 1
        for y in [y for y in f.found if x.i0 <= y.i0 < i + 2]:
            f.found.remove(y)
        start = dt.date(year - (month != 12), month % 12 + 1, 1)
        f.found.append(Found(x.i0, i + 2, _span(f, x.i0, i + 2, start, month_end(year, month))))
        f.used.update(range(x.i0, i + 2))
        return


def _ended_at(lowers, i0: int, i1: int) -> int:
    """The participle of "September abgelaufenen Geschäftsjahr" in or right after tokens [i0, i1)
    and before an account year, or -1."""
    for k in range(i0 + 1, min(i1 + 1, len(lowers) - 1)):
        if lowers[k] in _ENDED and lowers[k + 1] in _ACCOUNT_YEARS:
            return k
    return -1
