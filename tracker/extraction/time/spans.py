"""Periods of statistics and accounts, over the periods ``find_periods`` found in a sentence:
split years ("die Saison 2015/16", "2017/18" as a fiscal year), the first months of a year ("the
first nine months"), rolling spans ("the year to June", "the three months to February"), and
periods relative to the period named before ("im Vorjahresquartal", "the same period last year",
"a month earlier"). The year to date ("bis Ende September") is in ``year_ends.py``.

Each rule reads the finder ``f`` of ``periods.py`` (sentence ``f.s``, language ``f.lang``,
publication date ``f.pub``) and adds or rewrites its periods; the words are in
``lexicon/dates.json`` ("split_year_starts", "months_words", "same_period")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..lexicon import DATES
from ..types import Period
from .dates import small_number

_SPLIT_STARTS = DATES["split_year_starts"]
_SEASON_MONTHS = DATES["seasons"]
_MONTHS_WORDS = frozenset(DATES["months_words"])
_SAME_PERIOD = {lang: [tuple(p.split()) for p in phrases] for lang, phrases in DATES["same_period"].items()}
_FIRST = frozenset(("first", "ersten", "erste"))
_ROLLING_HEADS = {
    "months": "month",
    "month": "month",
    "year": "year",
    "weeks": "week",
    "week": "week",
    "woche": "week",  # "in der Woche bis zum 10. Mai"
    "wochen": "week",
    "quarter": "quarter",
    "half-year": "half",  # "the half-year to June": six months
    "period": "quarter",  # "revenue in the period, which ended May 31": a company's quarter
}
_ROLLING_TO = sorted((tuple(x) for x in DATES["rolling_to"]), key=len, reverse=True)
_PREVIOUS_SPAN = frozenset(DATES["previous_span_words"])
_SPAN_MONTHS = {"months": 1, "monaten": 1, "monate": 1, "years": 12, "jahren": 12, "jahre": 12}


@dataclass(slots=True)
class Found:
    """A period a sentence names: tokens [i0, i1) and the ``Period`` they mean."""

    i0: int
    i1: int
    period: Period

    def __iter__(self):  # unpacks as (i0, i1, period)
        return iter((self.i0, self.i1, self.period))


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def months_back(year: int, month: int, count: int) -> dt.date:
    """The first day of the month ``count - 1`` months before (year, month): the start of a span
    of ``count`` months that ends with that month."""
    idx = year * 12 + month - 1 - (count - 1)
    return dt.date(idx // 12, idx % 12 + 1, 1)


def split_year(f, i: int, year: int) -> bool:
    """ "Saison 2015/16", "im Geschäftsjahr 2023/24", "2017/18" -> a year from the month the noun
    before it starts its year with (a season in July, a UK fiscal year in April); True when the
    tokens were one."""
    s = f.s
    words = s.words
    if not (
        i + 2 < s.n
        and words[i + 1] in _SPLIT_MARKS
        and s.ends[i] == s.starts[i + 1]
        and s.ends[i + 1] == s.starts[i + 2]
    ):
        return False
    second = words[i + 2]
    if not second.isdecimal() or int(second[-2:]) != (year + 1) % 100 or len(second) not in (2, 4):
        return False
    if words[i + 1] != "/" and len(second) == 4:
        return False  # "2024-2025": two years
    start, end = _split_span(s.lowers, i, year, f.lang)
    i0 = i
    if i0 >= 1 and s.lowers[i0 - 1].endswith(tuple(_SPLIT_STARTS)):
        i0 -= 1  # "Saison 2015/16"
    if i0 >= 1 and s.lowers[i0 - 1] in ("im", "in", "der", "die", "the"):
        i0 -= 1
    f.add(i0, i + 3, start, end)
    return True


def _split_span(lowers, i: int, year: int, lang: str):
    """(start, end) of the split year at token i: from the month its noun starts a year with;
    a German budget's two calendar years ("Doppelhaushalt 2026/27"); a winter season's months."""
    if lang == "de" and any(w.endswith(_DE_BUDGETS) for w in lowers[max(0, i - 3) : i + 4]):
        return dt.date(year, 1, 1), dt.date(year + 1, 12, 31)
    season = _SEASON_MONTHS[lang].get(lowers[i - 1]) if i else None
    if season and season[0] > season[1]:  # "Wintersaison 2024/25": November to April
        return dt.date(year, season[0], 1), month_end(year + 1, season[1])
    first_month = _split_start(lowers, i, lang)
    end = month_end(year + 1, first_month - 1) if first_month > 1 else dt.date(year, 12, 31)
    return dt.date(year, first_month, 1), end


_DE_BUDGETS = tuple(DATES["budget_nouns_de"])
_SPLIT_MARKS = frozenset(("/", "-", "–"))  # "2015/16", "the 2024-25 season"


def _split_start(lowers, i: int, lang: str) -> int:
    """The month the split year at token i starts in: by the noun right before or after it
    ("Saison 2015/16", "2015/16 season"), else by such a noun elsewhere in the sentence ("revenue
    last season was 438 million, up from 401 in 2008/09"), else by the language's default."""
    near = (*range(max(0, i - 3), i), *range(i + 3, min(len(lowers), i + 4)))
    for k in (*near, *range(len(lowers))):
        month = _split_month(lowers[k])
        if month:
            return month
    return _SPLIT_STARTS["default_" + lang]


def _split_month(low: str):
    for stem, month in _SPLIT_STARTS.items():
        if low.endswith(stem):
            return month
    return None


def _counted_months(f, heads, nouns):
    """(i, count) for each "<head> <number> <month noun>" of the sentence: "first nine months",
    "vorangegangenen zwölf Monaten" (the number at i + 1, read as a small number)."""
    lowers = f.s.lowers
    for i in range(f.s.n - 2):
        if lowers[i] in heads and lowers[i + 2] in nouns:
            count = _small(lowers[i + 1], f.lang)
            if count:
                yield i, count


def _with_article(lowers, i: int) -> int:
    """Where a span starting at token i starts with its article ("the", "den", "die") before it."""
    return i - 1 if i and lowers[i - 1] in ("the", "den", "die") else i


def first_months(f) -> None:
    """ "in the first nine months", "in den ersten neun Monaten (2024)": January to that month."""
    s = f.s
    lowers = s.lowers
    for i, count in _counted_months(f, _FIRST, _MONTHS_WORDS):
        if not 1 < count < 12:
            continue
        end_tok, year = i + 3, None
        if end_tok < s.n and _year(s.words[end_tok]):
            year, end_tok = _year(s.words[end_tok]), end_tok + 1
        elif end_tok + 1 < s.n and lowers[end_tok] == "of" and _year(s.words[end_tok + 1]):
            year, end_tok = _year(s.words[end_tok + 1]), end_tok + 2
        if year is None:
            if f.pub is None:
                continue
            year = f.pub.year if month_end(f.pub.year, count) <= f.pub else f.pub.year - 1
        i0 = _with_article(lowers, i)
        _take_over(f, i0, end_tok)  # "of 2023" is part of the span now
        f.add(i0, end_tok, dt.date(year, 1, 1), month_end(year, count))


def _take_over(f, i0: int, i1: int) -> None:
    """Drops the periods found inside tokens [i0, i1) (a year a longer span includes)."""
    inside = [x for x in f.found if i0 <= x.i0 and x.i1 <= i1]
    for x in inside:
        f.found.remove(x)
        f.used.difference_update(range(x.i0, x.i1))


def _rolling_head(lowers, i0: int) -> int:
    """The token before "to", "leading up to", "ending" in front of the month at i0, or -1."""
    for words in _ROLLING_TO:
        L = len(words)
        if i0 > L and tuple(lowers[i0 - L : i0]) == words:
            return i0 - L - 1
    return -1


def rolling(f) -> None:
    """ "the year to June", "the three months to February", "in the 12 months to March", "the
    three months leading up to February": the months up to and including the month named."""
    lowers = f.s.lowers
    for k, x in enumerate(f.found):
        i0, i1, p = x
        if p.start is None or p.start.month != p.end.month:
            continue
        h = _rolling_head(lowers, i0)
        if h < 0:
            continue
        i0 = h + 2  # as if "to" stood right before the month
        head = _ROLLING_HEADS.get(lowers[i0 - 2])
        if head == "year":
            count, first = 12, i0 - 2
        elif head in ("quarter", "half"):  # "the quarter ended May 31": a company's fiscal quarter
            count, first = 3 if head == "quarter" else 6, i0 - 2
        elif head == "week" and p.start == p.end:  # "the week to February 1": seven days
            n = _small(lowers[i0 - 3], f.lang) if lowers[i0 - 2] in ("weeks", "wochen") else 1
            if n:
                start = p.end - dt.timedelta(days=7 * n - 1)
                f.found[k] = Found(i0 - 2, i1, _period(f, i0 - 2, i1, start, p.end))
            continue
        elif head == "month":
            count, first = _small(lowers[i0 - 3], f.lang) if i0 >= 3 else None, i0 - 3
        else:
            continue
        if not count:
            continue
        start = months_back(p.end.year, p.end.month, count)
        if head == "quarter":
            first = _fiscal_quarter_start(f, first)
        f.found[k] = Found(first, i1, _period(f, first, i1, start, month_end(p.end.year, p.end.month)))
    f.found[:] = [x for x in f.found if x.i0 >= 0]


def _fiscal_quarter_start(f, first: int) -> int:
    """ "the fiscal fourth quarter ended May 31": the company's quarter, not the calendar's
    fourth; the calendar quarter found on "fourth quarter" is marked for removal (i0 = -1)."""
    for n, x in enumerate(f.found):
        if x.i0 < first < x.i1:
            f.found[n] = Found(-1, -1, x.period)
            return x.i0
    return first


def previous_span(f, anchor=None) -> None:
    """ "in the previous three months", "in den vorangegangenen zwölf Monaten": the months just
    before the period the sentence names (else ``anchor``, the one named before)."""
    lowers = f.s.lowers
    for i, count in _counted_months(f, _PREVIOUS_SPAN, _SPAN_MONTHS):
        base = _span_anchor(f, i) or anchor
        if base is None or base.start is None:
            continue
        months = count * _SPAN_MONTHS[lowers[i + 2]]
        before = months_back(base.start.year, base.start.month, 2)  # the month before the base
        f.add(
            _with_article(lowers, i),
            i + 3,
            months_back(before.year, before.month, months),
            month_end(before.year, before.month),
        )


def _span_anchor(f, i: int):
    """The period of a month or longer that the sentence names nearest token i, or None."""
    spans = [
        x for x in f.found if x.period.start and x.period.end and (x.period.end - x.period.start).days >= 27
    ]
    return min(spans, key=lambda x: abs(x.i0 - i)).period if spans else None


def same_period(f) -> None:
    """ "the same period last year", "im gleichen Zeitraum des Vorjahres": the year before the
    period named in the sentence (rewritten by the back references)."""
    lowers = f.s.lowers
    for x in f.found:
        for phrase in _SAME_PERIOD[f.lang]:
            L = len(phrase)
            if x.i0 >= L and tuple(lowers[x.i0 - L : x.i0]) == phrase:
                f.back.append((x.i0, "year"))
                break


def month_end_day(p) -> bool:
    """ "Ende Oktober", "am 31. Oktober": the end of a month, a stock's day; an anchor of "einen
    Monat zuvor" in its sentence and the next."""
    if p.start is None or p.end is None or (p.start.year, p.start.month) != (p.end.year, p.end.month):
        return False
    return p.end == month_end(p.end.year, p.end.month) and p.start != dt.date(p.end.year, p.end.month, 1)


def long_period(p) -> bool:
    """A period of a month or longer ("im März", "the quarter ended May 31"), or a week ("in der
    7. Kalenderwoche", "the week to February 1"): an anchor in its own sentence even without its
    year."""
    if p.start is None or p.end is None:
        return False
    days = (p.end - p.start).days
    return days >= 27 or days == 6


def to_come(p, pub) -> bool:
    """A day after the publication date: not a release's nor an event's, a forecast's ("rechnet
    für Donnerstag mit Gewittern. Örtlich seien bis zu 40 Liter möglich"); it carries on as a
    month does; so does a span from that day on ("für das Wochenende" on a Saturday)."""
    if pub is None or p.start is None:
        return False
    return p.start > pub or (p.start == pub and p.end is not None and p.end > pub)


def explicit(p) -> bool:
    """A period written out with its year: "im ersten Quartal 2025", "in the fourth quarter of 2024"."""
    return p.start is not None and p.end is not None and str(p.start.year) in p.text


def _period(f, i0: int, i1: int, start, end) -> Period:
    a, b = f.s.starts[i0], f.s.ends[i1 - 1]
    return Period(start, end, f.text[a:b], a, b)


def _year(word: str):
    if len(word) == 4 and word.isdecimal() and word[0] in "12":
        return int(word)
    return None


def _small(low: str, lang: str):
    return small_number(low, lang)
