"""The rules of ``find_periods`` for one token, in order: a date in digits, a month, "heute",
"gestern", "vergangene Woche", "seit Jahresbeginn", "im ersten Quartal", "im Vorjahr", a weekday,
"vor zwei Wochen", "two years ago", "since the start of the war". Each rule answers whether the
token is its kind of word (then no later rule is asked) and adds what it finds to the finder
``f`` of ``periods.py``.
"""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .dates import (
    DAY_OFFSETS,
    MODIFIERS,
    MONTHS,
    NOW,
    ORDINAL_WORDS,
    PERIOD_NOUNS,
    PREVIOUS,
    REL_UNITS,
    SINCE,
    WEEKDAYS,
    digit_date,
    month_date,
    shift,
    small_number,
)
from .decades import DECADE_WORDS, decade_word
from .month_spans import MONTH_PAIRS, month_pair
from .quarters import (
    HYPHENATED,
    LIST_JOINS,
    NAMED_QUARTERS,
    bare_quarter,
    listed_quarter,
    quarter_rule,
    short_quarter,
)
from .recent import FULL_YEAR_WORDS, SPAN_WORDS, WEEKEND_WORDS, full_year, past_hours, past_span, weekend
from .seasons import SEASON_WORDS, season
from .shifted import shifted
from .spans import split_year
from .split_years import named_split_year
from .starts import STARTS, since_start
from .weekday_context import day_ahead, hypothetical, in_a_title
from .weeks import WEEK_WORDS, calendar_week
from .year_ends import YEAR_END_NOUNS, YEAR_TURN_NOUNS, year_end

_SPLIT = frozenset(("/", "-", "–"))
YEAR_START = frozenset(
    ("jahresbeginn", "jahresanfang", "jahresbeginns", "jahresverlauf", "year-to-date", "ytd")
)
_TO_DATE = frozenset((("to", "date"), ("so", "far")))
_QUARTERS = frozenset(("quartal", "quarter", "halbjahr", "half"))
_ONE_WORD_QUARTERS = HYPHENATED | NAMED_QUARTERS.keys()  # "third-quarter", "Schlussquartal"


def digits(f, i: int, low: str) -> bool:
    """ "03.07.2025", "2025", "3. Juli", "2015/16"."""
    if not low[0].isdecimal():
        return False
    s = f.s
    if i and s.lowers[i - 1] in ("q", "h") and s.starts[i] == s.ends[i - 1] and low in ("1", "2", "3", "4"):
        short_quarter(f, i)
        return True
    if not (
        i + 2 < s.n
        and s.words[i + 1] in _SPLIT
        and len(low) == 4
        and low.isdecimal()
        and split_year(f, i, int(low))
    ):
        digit_date(f, i)
    return True


def month(f, i: int, low: str) -> bool:
    """ "im Juli", "July 3", "Ende September" (English months capitalised)."""
    if low in MONTHS[f.lang] and (f.lang == "de" or f.s.words[i][0].isupper()):
        month_date(f, i)
        return True
    if low in POSSESSIVE_MONTHS and f.s.words[i][0].isupper():  # "May's payroll gain"
        r = f.month_year(MONTHS["en"][low[:-2]], None, i)
        if r:
            f.add(i, i + 1, *r)
        return True
    return False


# "May's", "April’s": a month's own figure ("May's payroll gain of 142,000 jobs")
POSSESSIVE_MONTHS = frozenset(m + e for m in MONTHS["en"] if len(m) > 3 or m == "may" for e in ("'s", "’s"))


def now(f, i: int, low: str) -> bool:
    """ "heute", "derzeit", "now" (not "heute vor einem Jahr")."""
    if not (low in NOW[f.lang] and f.pub):
        return False
    if not (low == "heute" and i + 1 < f.s.n and f.s.lowers[i + 1] == "vor"):
        f.add(i, i + 1, f.pub, f.pub)
    return True


def day_offset(f, i: int, low: str) -> bool:
    """ "gestern", "yesterday" (not the noun "Morgen")."""
    table = DAY_OFFSETS[f.lang]
    if f.pub and low in table and (f.lang == "en" or f.s.words[i].islower() or low != "morgen"):
        d = f.pub + dt.timedelta(days=table[low])
        f.add(i, i + 1, d, d)
        return True
    return False


def modified_period(f, i: int, low: str) -> bool:
    """ "vergangene Woche", "last year", "this month"."""
    lowers, lang = f.s.lowers, f.lang
    if f.pub and low in MODIFIERS[lang] and named_split_year(f, i, low, MODIFIERS[lang][low]):
        return True  # "next school year", "im laufenden Geschäftsjahr"
    if not (f.pub and i + 1 < f.s.n and lowers[i + 1] in PERIOD_NOUNS[lang]):
        return False
    noun = PERIOD_NOUNS[lang][lowers[i + 1]]
    if _anaphoric(f, low, noun):  # "that month", "in jenem Jahr": the period just named
        a = f.anchor
        f.add(i, i + 2, a.start, a.end)
        return True
    if low not in MODIFIERS[lang]:
        return False
    r = shifted(f, noun, MODIFIERS[lang][low])
    if r:
        f.add(i, i + 2, *r)
        if low in _BEFORE_NAMED and noun in _BACK_UNITS:
            f.back.append((i, _BACK_UNITS[noun]))  # "the previous season": before the one named
    return True


_ANAPHORIC = {lang: frozenset(words) for lang, words in DATES["anaphoric_modifiers"].items()}
_THIS_NAMED = {lang: frozenset(words) for lang, words in DATES["anaphoric_this_named"].items()}
_NOUN_DAYS = {"month": (27, 30), "year": (364, 365), "week": (6, 6), "quarter": (89, 91)}


def _anaphoric(f, low: str, noun: str) -> bool:
    """ "that month" after "The change for March": the anchor, of the noun's length; German
    "diesem Monat" so only after a month named that is not the current one ("dieses Jahr" is
    this year)."""
    a = f.anchor
    if a is None or a.start is None or a.end is None or noun not in _NOUN_DAYS:
        return False
    this_named = low in _THIS_NAMED[f.lang] and noun == "month" and not a.start <= f.pub <= a.end
    if low not in _ANAPHORIC[f.lang] and not this_named:
        return False
    lo, hi = _NOUN_DAYS[noun]
    return lo <= (a.end - a.start).days <= hi


_BEFORE_NAMED = frozenset(("previous", "preceding", "prior", "vorherigen", "vorangegangenen"))
_BACK_UNITS = {"year": "year", "season": "year", "month": "month", "week": "week", "quarter": "quarter"}


def year_start(f, i: int, low: str) -> bool:
    """ "seit Jahresbeginn", "im bisherigen Jahresverlauf", "the year to date", "year-to-date":
    January to the publication date."""
    if f.pub and low == "year" and tuple(f.s.lowers[i + 1 : i + 3]) in _TO_DATE:
        i0 = i - 1 if i and f.s.lowers[i - 1] in ("the", "this") else i
        f.add(i0, i + 3, dt.date(f.pub.year, 1, 1), f.pub)  # "in the year to date"
        return True
    if not (f.pub and low in YEAR_START):
        return False
    if low == "jahresverlauf" and (not i or f.s.lowers[i - 1] != "bisherigen"):
        return True  # "im Jahresverlauf" without "bisherigen": any time of the year
    i0 = i - 1 if i and f.s.lowers[i - 1] in SINCE else i
    f.add(i0, i + 1, dt.date(f.pub.year, 1, 1), f.pub)
    return True


def quarter(f, i: int, low: str) -> bool:
    """ "im ersten Quartal", "the second half", "im ersten und zweiten Quartal"."""
    lowers = f.s.lowers
    if (
        low in ORDINAL_WORDS
        and i + 3 < f.s.n
        and lowers[i + 1] in LIST_JOINS
        and lowers[i + 2] in ORDINAL_WORDS
        and lowers[i + 3] in _QUARTERS
    ):
        listed_quarter(f, i)
        return True
    if (
        low in ORDINAL_WORDS and i + 1 < f.s.n and f.s.lowers[i + 1] in _QUARTERS
    ) or low in _ONE_WORD_QUARTERS:
        quarter_rule(f, i)
        return True
    return False


def previous(f, i: int, low: str) -> bool:
    """ "im Vorjahr", "im Vormonat": before the publication date, or before the period named
    before (``spans.back_references``)."""
    if not (f.pub and low in PREVIOUS):
        return False
    f.add(i, i + 1, *shift(f.pub, PREVIOUS[low], -1))
    f.back.append((i, PREVIOUS[low]))
    return True


def weekday(f, i: int, low: str) -> bool:
    """ "am Montag", "Monday's by-election", "Sonntagmorgen": the last such day, or the next in
    a sentence that looks forward."""
    if not (f.pub and f.s.words[i][0].isupper()):
        return False
    wd = _weekday_of(low, f.lang)
    if wd is None:
        return False
    if hypothetical(f.s, i) or in_a_title(f.s, i):
        # "Wäre am kommenden Sonntag Bundestagswahl, ...", "Bei einer Wahl an diesem Sonntag
        # würden ...": no day of the figures; "im Auftrag der „Welt am Sonntag“": a name
        return True
    pub = f.pub
    if day_ahead(f, i):
        d = pub + dt.timedelta(days=(wd - pub.weekday()) % 7)
    else:
        d = pub - dt.timedelta(days=(pub.weekday() - wd) % 7)
        if i and f.s.lowers[i - 1] in SINCE:
            f.add(i - 1, i + 1, d, pub)  # "since Sunday", "seit Montag": up to the publication day
            return True
    f.add(i, i + 1, d, d)
    return True


def _weekday_of(low: str, lang: str):
    weekdays = WEEKDAYS[lang]
    if low in weekdays:
        return weekdays[low]
    if low[:-2] in weekdays:
        return weekdays[low[:-2]]
    return _weekday_prefix(low) if lang == "de" else None


def _weekday_prefix(low: str):
    for day, value in WEEKDAYS["de"].items():
        if low.startswith(day):
            return value
    return None


def german_ago(f, i: int, low: str) -> bool:
    """ "vor zwei Wochen", "vor einem Jahr"."""
    if not (f.pub and low == "vor" and f.lang == "de" and i + 2 < f.s.n):
        return False
    lowers = f.s.lowers
    amount = small_number(lowers[i + 1], "de")
    unit = REL_UNITS["de"].get(lowers[i + 2])
    if amount is not None and unit:
        r = shift(f.pub, unit, -amount)
        if r:
            f.add(i, i + 3, *r)
    return True


def english_ago(f, i: int, low: str) -> bool:
    """ "two years ago", "a year earlier" (the latter relative to the period named before)."""
    if not (f.lang == "en" and low in ("ago", "earlier", "before") and i >= 2 and f.pub):
        return False
    lowers = f.s.lowers
    unit = REL_UNITS["en"].get(lowers[i - 1])
    if low == "before":  # "the week before", "the month before": before the period named before
        if unit in ("week", "month", "year") and lowers[i - 2] == "the" and lowers[i - 1][-1] != "s":
            f.add(i - 2, i + 1, *shift(f.pub, unit, -1))
            f.back.append((i - 2, unit))
        return True
    amount = small_number(lowers[i - 2], "en")
    if unit and amount is not None:
        r = shift(f.pub, unit, -amount)
        if r:
            f.add(i - 2, i + 1, *r)
            if low == "earlier" and amount == 1:
                f.back.append((i - 2, unit))
    return True


def german_before(f, i: int, low: str) -> bool:
    """ "ein Jahr zuvor", "im Monat davor", "in der Woche zuvor", "zwei Jahre zuvor": before the
    period named before (one of them), else before the publication date."""
    if not (f.lang == "de" and low in _ZUVOR and i >= 1 and f.pub):
        return False
    lowers = f.s.lowers
    unit = REL_UNITS["de"].get(lowers[i - 1]) or _SEASON.get(lowers[i - 1])
    if unit not in ("year", "month", "week"):
        return True
    prev = lowers[i - 2] if i >= 2 else ""
    amount = 1 if prev in _ONE else small_number(prev, "de")
    if amount is None or (i >= 3 and lowers[i - 3] == "als"):
        return True  # "acht weniger als vier Jahre zuvor": a base, its words stay as they are
    r = shift(f.pub, unit, -amount)
    if r:
        f.add(i - 2, i + 1, *r)
        if amount == 1:
            f.back.append((i - 2, unit))
    return True


_ZUVOR = frozenset(("zuvor", "davor"))
_ONE = frozenset(("im", "in", "der", "dem", "ein", "einem", "einen", "eine", "einer", "die"))
_SEASON = {"saison": "year", "spielzeit": "year", "quartal": None}


TOKEN_RULES = (
    digits,
    calendar_week,
    month,
    month_pair,
    now,
    day_offset,
    modified_period,
    year_start,
    quarter,
    season,
    previous,
    weekday,
    german_ago,
    english_ago,
    german_before,
    past_hours,
    past_span,
    weekend,
    full_year,
    since_start,
    decade_word,
    bare_quarter,
    year_end,
)


def _words_of(rule, lang: str):
    """The words a rule is for (None: any word, the rule looks at the word's form)."""
    table = {
        month: set(MONTHS[lang]) | (POSSESSIVE_MONTHS if lang == "en" else set()),
        now: NOW[lang],
        day_offset: DAY_OFFSETS[lang],
        modified_period: set(MODIFIERS[lang]) | _ANAPHORIC[lang],
        year_start: YEAR_START | {"year"},
        quarter: set(ORDINAL_WORDS) | _ONE_WORD_QUARTERS,
        month_pair: MONTH_PAIRS[lang],
        previous: PREVIOUS,
        german_ago: ("vor",),
        english_ago: ("ago", "earlier", "before"),
        german_before: _ZUVOR,
        past_hours: ("hours", "stunden"),
        past_span: SPAN_WORDS,
        weekend: WEEKEND_WORDS,
        full_year: FULL_YEAR_WORDS,
        since_start: SINCE | STARTS,
        calendar_week: WEEK_WORDS,
        season: SEASON_WORDS,
        decade_word: DECADE_WORDS[lang],
        bare_quarter: ("quarter", "quartal"),
        year_end: YEAR_END_NOUNS | YEAR_TURN_NOUNS | {"jahres", "year"},
    }
    return None if rule not in table else frozenset(table[rule])


def _index(lang: str):
    """word -> the rules (in order) that may take it; the rules for any word under None."""
    words_of = {rule: _words_of(rule, lang) for rule in TOKEN_RULES[1:]}
    vocabulary = set().union(*(w for w in words_of.values() if w is not None))
    index = {w: tuple(r for r, ws in words_of.items() if ws is None or w in ws) for w in vocabulary}
    index[None] = tuple(r for r, ws in words_of.items() if ws is None)
    return index


_INDEX = {lang: _index(lang) for lang in ("de", "en")}


def rules_for(low: str, lang: str):
    """The rules of ``TOKEN_RULES`` that may take the word ``low``, in order (a digit: ``digits``)."""
    if low[0].isdecimal():
        return (digits,)
    index = _INDEX[lang]
    return index.get(low) or index[None]
