"""Calendar weeks: "in der 7. Kalenderwoche", "KW 7", "Kalenderwoche 7/2026", "in week 7"."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES


def calendar_week(f, i: int, low: str) -> bool:
    """ "in der 7. Kalenderwoche", "KW 7", "Kalenderwoche 7/2026": that ISO week, of the
    publication year unless it lies after the publication date (then the year before)."""
    if not f.pub:
        return False
    if low in _NUMBERED_WEEK_WORDS:
        if not _numbered_week(f.s.lowers, i, f.s.n):
            return False  # "last week", "the week before": other rules'
    elif low not in _CALENDAR_WEEK_WORDS:
        return False
    words = f.s.words
    found = _week_number(words, i, f.s.n)
    if found is None:
        return True
    i0, i1, week = found
    year, i1 = _week_year(words, i1, f.s.n, f.pub.year)
    monday = _week_monday(year, week, f.pub, words[i1 - 1]) if 1 <= week <= 53 else None
    if monday is None:
        return True
    if i0 >= 2 and f.s.lowers[i0 - 2] == "in" and f.s.lowers[i0 - 1] == "der":
        i0 -= 2
    f.add(i0, i1, monday, monday + dt.timedelta(days=6))
    return True


def _numbered_week(lowers, i: int, n: int) -> bool:
    """ "in week 12", "for week 12 of 2025" (a weekly report's week), not "week 12 of the
    season" or "a week 12 days ..."."""
    if not (i and lowers[i - 1] in _WEEK_PREPOSITIONS and i + 1 < n and lowers[i + 1].isdecimal()):
        return False
    if not 1 <= int(lowers[i + 1]) <= 53:
        return False
    return i + 3 >= n or lowers[i + 2] != "of" or (len(lowers[i + 3]) == 4 and lowers[i + 3].isdecimal())


def _week_number(words, i: int, n: int):
    """ "7. Kalenderwoche" (the number before), "KW 7" (after): (i0, i1, week), else None."""
    if i >= 2 and words[i - 1] == "." and words[i - 2].isdecimal():
        return i - 2, i + 1, int(words[i - 2])
    if i + 1 < n and words[i + 1].isdecimal():
        return i, i + 2, int(words[i + 1])
    return None


def _week_year(words, i1: int, n: int, year: int):
    """The year after a calendar week ("KW 7/2026", "in der 25. KW 2025"), else ``year``."""
    if i1 + 1 < n and words[i1] in ("/", "of") and len(words[i1 + 1]) == 4 and words[i1 + 1].isdecimal():
        return int(words[i1 + 1]), i1 + 2
    if i1 < n and len(words[i1]) == 4 and words[i1].isdecimal() and words[i1][:2] in ("19", "20"):
        return int(words[i1]), i1 + 1
    return year, i1


def _week_monday(year: int, week: int, pub, last_word: str):
    """The Monday of an ISO week; of the year before when it lies after the publication date and
    the text names no year (``last_word``: the week's last token). None: no such week."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
        if monday > pub and str(year) not in last_word:
            monday = dt.date.fromisocalendar(year - 1, week, 1)
    except ValueError:
        return None
    return monday


_CALENDAR_WEEK_WORDS = frozenset(DATES["calendar_week_words"])
_NUMBERED_WEEK_WORDS = frozenset(DATES["numbered_week_words"])
_WEEK_PREPOSITIONS = frozenset(("in", "for", "of"))
WEEK_WORDS = _CALENDAR_WEEK_WORDS | _NUMBERED_WEEK_WORDS
