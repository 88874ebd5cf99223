"""Dates and periods in a sentence, resolved against the publication date.

``find_periods`` returns the periods of one sentence and the token indices they use, so that
their numbers (days, years, "vor zwei Wochen") are not taken for claims.
"""

from __future__ import annotations

import re

from ..lexicon import DATES, WORDS
from ..types import Period
from .back_refs import back_references
from .compared import bracketed_year_before
from .dates import (
    DAY_OFFSETS,
    MODIFIERS,
    MONTHS,
    NOW,
    NOW_PAIRS,
    ORDINAL_WORDS,
    PREVIOUS,
    WEEKDAYS,
    month_span,
)
from .decades import DECADE_WORDS
from .month_spans import MONTH_PAIRS, month_quarters
from .of_year import part_of_year_before
from .quarters import HYPHENATED, NAMED_QUARTERS
from .ranges import DATE_PARTS, RANGE_JOIN, merge_ranges
from .recent import FULL_YEAR_WORDS, SPAN_WORDS, WEEKEND_WORDS
from .rules import POSSESSIVE_MONTHS, YEAR_START, rules_for
from .seasons import SEASON_WORDS
from .spans import (
    Found,
    first_months,
    previous_span,
    rolling,
    same_period,
)
from .year_ends import YEAR_END_NOUNS, YEAR_TURN_NOUNS, ended_account_year, stated_year_end, year_to_date

_FUTURE = frozenset(WORDS["future_words"])
_PREVIOUS_SPAN = frozenset(DATES["previous_span_words"])
_PAST = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}
# future cues that are as often nouns: a weekday in the news is a past one unless plainly future
_NOUN_LIKE_FUTURE = frozenset(("forecast", "due", "plans", "planned", "expected"))
_AUX_BEFORE_VERB = frozenset(
    ("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would")
)
# "had expected May's gain", "hatten mit ... gerechnet": a forecast of a period now over
# "had expected", and a comparison with what was expected ("stärker als erwartet", "than
# forecast", "wie erwartet"): no future
_HAD = frozenset(("had", "hatte", "hatten", "als", "than", "wie", "as"))
_WOULD = frozenset(("would", "würde", "würden"))
_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "our", "these", "those", "new"))


def _short_brackets(words, k: int) -> bool:
    """Token k closes or opens a short bracket ("Frankfurt (Oder)"), no clause break."""
    if words[k] == ")":
        return any(words[j] == "(" for j in range(max(0, k - 4), k))
    if words[k] == "(":
        return any(words[j] == ")" for j in range(k + 1, min(len(words), k + 5)))
    return False


_BREAKS = frozenset((",", ";", "–", "—", ":", "(", ")"))
_OPENER = 4  # tokens of a fronted period before its comma: "In late May,"


def _date_triggers(lang: str):
    words = (
        set(MONTHS[lang]) | set(WEEKDAYS[lang]) | NOW[lang] | set(DAY_OFFSETS[lang]) | set(MODIFIERS[lang])
    ) | set(DATES["anaphoric_modifiers"][lang])
    words |= (
        set(PREVIOUS)
        | YEAR_START
        | set(ORDINAL_WORDS)
        | {
            "vor",
            "ago",
            "earlier",
            "before",
            "zuvor",
            "davor",
            "hours",
            "stunden",
            "seit",
            "since",
            "beginning",
            "start",
            "outbreak",
            "kriegsbeginn",
            "beginn",
            "kriegsausbruch",
            "anfang",
        }
    )
    words |= (
        {p[0] for p in NOW_PAIRS[lang]}
        | set(DATES["calendar_week_words"])
        | SPAN_WORDS
        | WEEKEND_WORDS
        | FULL_YEAR_WORDS
        | SEASON_WORDS
        | DECADE_WORDS[lang]
        | {"quarter", "quartal"}
        | HYPHENATED
        | NAMED_QUARTERS.keys()
        | MONTH_PAIRS[lang]
        | YEAR_END_NOUNS
        | YEAR_TURN_NOUNS
        | {"jahres", "year"}
    )
    if lang == "en":
        words |= {d + s for d in WEEKDAYS["en"] for s in ("'s", "’s")} | POSSESSIVE_MONTHS
    if lang == "de":
        words |= {
            d + part
            for d in WEEKDAYS["de"]
            for part in ("abend", "nacht", "morgen", "mittag", "vormittag", "nachmittag")
        }
    return frozenset(words)


DATE_TRIGGERS = {lang: _date_triggers(lang) for lang in ("de", "en")}


class _Finder:
    def __init__(self, sent, language: str, published, text: str):
        self.s, self.lang, self.pub, self.text = sent, language, published, text
        self.found, self.used = [], set()
        self.back = []  # (token, unit) of "Vorjahr", "a year earlier": anchored to a named period
        self.future_at = None
        self.anchor = None  # the period named before (the sentences before)

    def _future_positions(self):
        if self.future_at is None:
            self.future_at = [k for k, w in enumerate(self.s.lowers) if w in _FUTURE]
        return self.future_at

    def future(self, i: int, strict: bool = False) -> bool:
        """A future cue in the clause of token i ("erwartet für Freitag", "will rise in April").
        ``strict``: not the words that are as often nouns ("its revenue forecast")."""
        if not self._future_positions():
            return False
        a, b = self._opened_clause(i)
        lowers = self.s.lowers
        return any(
            a <= k < b and not (strict and self._noun_use(k)) and not (k and lowers[k - 1] in _HAD)
            for k in self.future_at
        ) and (i == 0 or lowers[i - 1] != "vom")

    def _clause(self, i: int):
        """The token range of the clause around token i, between commas, colons and dashes
        (a short bracket inside it does not end it)."""
        words = self.s.words
        a = i
        while a > 0 and (words[a - 1] not in _BREAKS or _short_brackets(words, a - 1)):
            a -= 1
        b = i
        while b < self.s.n and words[b] not in _BREAKS:
            b += 1
        return a, b

    def _opened_clause(self, i: int):
        """The clause of token i; a short opener before a comma ("In May, 300 jobs will go")
        goes on with the clause after it."""
        a, b = self._clause(i)
        if a == 0 and b - a <= _OPENER and b + 1 < self.s.n and self.s.words[b] == ",":
            b = self._clause(b + 1)[1]
        return a, b

    def _past_sentence(self, i: int) -> bool:
        """A past marker in the sentence ("Im Dezember stieg die Zahl"), but after a German
        infinitive clause's comma only one in that clause or after it: the rise offered in
        "hatte angeboten, die Entgelte zum 1. Juli anzuheben" lies ahead."""
        lowers = self.s.lowers
        a, b = self._clause(i)
        if a and self.lang == "de" and any(map(_zu_infinitive, lowers[a:b])):
            lowers = lowers[a:]
        return not _PAST[self.lang].isdisjoint(lowers)

    def _ahead_open(self, i: int) -> bool:
        """A month of the next year can be meant: no past marker in the sentence, no "seit",
        "since" before it ("seit Anfang Januar" in November is this year's)."""
        return _SINCE.isdisjoint(self.s.lowers[max(0, i - 3) : i]) and not self._past_sentence(i)

    def _would(self, i: int) -> bool:
        """ "said the cap would fall by 2% in April": a future seen from the past, before the month
        in its clause (not "announced in February that it would cut")."""
        a = self._clause(i)[0]
        return not _WOULD.isdisjoint(self.s.lowers[a:i])

    def _starting(self, i: int) -> bool:
        """ "ab April", "from April" without an end: a change that takes effect, in the future."""
        lowers = self.s.lowers
        if i and lowers[i - 1] == "zum":  # "Preissenkungen zum 1. Januar angekündigt"
            return _PAST[self.lang].isdisjoint(self.s.low_set)
        if not i or lowers[i - 1] not in ("ab", "from"):
            return False
        k = i + 1
        while k < self.s.n and (lowers[k] in DATE_PARTS or lowers[k] in MONTHS[self.lang]):
            k += 1  # past the date's own words: "from Sept. 25", "from 2 February to 2 April"
        nxt = lowers[k] if k < self.s.n else ""
        if nxt in RANGE_JOIN or nxt[:1].isdecimal():
            return False
        a = i
        while a > 0 and lowers[a - 1] not in _BREAKS:
            a -= 1
        return _PAST[self.lang].isdisjoint(lowers[a:i])  # "had paid a 2.5% rise from 1 April": past

    def _noun_use(self, k: int) -> bool:
        """ "its revenue forecast" (a noun), not "is forecast to", "has forecast a ..." (a verb)."""
        lowers = self.s.lowers
        if lowers[k] not in _NOUN_LIKE_FUTURE:
            return False
        prev = lowers[k - 1] if k else ""
        nxt = lowers[k + 1] if k + 1 < self.s.n else ""
        if prev.endswith(("'s", "’s")) or prev in _DETERMINERS:
            return True  # "the government's plans to overhaul": a noun all the same
        return prev not in _AUX_BEFORE_VERB and nxt not in ("to", "that")

    def add(self, i0: int, i1: int, start, end) -> None:
        s = self.s
        if not self.used.isdisjoint(range(i0, i1)):
            return
        a, b = s.starts[i0], s.ends[i1 - 1]
        self.found.append(Found(i0, i1, Period(start, end, self.text[a:b], a, b)))
        self.used.update(range(i0, i1))

    def month_year(self, month: int, year, i: int = 0):
        if year is None:
            if self.pub is None:
                return None
            if self.future(i, strict=True) or self._starting(i) or self._would(i):
                year = self.pub.year if month >= self.pub.month else self.pub.year + 1
            elif month > self.pub.month and self._past_sentence(i):
                year = self.pub.year - 1  # "Im Dezember stieg die Zahl" in a February article
            elif month < self.pub.month and (month - self.pub.month) % 12 < 3 and self._ahead_open(i):
                year = self.pub.year + 1  # "zählt für Januar 97 Erhöhungen" in November: the coming one
            else:
                year = self.pub.year if month - self.pub.month < 3 else self.pub.year - 1
        return month_span(year, month)


_SINCE = frozenset(("seit", "since"))


def _zu_infinitive(low: str) -> bool:
    """ "zu", "anzuheben", "aufzustocken": the mark of a German infinitive clause."""
    return low == "zu" or (len(low) > 7 and low.endswith("en") and "zu" in low[2:-4])


def find_periods(sent, language: str, published, text: str, marked=None, anchor=None):
    """Return ([Found(first_token, end_token, Period)], used_token_indices). ``marked``: token
    indices that hold all date triggers and digits (from an earlier pass), or None; ``anchor``:
    the period the sentences before named, for "im Vormonat", "a year earlier"."""
    lowers = sent.lowers
    trig = DATE_TRIGGERS[language]
    pairs = enumerate(lowers) if marked is None else zip(marked, map(lowers.__getitem__, marked), strict=True)
    # digits that can be a day, a year or a dd.mm.yyyy date; "12.000" and "1,2" cannot
    candidates = [
        k for k, low in pairs if low in trig or (low[0] in _DIGITS and (len(low) <= 4 or low.count(".") == 2))
    ]
    if not candidates:
        return [], set()
    f = _Finder(sent, language, published, text)
    f.anchor = anchor
    for i in candidates:
        low = lowers[i]
        for rule in rules_for(low, language):  # TOKEN_RULES, the ones for this word
            if rule(f, i, low):
                break  # the first rule whose words these are decides
    if language == "en" and published:
        _now_pairs(f)
    _spans(f, anchor)
    f.found.sort(key=lambda x: x.i0)
    found = merge_ranges(f)
    if found and 0 <= found[0].period.span_start - sent.start < _DATELINE_REACH:
        found = _without_dateline(sent, text, found)
    return found, f.used


# a dateline opening a report: "BERLIN, 17. April (dpa) -", "LONDON, April 17 (Reuters) -",
# "Berlin (dpa) -", "WASHINGTON (AP) —", "NEW YORK, May 2 —", "Nürnberg, 3. März -"
_PLACE = r"[A-ZÄÖÜ][\w.’'-]*(?:[ /-][A-ZÄÖÜ][\w.’'-]*){0,3}"
_CAPS_PLACE = r"[A-ZÄÖÜ]{2,}(?:[ /-][A-ZÄÖÜ]{2,}){0,3}"
_DAY = r"(?:,\s*[\w. ]{1,20}?){0,2}"  # "AUSTIN, Texas, April 23 (Reuters) -": a state before the day
_TOWN = r"[A-ZÄÖÜ][a-zäöüß]+(?:/[A-ZÄÖÜ][\w]+)?"  # "Nürnberg -", "Frankfurt/Main -"
DATELINE_RE = re.compile(
    rf"\s*(?:{_PLACE}{_DAY}\s*\([^()\n]{{1,30}}\)|{_CAPS_PLACE}{_DAY}|{_TOWN}{_DAY})\s+[-–—]\s"
)
_DATELINE_REACH = 40


def _has_dash(head: str) -> bool:
    return "-" in head or "–" in head or "—" in head


def dateline_end(sent, text: str):
    """The offset where the dateline that opens sentence ``sent`` ends, or None."""
    end = min(sent.end, sent.start + 90)
    if not _has_dash(text[sent.start : end]):
        return None  # a dateline ends with a dash: a cheap test before the slow regex
    m = DATELINE_RE.match(text, sent.start, end)
    return m.end() if m else None


def _without_dateline(sent, text: str, found):
    """A dateline dates the report, not the figures of the body: its day is no period of the
    sentence (its tokens stay used, no figure)."""
    end = dateline_end(sent, text)
    if end is None:
        return found
    return [x for x in found if not 0 <= x.period.span_start < end]


def _spans(f, anchor) -> None:
    """Statistics' periods (``spans.py``): year to date, first months, rolling spans, the same
    period a year before, and relative periods anchored to the period named before."""
    flat = f.s.text_lower
    if "month" in flat or "monat" in flat:
        first_months(f)
        if not f.found and not _PREVIOUS_SPAN.isdisjoint(f.s.low_set):
            previous_span(f, anchor)  # "from 5.5% in the previous three months", no other period
    if not f.found:
        return
    if "bis ende" in flat or "by the end" in flat:
        year_to_date(f)
    if (f.lang == "en" and (" to " in flat or " end" in flat or "through" in flat or "which" in flat)) or (
        f.lang == "de" and "woche" in flat and " bis " in flat
    ):
        rolling(f)  # "the year to June", "in der Woche bis zum 10. Mai"
    if not _PREVIOUS_SPAN.isdisjoint(f.s.low_set):
        previous_span(f, anchor)  # "in den vorangegangenen zwei Jahren" (tokens taken are kept)
    if "quart" in flat:
        month_quarters(f)  # "the September quarter"
    if "/" in flat and len(f.found) > 1:
        stated_year_end(f)
    ended_account_year(f)  # "im Ende September abgelaufenen Geschäftsjahr"
    if "same" in flat or "zeitraum" in flat:
        same_period(f)
    bracketed_year_before(f)  # "(last year 14.8p)": the same period a year before
    if f.back:
        part_of_year_before(f, anchor)  # "im Dezember des Vorjahres": one period
        back_references(f, anchor)


_NOW_FIRST = {p[0] for p in NOW_PAIRS["en"]}


_DIGITS = frozenset("0123456789")


def _now_pairs(f) -> None:
    s = f.s
    if _NOW_FIRST.isdisjoint(s.low_set):
        return  # most sentences: no first word of a pair (one test in C)
    for i in [k for k, low in enumerate(s.lowers[:-1]) if low in _NOW_FIRST]:
        if (s.lowers[i], s.lowers[i + 1]) in NOW_PAIRS["en"]:
            f.add(i, i + 2, f.pub, f.pub)
