"""Quarters and half-years: "im ersten Quartal", "the second half of 2024", "Q3 2024", "H1"."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .dates import ORDINAL_WORDS, month_span
from .days import year_of

# "third-quarter revenue", "first-half profit": an English quarter or half as one word
HYPHENATED = frozenset(f"{o}-{n}" for o in ORDINAL_WORDS for n in ("quarter", "half"))
# "im Schlussquartal": a quarter named in one word
NAMED_QUARTERS = DATES["named_quarters"]


def month_end(y: int, m: int) -> dt.date:
    return month_span(y, m)[1]


def quarter_rule(f, i: int) -> None:
    """ "im ersten Quartal", "the second half of 2024", "the first quarter of this year": token
    i is the ordinal; without a year, the last such quarter by the publication date."""
    s = f.s
    k, half, year, end = _quarter_words(f, i)
    if year is None and _in_a_row(s.lowers, end):
        return  # "for the second quarter running", "zum dritten Quartal in Folge": a count
    first = (k - 1) * (6 if half else 3) + 1
    if year is None and not half and f.pub is not None and _fiscal(s.lowers, i):
        # "its fiscal fourth quarter": the company's quarter just over, whatever its number
        start = _last_quarter_start(f.pub, 1 if f.future(i) else 0)
        i0 = i - 1 if i and s.lowers[i - 1] in ("im", "in", "the", "fiscal") else i
        f.add(i0, end, start, month_end(start.year, start.month + 2))
        return
    if year is None:
        if f.pub is None:
            return
        year = _last_such(f, i, first + (5 if half else 2))
    if first > 12:
        return
    last = first + (5 if half else 2)
    i0 = i - 1 if i and s.lowers[i - 1] in ("im", "in", "the") else i
    f.add(i0, end, dt.date(year, first, 1), month_end(year, last))


LIST_JOINS = frozenset(("und", "and", "oder", "or", "bzw", "sowie"))


def listed_quarter(f, i: int) -> None:
    """ "im ersten und zweiten Quartal": token i is the first ordinal of a list, whose noun and
    year come after the last; both in the year of the last."""
    s = f.s
    half = s.lowers[i + 3] in ("halbjahr", "half")
    size = 6 if half else 3
    first = (ORDINAL_WORDS[s.lowers[i]] - 1) * size + 1
    second = (ORDINAL_WORDS[s.lowers[i + 2]] - 1) * size + 1
    if max(first, second) > 12:
        return
    year = _named_year(f, s, i + 4)[0]
    if year is None:
        if f.pub is None:
            return
        year = _last_such(f, i + 2, second + size - 1)
    i0 = i - 1 if i and s.lowers[i - 1] in ("im", "in", "the") else i
    f.add(i0, i + 1, dt.date(year, first, 1), month_end(year, first + size - 1))


def _last_such(f, i: int, last_month: int) -> int:
    """The year of the last such quarter by the publication date ("the fourth quarter" in
    January: last year's), or this year's where the clause looks forward."""
    year = f.pub.year
    if last_month <= 12 and month_end(year, last_month) > f.pub and not f.future(i):
        return year - 1
    return year


def _quarter_words(f, i: int):
    """(number, half-year?, year or None, end token) of the quarter's words at token i."""
    s = f.s
    low = s.lowers[i]
    if low in NAMED_QUARTERS:  # "im Schlussquartal 2024"
        return NAMED_QUARTERS[low], False, *_named_year(f, s, i + 1)
    if low in HYPHENATED:  # "third-quarter revenue", "first-half profit"
        ordinal, noun = low.split("-")
        return ORDINAL_WORDS[ordinal], noun == "half", None, i + 1
    year, end = _named_year(f, s, i + 2)
    return ORDINAL_WORDS[low], s.lowers[i + 1] in ("halbjahr", "half"), year, end


def _in_a_row(lowers, end: int) -> bool:
    """ "running", "in a row", "in Folge", "in Serie" after the quarter's words."""
    nxt = lowers[end : end + 3]
    return bool(nxt) and (
        nxt[0] in ("running", "straight", "consecutive", "hintereinander")
        or tuple(nxt[:2]) in _IN_A_ROW
        or tuple(nxt) == ("in", "a", "row")
    )


_IN_A_ROW = frozenset((("in", "folge"), ("in", "serie")))


_FISCAL = frozenset(("fiscal", "financial", "geschäftsjahres", "geschäftsjahrs", "geschäftsquartal"))


def _fiscal(lowers, i: int) -> bool:
    """ "its fiscal fourth quarter", "the third quarter of its financial year", "im dritten
    Quartal des Geschäftsjahres": a company's own quarter."""
    return not _FISCAL.isdisjoint(lowers[max(0, i - 2) : i + 6])


def _last_quarter_start(pub, ahead: int) -> dt.date:
    """The first day of the last calendar quarter over by ``pub`` (``ahead``: that many later)."""
    n = pub.year * 4 + (pub.month - 1) // 3 - 1 + ahead
    return dt.date(n // 4, n % 4 * 3 + 1, 1)


def _named_year(f, s, end: int):
    """The year after a quarter's words (token ``end``): "2024", "of 2024", "of this year", "des
    Vorjahres" -> (year, end); (None, end) when none is named."""
    if end < s.n and year_of(s.words[end]):
        return year_of(s.words[end]), end + 1
    if end + 1 < s.n and s.lowers[end] == "of" and year_of(s.words[end + 1]):
        return year_of(s.words[end + 1]), end + 2
    if f.pub is not None and end + 2 < s.n and s.lowers[end] in ("of", "des"):
        rel = _RELATIVE_YEAR.get((s.lowers[end + 1], s.lowers[end + 2]))
        if rel is not None:  # "the first quarter of this year", "im ersten Quartal des Vorjahres"
            return f.pub.year + rel, end + 3
    return None, end


_RELATIVE_YEAR = {
    ("this", "year"): 0,
    ("last", "year"): -1,
    ("next", "year"): 1,
    ("laufenden", "jahres"): 0,
    ("vergangenen", "jahres"): -1,
    ("letzten", "jahres"): -1,
    ("kommenden", "jahres"): 1,
}


def short_quarter(f, i: int) -> None:
    """ "Q3", "Q3 2024", "H1": a quarter or half-year (token i is its digit)."""
    s = f.s
    k = int(s.lowers[i])
    half = s.lowers[i - 1] == "h"
    if half and k > 2:
        return
    end, year = i + 1, None
    if end + 1 < s.n and s.words[end] == "-" and year_of(s.words[end + 1]):
        end += 1
    if end < s.n and year_of(s.words[end]):
        year, end = year_of(s.words[end]), end + 1
    first = (k - 1) * (6 if half else 3) + 1
    last = first + (5 if half else 2)
    if year is None:
        if f.pub is None:
            return
        year = f.pub.year if month_end(f.pub.year, last) <= f.pub or f.future(i) else f.pub.year - 1
    f.add(i - 1, end, dt.date(year, first, 1), month_end(year, last))


def named_quarter(states, pub):
    """A company's quarter named in the lead without a figure of its own ("Revenue in the
    period, which ended May 31, rose ..."): three months over by the publication date."""
    if pub is None:
        return None
    first = None  # "posted third-quarter results on Thursday": a quarter of a lead without figures
    for n, st in enumerate(states[:_LEAD]):
        for x in st.periods:
            p = x.period
            if not (p.start and p.end and 88 <= (p.end - p.start).days <= 92):
                continue
            if _ENDED.isdisjoint(p.text.lower().split()):
                if (
                    first is None
                    and 0 < n <= 2
                    and not st.figures
                    and 0 <= (pub - p.end).days <= _QUARTER_AGE
                ):
                    first = p
                continue
            # "the three months to Nov. 1" (months: its last one may run past the day)
            return p if -_MONTH <= (pub - p.end).days <= _QUARTER_AGE else first
    return first


_ENDED = frozenset(("ended", "ending", "to", "bis"))
_MONTH = 31


_QUARTER_AGE = 120
_LEAD = 8  # sentences


_BARE_QUARTER = frozenset(("quarter", "quartal"))
_BARE_BEFORE = {"en": (("in", "the"), ("for", "the"), ("during", "the")), "de": (("im",), ("für", "das"))}


def bare_quarter(f, i: int, low: str) -> bool:
    """ "profit fell to £84m in the quarter", "im Quartal": the quarter the sentences before
    named, else (when they named no period at all) the last calendar quarter over by the
    publication date (the one a company reports on), or the one in course where the clause
    looks forward."""
    if not (f.pub and low in _BARE_QUARTER):
        return False
    lowers = f.s.lowers
    before = next((b for b in _BARE_BEFORE[f.lang] if tuple(lowers[max(0, i - len(b)) : i]) == b), None)
    if before is None or i < len(before):
        return False
    a = f.anchor
    i0 = i - len(before) + (1 if before[0] in ("in", "for", "during") else 0)
    if a is not None and a.start is not None and a.end is not None and 88 <= (a.end - a.start).days <= 92:
        f.add(i0, i + 1, a.start, a.end)
        return True
    # another period named before: the article's quarter is decided in ``claims/dated.py``
    # (``named_quarter_instead``); until then the last quarter over stands for it
    start = _last_quarter_start(f.pub, 1 if f.future(i) else 0)
    f.add(i0, i + 1, start, month_end(start.year, start.month + 2))
    return True
