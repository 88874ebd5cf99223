"""Calendar dates written out: "3. Juli 2025", "July 3, 2025", "Ende 2024", "im Juli", "the fourth
quarter", and the date arithmetic behind relative ones ("vergangene Woche", "two years ago")."""

from __future__ import annotations

import datetime as dt
import re

from ..claims.units import unit_of_word
from ..lexicon import DATES, WORDS
from ..numbers.numerals import english_word_value, german_word_value
from .days import (
    add_day,
    add_days,
    after_month_name,
    dmy_date,
    en_day_at,
    en_day_range_end,
    en_year_after_day,
    is_iso_date,
    iso_date,
    year_of,
)
from .decades import decade_digits
from .since_event import since_event

MONTHS = DATES["months"]


WEEKDAYS = DATES["weekdays"]


NOW = {lang: frozenset(w for w in words if " " not in w) for lang, words in DATES["now"].items()}


NOW_PAIRS = {
    lang: frozenset(tuple(w.split()) for w in words if " " in w) for lang, words in DATES["now"].items()
}


DAY_OFFSETS = DATES["day_offsets"]


MODIFIERS = DATES["relative_modifiers"]


PERIOD_NOUNS = DATES["period_nouns"]


PART_OF = DATES["part_of"]


REL_UNITS = DATES["relative_time_units"]


WAR_START = {lang: [tuple(p.split()) for p in phrases] for lang, phrases in DATES["war_start"].items()}


PREVIOUS = {
    "vorjahr": "year",
    "vorjahres": "year",
    "vorjahreszeitraum": "year",
    "vorjahreszeitraums": "year",
    "vorjahresquartal": "year",
    "vorjahresquartals": "year",
    "vorjahresmonat": "year",
    "vorjahresmonats": "year",
    "vorjahreswoche": "year",
    "vorjahreshalbjahr": "year",
    "vormonat": "month",
    "vormonats": "month",
    "vorwoche": "week",
    "vorquartal": "quarter",
    "vorquartals": "quarter",
    "vorsaison": "season",
    "vorsaisons": "season",
    "vorjahressaison": "season",
    "year-earlier": "year",
    "year-ago": "year",
    "prior-year": "year",
    "year-before": "year",
}


_DMY_RE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})$")


SINCE = frozenset(("seit", "since"))


_MONTH_PREPS = frozenset(WORDS["month_prepositions"])
_MONTH_ONLY_PREPS = _MONTH_PREPS | frozenset(WORDS["month_only_prepositions"])


def _month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def month_span(y, m):
    return dt.date(y, m, 1), _month_end(y, m)


def _part(start: dt.date, end: dt.date, part: str):
    """Early/mid/late part of a month or a year; seasons of a year."""
    if start.month == end.month:  # a month: thirds
        if part == "early":
            return start, start.replace(day=10)
        if part == "mid":
            return start.replace(day=11), start.replace(day=20)
        if part == "late":
            return start.replace(day=21), end
        return start, end
    y = start.year
    seasons = {
        "early": ((1, 1), (4, 30)),
        "mid": ((5, 1), (8, 31)),
        "late": ((9, 1), (12, 31)),
        "spring": ((3, 1), (5, 31)),
        "summer": ((6, 1), (8, 31)),
        "autumn": ((9, 1), (11, 30)),
        "winter": ((1, 1), (2, 28)),
    }
    (m1, d1), (m2, d2) = seasons.get(part, ((1, 1), (12, 31)))
    if (m2, d2) == (2, 28):
        return dt.date(y, 1, 1), _month_end(y, 2)
    return dt.date(y, m1, d1), dt.date(y, m2, d2)


def shift(published: dt.date, unit: str, amount: int):
    """The period ``amount`` units away from ``published`` (negative: in the past)."""
    if unit == "day":
        d = published + dt.timedelta(days=amount)
        return d, d
    if unit in ("week", "weekend"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=amount)
        if unit == "weekend":
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        idx = published.year * 12 + published.month - 1 + amount
        return month_span(idx // 12, idx % 12 + 1)
    if unit == "quarter":
        q = (published.month - 1) // 3 + amount
        y = published.year + q // 4
        q %= 4
        return dt.date(y, q * 3 + 1, 1), _month_end(y, q * 3 + 3)
    if unit == "half":
        return shift(published, "quarter", amount * 2)[0], shift(published, "quarter", amount * 2 + 1)[1]
    if unit == "decade":
        y = published.year + amount * 10
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if unit == "year":
        y = published.year + amount
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if unit == "season":  # a sports season, July to June: "last season", "in der vergangenen Saison"
        y = published.year - (published.month < 7) + amount
        return dt.date(y, 7, 1), dt.date(y + 1, 6, 30)
    if unit in ("hour", "minute"):
        return published, published
    return None


def small_number(low: str, language: str):
    if low.isdecimal() and len(low) <= 3:
        return int(low)
    v = german_word_value(low) if language == "de" else english_word_value(low)
    if v is None and low in ("a", "an", "one", "einem", "einer", "einen"):
        return 1
    if v is None and low == "beiden":
        return 2  # "in den ersten beiden Monaten"
    return v if isinstance(v, int) else None


ORDINAL_WORDS = {
    "ersten": 1,
    "erste": 1,
    "zweiten": 2,
    "zweite": 2,
    "dritten": 3,
    "dritte": 3,
    "vierten": 4,
    "vierte": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "final": 4,  # "the final quarter"
}


def _part_before(f, i: int):
    """ "Anfang"/"Ende"/"early"/"the end of" right before token i -> (part, first_token)."""
    lowers = f.s.lowers
    table = PART_OF[f.lang]
    if i >= 1 and lowers[i - 1] in table:
        return table[lowers[i - 1]], i - 1
    if i >= 2 and lowers[i - 1] == "-" and lowers[i - 2] in table:  # mid-2024
        return table[lowers[i - 2]], i - 2
    if i >= 3 and lowers[i - 1] == "of" and lowers[i - 2] in table and lowers[i - 3] == "the":
        return table[lowers[i - 2]], i - 3
    if i >= 2 and lowers[i - 1] == "of" and lowers[i - 2] in table:
        return table[lowers[i - 2]], i - 2
    if f.lang == "de" and i >= 2 and lowers[i - 1] in ("des", "dieses") and lowers[i - 2] in table:
        return table[lowers[i - 2]], i - 2
    return None, i


def _since(f, i0: int, start, end):
    lowers = f.s.lowers
    if i0 >= 1 and lowers[i0 - 1] in SINCE and f.pub and f.pub >= start:
        return i0 - 1, start, f.pub
    return i0, start, end


_DAY_SUFFIXES = frozenset((".", "st", "nd", "rd", "th"))
_DAY_LEAD = frozenset(("am", "vom", "on", "the"))


def _day_month_date(f, i: int, day: int) -> None:
    """A day before its month: "3. Juli 2025", "3 July 2025", "3rd of July"; the first day of a
    range of one month: "vom 3. bis 5. März", "between 3 and 5 March", "3-5 March"."""
    lowers = f.s.lowers
    k = _after_day(f.s, i)
    i0 = i - 1 if i >= 1 and lowers[i - 1] in _DAY_LEAD_RANGE else i
    r = _month_after(f, k)
    if r is None:
        last = _range_day(f.s, k, day)
        if last is None:
            return
        r = _month_after(f, _after_day(f.s, last[1]))
        if r is not None:
            add_days(f, i, i0, r[2], r[0], r[1], (day, last[0]))
        return
    add_day(f, i, i0 if lowers[i0] in _DAY_LEAD else i, r[2], r[0], r[1], day)


def _after_day(s, i: int) -> int:
    """The token after the day at i and its suffix ("3.", "3rd", "3rd of")."""
    k = i + 1
    if k < s.n and s.starts[k] == s.ends[i] and s.lowers[k] in _DAY_SUFFIXES:
        k += 1
    if k < s.n and s.lowers[k] == "of":
        k += 1
    return k


def _range_day(s, k: int, day: int):
    """(last day, its token) of "bis 5.", "and 5", "-5" at token k after a first day, or None."""
    if k + 1 < s.n and s.lowers[k] in _DAY_RANGE_WORDS:
        w = s.words[k + 1]
        if w.isdecimal() and len(w) <= 2 and day < int(w) <= 31:
            return int(w), k + 1
    return None


_DAY_RANGE_WORDS = frozenset(("bis", "und", "and", "to", "-", "–", "through", "until"))
_DAY_LEAD_RANGE = _DAY_LEAD | frozenset(("between", "zwischen", "from"))


def _month_after(f, k: int):
    """(month, year or None, next token) of the month name at token k ("Juli 2025"), or None."""
    s, lang = f.s, f.lang
    words, lowers, n = s.words, s.lowers, s.n
    months = MONTHS[lang]
    if not (k < n and lowers[k] in months and (lang == "de" or words[k][0].isupper())):
        return None
    month = months[lowers[k]]
    k += 1
    if k < n and words[k] == "." and len(words[k - 1]) <= 4:
        k += 1
    y = None
    if k < n and year_of(words[k]):
        y = year_of(words[k])
        k += 1
    return month, y, k


def digit_date(f, i: int) -> None:
    w = f.s.words[i]
    m = _DMY_RE.match(w) if "." in w else None  # "03.07.2025" (most numbers hold no dot)
    if m:
        dmy_date(f, i, m)
        return
    if not w.isdecimal() or decade_digits(f, i):
        return
    year = year_of(w)
    if is_iso_date(f.s, i, year):
        iso_date(f, i, year)
        return
    if len(w) <= 2 and 1 <= int(w) <= 31:
        _day_month_date(f, i, int(w))
        return
    if year:
        _year_date(f, i, year)


def _year_date(f, i: int, year: int) -> None:
    s, lang = f.s, f.lang
    lowers, n = s.lowers, s.n
    prev = lowers[i - 1] if i else ""
    nxt = lowers[i + 1] if i + 1 < n else ""
    if (
        nxt
        and nxt[0].isalpha()
        and unit_of_word(nxt, lang)
        and prev not in _MONTH_PREPS
        and prev not in ("jahr", "jahre", "year")
    ):
        return  # "2000 Soldaten": a count, not a year
    if nxt in ("%", "$", "€", "£"):
        return
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if nxt in ("s", "er") and year % 10 == 0 and s.starts[i + 1] == s.ends[i]:
        f.add(i - 1 if prev in ("the", "den") else i, i + 2, start, dt.date(year + 9, 12, 31))
        return  # "in the 1990s", "in den 1990er Jahren": the decade
    part, i0 = _part_before(f, i)
    if part:
        start, end = _part(start, end, part)
    if i0 >= 2 and lowers[i0 - 1] in ("jahr", "jahre", "jahres") and lowers[i0 - 2] in ("im", "das", "des"):
        i0 -= 2
    i0, start, end = _since(f, i0, start, end)
    f.add(i0, i + 1, start, end)


_MONTH_LEAD = frozenset(("im", "in", "vom", "von", "since", "seit", "bis", "until", "ab", "from", "during"))


def _not_a_month(lang: str, low: str, prev: str, words, k: int, n: int, i: int = 0) -> bool:
    """English "may"/"march" as a verb: "prices may rise"; but "in May", "May 3", "The change
    for March" (capitalised inside the sentence) are months."""
    return (
        lang == "en"
        and low in ("may", "march")
        and not (prev in _MONTH_ONLY_PREPS or (k < n and words[k][:1].isdecimal()))
        and not (i > 0 and prev[:1].isalpha() and words[i][0].isupper())
    )


def _month_span_date(f, i: int, k: int, month: int, prev: str) -> None:
    """A month as a period: "im Juli", "Juli 2025", "Anfang Juli", "since March"."""
    words = f.s.words
    y = None
    if k < f.s.n and year_of(words[k]):
        y, k = year_of(words[k]), k + 1
    elif f.pub is not None:
        y, k = _year_words(f, k)
    r = f.month_year(month, y, i)
    if not r:
        return
    start, end = r
    part, i0 = _part_before(f, i)
    if part:
        start, end = _part(start, end, part)
    elif prev in _MONTH_LEAD:
        i0 = i - 1
    i0, start, end = _since(f, i0 if prev not in SINCE else i, start, end)
    j = since_event(f.s.lowers, i) if f.pub else None
    if j is not None:  # "Seit ihrer Verschärfung im Mai": the last May to the publication date
        i0, start, end = j, start if start <= f.pub else start.replace(year=start.year - 1), f.pub
    f.add(i0, k, start, end)


def _year_words(f, k: int):
    """(year, next token) of "last year", "this year", "vergangenen Jahres" at token k after a
    month ("in March last year", "im März vergangenen Jahres"), else (None, k)."""
    lowers, n, lang = f.s.lowers, f.s.n, f.lang
    j = k + 1 if k < n and lowers[k] in ("des", "of") else k
    if j + 1 < n and PERIOD_NOUNS[lang].get(lowers[j + 1]) == "year" and lowers[j] in MODIFIERS[lang]:
        return f.pub.year + MODIFIERS[lang][lowers[j]], j + 2
    return None, k


def month_date(f, i: int) -> None:
    s, lang = f.s, f.lang
    words, lowers, n = s.words, s.lowers, s.n
    low = lowers[i]
    month = MONTHS[lang][low]
    k = after_month_name(words, low, i, n)
    if k is None:
        return
    prev = lowers[i - 1] if i else ""
    if _not_a_month(lang, low, prev, words, k, n, i):
        return
    day = en_day_at(words, k, n) if lang == "en" else 0
    if day:  # English "July 3, 2025" / "July 3"
        y, k = en_year_after_day(s, k + 1)
        last = en_day_range_end(s, k, day)
        if last:  # "between November 14 and 18", "March 8-11"
            y2, k = en_year_after_day(s, last[1])
            add_days(f, i, i - 1 if prev in ("between", "from") else i, k, month, y or y2, (day, last[0]))
            return
        add_day(f, i, i - 1 if prev == "on" else i, k, month, y, day)
        return
    _month_span_date(f, i, k, month, prev)
