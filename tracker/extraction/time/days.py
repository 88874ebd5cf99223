"""Day-level pieces of written dates: "03.07.2025", "2025-07-03", "Jan.", "July 3rd, 2025",
and the day a month and a year give."""

from __future__ import annotations

import datetime as dt

_ABBREV_NOT = frozenset(("mai", "juni", "juli", "june", "july", "may", "märz"))
_ORDINAL_SUFFIXES = frozenset(("st", "nd", "rd", "th"))


def year_of(word: str):
    """The year a four-digit word names: "2025" -> 2025; "2500", "0815" -> None."""
    if len(word) == 4 and word.isdecimal() and word[0] in "12":
        y = int(word)
        if 1800 <= y <= 2100:
            return y
    return None


def dmy_date(f, i: int, m) -> None:
    """The day of "03.07.2025"; an impossible one ("31.02.2025") adds nothing."""
    try:
        d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return
    f.add(i, i + 1, d, d)


def is_iso_date(s, i: int, year) -> bool:
    """Whether the year at i starts an ISO date: "2025-07-03"."""
    words = s.words
    return (
        bool(year)
        and i + 4 < s.n
        and words[i + 1] == "-"
        and words[i + 3] == "-"
        and s.starts[i + 1] == s.ends[i]
    )


def iso_date(f, i: int, year: int) -> None:
    """The day of "2025-07-03"; an impossible one ("2025-13-01") adds nothing."""
    words = f.s.words
    try:
        d = dt.date(year, int(words[i + 2]), int(words[i + 4]))
    except ValueError:
        return
    f.add(i, i + 5, d, d)


def after_month_name(words, low: str, i: int, n: int):
    """Token after the month name at i, or None for an abbreviation without its dot or a day.

    "Jan. 2025" -> past the dot; "Jan 3" -> i + 1; "Jan" alone -> None; "Juli" -> i + 1.
    """
    k = i + 1
    abbreviated = len(low) <= 4 and low not in _ABBREV_NOT
    if k < n and words[k] == "." and abbreviated:
        return k + 1
    if abbreviated and not (k < n and words[k][:1].isdecimal()):
        return None
    return k


def en_day_at(words, k: int, n: int) -> int:
    """The day of month at k in "July 3, 2025", or 0."""
    if k < n and words[k].isdecimal() and len(words[k]) <= 2 and 1 <= int(words[k]) <= 31:
        return int(words[k])
    return 0


def en_year_after_day(s, k: int):
    """(year or None, next token) after "July 3": "3rd, 2025", "3 2025"; k is after the day."""
    words, n = s.words, s.n
    if k < n and s.lowers[k] in _ORDINAL_SUFFIXES and s.starts[k] == s.ends[k - 1]:
        k += 1
    if k + 1 < n and words[k] == "," and year_of(words[k + 1]):
        return year_of(words[k + 1]), k + 2
    if k < n and year_of(words[k]):
        return year_of(words[k]), k + 1
    return None, k


def add_day(f, i: int, i0: int, k: int, month: int, year, day: int) -> None:
    """Add the day i0..k ("3. Juli 2025", "on July 3"); a day without a year nor a publication
    date only uses its tokens; an impossible day ("31 June") adds nothing."""
    r = f.month_year(month, year, i)
    if r:
        try:
            d = r[0].replace(day=day)
        except ValueError:
            return
        f.add(i0, k, d, d)
    else:
        f.used.update(range(i, k))


_DAY_RANGE_JOIN = frozenset(("and", "to", "-", "–", "through", "until"))


def en_day_range_end(s, k: int, day: int):
    """(last day, next token) of "November 14 and 18", "March 8-11", "May 2 to 5" (k is after the
    first day and its year, if any), or None."""
    if k + 1 < s.n and s.lowers[k] in _DAY_RANGE_JOIN:
        last = en_day_at(s.words, k + 1, s.n)
        if last > day:
            return last, k + 2
    return None


def add_days(f, i: int, i0: int, k: int, month: int, year, days) -> None:
    """Add the days i0..k of one month ("between November 14 and 18"): first to last day."""
    r = f.month_year(month, year, i)
    if r:
        try:
            first, last = r[0].replace(day=days[0]), r[0].replace(day=days[1])
        except ValueError:
            return
        f.add(i0, k, first, last)
