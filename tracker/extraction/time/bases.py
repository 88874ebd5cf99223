"""A figure's own period among the bases of comparison: "$75 million, or 45 cents per share, a
year earlier" (the figure restated after "or" and its "a year earlier"); a comparison in the
words of a clause before a period ("so viele wie", "mehr als")."""

from __future__ import annotations

from ..lexicon import DATES
from ..text.clauses import clause_start
from .dates import MONTHS, WEEKDAYS


def own_back(rc, i0: int, i1: int, seg: int, claim_seg: int, lowers=()) -> bool:
    """ "431 million a year earlier" (right after the figure; "45 cents per share, a year
    earlier", "$75 million, or 45 cents per share, a year earlier" too), "im Vorjahresquartal
    waren es 300" (just before it, in its clause): the figure's own period, not a base of
    comparison."""
    if rc.i1 <= i0 <= rc.i1 + 2 or (
        seg == claim_seg and 0 <= rc.i0 - i1 <= 3 and not (lowers and compared_object(lowers, i0))
    ):
        return True
    if seg == claim_seg and i0 <= seg + 1 and i1 <= rc.i0:
        return True  # "A year earlier the figures were 79,104 applications and 96,880 people"
    j = rc.i1
    if j + 1 < i0 and lowers and lowers[j] in _PER:
        j += 2  # "45 cents per share"
    if j <= i0 <= j + 2:
        return True
    # "$75 million, or 45 cents per share, a year earlier": the figure restated after "or"
    return (
        j + 2 < i0 <= j + _RESTATED_REACH
        and lowers[j] == ","
        and lowers[j + 1] in _OR
        and lowers[i0 - 1] == ","
        and "," not in lowers[j + 2 : i0 - 1]
    )


_PER = frozenset(("per", "a", "je", "pro"))
_OR = frozenset(("or", "oder", "bzw"))
_RESTATED_REACH = 9


def restated(lowers, k: int) -> bool:
    """The number at k restates the figure before it: "$86 million, or 52 cents per share"."""
    return lowers[k - 1] in _OR or (k >= 2 and lowers[k - 2] in _OR and not lowers[k - 1][:1].isalnum())


def compared_in_clause(lowers, i0: int, seg: int) -> bool:
    """A comparison in the words of the clause before the period: "doppelt so viele wie im
    Vorjahr", "twice as many as in 2024", "compared with ...", "mehr ... als im Vorjahr"; not a
    hedge ("more than 12 hours in January")."""
    if _CLAUSE_CUES.isdisjoint(lowers[max(seg, i0 - 8) : i0]):
        return False  # most clauses: no comparison word at all (one test in C)
    for k in range(max(seg, i0 - 8), i0):
        low = lowers[k]
        if low not in _CLAUSE_CUES:
            continue  # most words: no call below
        if low in _HEDGE_THAN and k + 1 < i0 and lowers[k + 1][0] in _AMOUNT_START:
            continue  # "more than 12 hours in January", "as much as €100bn by 2035": a hedge
        if _period_object(lowers, k, i0):
            continue  # "Gegenüber dem Vormonat stieg die Zahl im Januar": the base came first
        if low in _STRONG_COMPARISON or _as_as(lowers, k) or _more_than(lowers, k):
            return True
    return False


def _period_object(lowers, k: int, i0: int) -> bool:
    """The comparison word at k has a period of its own before the one at i0: "gegenüber dem
    Vormonat ... im Januar", "compared with December, ... in January"."""
    for j in range(k + 1, min(i0 - 1, k + _OBJECT_REACH)):
        low = lowers[j]
        if low.startswith(_BACK_STEMS) or low in _MONTH_WORDS:
            return True
    return False


_OBJECT_REACH = 4
_BACK_STEMS = tuple(DATES["back_period_stems"])
_MONTH_WORDS = frozenset(MONTHS["de"]) | frozenset(MONTHS["en"])


def _as_as(lowers, k: int) -> bool:
    """ "so viele wie", "as many as": token k is the "wie"/"as" of an equal comparison."""
    return lowers[k] in ("wie", "as") and (
        "so" in lowers[max(0, k - 4) : k] or "as" in lowers[max(0, k - 4) : k]
    )


def _more_than(lowers, k: int) -> bool:
    """ "mehr als", "höher als", "less than": token k is the "als"/"than" of a comparative."""
    return (
        lowers[k] in ("als", "than")
        and k > 0
        and (lowers[k - 1] in _MORE_LESS or lowers[k - 1].endswith("er"))
    )


_HEDGE_THAN = frozenset(("than", "als", "as", "wie"))
_AMOUNT_START = frozenset("0123456789$€£")


_STRONG_COMPARISON = frozenset(DATES["comparison_in_clause"])


_MORE_LESS = frozenset(DATES["comparison_more_less"])
_CLAUSE_CUES = _STRONG_COMPARISON | _HEDGE_THAN


_COMPARISON = frozenset(DATES["comparison_near"])
_AMOUNT_NOUNS_DE = frozenset(DATES["amount_nouns"])  # "die Veränderungsrate zum Vorjahresmonat"


# (lowers, {(i0, seg): answer}) of the last sentence asked about: each claim of a sentence asks
# about each of its periods (the tuple holds the token list itself, so the identity test cannot
# match another sentence's list, and it is replaced in one store)
_LAST_BASES = [((), {})]


def comparison_base(s, i0: int, seg: int) -> bool:
    """The period at token i0 is what a figure is compared with: "mehr als im Vorjahr", "up 17%
    on 2024", "mehr als im gleichen Zeitraum 2025", "compared with 61% at the 2025 election"
    (asked once per period and clause of a sentence)."""
    last, known = _LAST_BASES[0]
    if last is not s.lowers:
        known = {}
        _LAST_BASES[0] = (s.lowers, known)
    answer = known.get((i0, seg))
    if answer is None:
        answer = known[(i0, seg)] = _comparison_base(s, i0, seg)
    return answer


def _comparison_base(s, i0: int, seg: int) -> bool:
    lowers = s.lowers
    if not _COMPARISON.isdisjoint(lowers[max(0, i0 - 2) : i0 + 1]):
        return True  # a comparison word just before ("als im Vorjahr", "compared with 2024")
    if i0 >= 1 and lowers[i0 - 1] == "on" and s.words[i0][:1].isdecimal():
        return True  # "up 17% on 2024"
    if _german_base(lowers, i0):
        return True
    k = i0 - 2 if i0 >= 2 and lowers[i0 - 1] == "the" else i0 - 1
    k = _past_same_noun(lowers, k)  # "a 4% fall on the same quarter last year"
    if (
        k >= 1
        and lowers[k] in ("from", "on")
        and (_changed_before(lowers, k) or _figure_on_a_span(s, k, i0))
        and not (lowers[k] == "on" and lowers[i0] in _WEEKDAYS)
    ):
        return True  # "up 8% from Q3 2024", "up 55% on the previous week"; not "rose 6% on Tuesday"
    if _since_record(s, i0, seg):
        return True
    return _level_base(lowers, i0, seg) or compared_in_clause(lowers, i0, seg)


def _changed_before(lowers, k: int) -> bool:
    """A change just before the "from"/"on" at k: "up 8% from", "a 4% fall on"."""
    before = lowers[max(0, k - 4) : k]
    return not _CHANGED.isdisjoint(before) or (lowers[k] == "on" and not _CHANGE_NOUNS.isdisjoint(before))


def _past_same_noun(lowers, k: int) -> int:
    """The token before "the same month" (or "quarter", "period", ...) that ends at k, else k:
    "a 4% fall on | the same quarter | last year"."""
    if k >= 2 and lowers[k] in _SPAN_NOUNS and lowers[k - 1] == "same":
        k -= 2
        return k - 1 if k >= 1 and lowers[k] == "the" else k
    return k


_SPAN_NOUNS = frozenset(("month", "quarter", "period", "week", "day", "time", "half", "season"))


def _german_base(lowers, i0: int) -> bool:
    """ "lagen um 2,6 % über dem Vorjahresmonat", "die Veränderungsrate zum Vorjahresmonat", "ein
    Plus zum Vorjahr": the period compared with."""
    if i0 < 2:
        return False
    before = lowers[i0 - 1]
    return (before == "dem" and lowers[i0 - 2] in ("über", "unter")) or (
        before == "zum" and lowers[i0 - 2] in _AMOUNT_NOUNS_DE
    )


def _figure_on_a_span(s, k: int, i0: int) -> bool:
    """ "a fall of 0.7 percentage points on October to December 2024": "on" right after a figure
    and before a period that is no day ("rose 6% on March 12", "on 12 March": the day's)."""
    lowers = s.lowers
    if lowers[k] != "on" or not any(w[:1].isdecimal() for w in lowers[max(0, k - 3) : k]):
        return False
    nxt = lowers[i0 + 1] if i0 + 1 < s.n else ""
    return not lowers[i0][:1].isdecimal() and not nxt[:1].isdecimal()


def _level_base(lowers, i0: int, seg: int) -> bool:
    """ "9.2 per cent below the peak reached in June 2024", "1.4 per cent above their level of
    September 2025", "unter dem Höchststand vom Juni 2024": the level compared with."""
    j = i0
    while j > 1 and lowers[j - 1] in _YEARS_WORDS:
        j -= 1  # "dem Mittel der Jahre 2021 bis 2025", "the average of the years 2019 to 2023"
    if any(k >= 1 and lowers[k] in _LEVEL_OF and lowers[k - 1].endswith(_LEVEL_ENDS) for k in (j - 1, j - 2)):
        return True  # "etwa das Niveau des Vorjahres", "vom Vor-Corona-Niveau des Oktobers 2019"
    if _LEVEL_NOUNS.isdisjoint(lowers[max(seg, i0 - 4) : i0]):
        return False
    for k in range(max(seg, i0 - 6), i0 - 1):
        if lowers[k] in _LEVEL_POSITIONS and not _LEVEL_NOUNS.isdisjoint(lowers[k + 1 : min(i0, k + 4)]):
            return True
    return False


_LEVEL_POSITIONS = frozenset(DATES["level_base_positions"])
_YEARS_WORDS = frozenset(("the", "years", "jahre"))
_LEVEL_NOUNS = frozenset(DATES["level_base_nouns"])
_LEVEL_OF = frozenset(("des", "der", "vom", "von", "of"))
_LEVEL_ENDS = tuple(n for n in _LEVEL_NOUNS if len(n) >= 5)


_SINCE = frozenset(("since", "seit"))
_WEEKDAYS = frozenset(WEEKDAYS["en"])
_CHANGED = frozenset(
    (
        "up",
        "down",
        "higher",
        "lower",
        "rose",
        "fell",
        "increased",
        "decreased",
        "climbed",
        "dropped",
        "gained",
    )
)
# "a 4% fall on the same quarter last year" (not "a 3% rise from 1 May": the day it starts)
_CHANGE_NOUNS = frozenset(
    ("rise", "fall", "increase", "decrease", "drop", "jump", "gain", "growth", "decline")
)


def _since_record(s, i0: int, seg: int) -> bool:
    """ "the highest since 1992", "the weakest since 2022-23", "the highest total since the
    series began in 1950": the period after a record's "since" (a few words may stand between)."""
    if _SINCE.isdisjoint(s.low_set):
        return False  # most sentences: no "since" at all
    lowers = s.lowers
    for k in range(i0, max(seg, i0 - _SINCE_REACH) - 1, -1):
        if lowers[k] in _SINCE:
            return _record_base(s, k, seg)
    return False


_SINCE_REACH = 6


def _record_base(s, i0: int, seg: int) -> bool:
    """ "the highest since 1992", "so hoch wie seit 1992 nicht": a record's base (i0: "since")."""
    lowers = s.lowers
    return any(
        s.words[k][0].islower() and (lowers[k].endswith(_SUPERLATIVE) or lowers[k] in _RECORD_WORDS)
        for k in range(max(seg, i0 - 3), i0)
    )


_SUPERLATIVE = ("est", "ste", "sten", "stes", "ster")


_RECORD_WORDS = frozenset(DATES["record_words"])


def compared_object(lowers, i0: int) -> bool:
    """The period at i0 is the object of a comparison word ("gegenüber dem Vormonat", "compared
    with the previous month"), not "Zum Vergleich: 2024 waren es"."""
    for k in range(i0 - 1, max(-1, i0 - 4), -1):
        if lowers[k] in _COMPARED_WORDS:
            return True
        if lowers[k] not in _OBJECT_LINKS:
            return False
    return False


_COMPARED_WORDS = frozenset(("gegenüber", "compared", "verglichen", "than", "versus", "vs"))
_OBJECT_LINKS = frozenset(("dem", "den", "der", "with", "to", "mit", "zum", "im", "in", "the", "a"))


def when_clause(lowers, i1: int, claim_seg: int) -> bool:
    """The claim's clause opens right after the period with "als", "when": "compared with 2023,
    when revenue was €4.68 billion" (the figure of that period)."""
    return i1 <= claim_seg <= i1 + 2 and not _WHEN_OPENERS.isdisjoint(lowers[i1 : claim_seg + 1])


_WHEN_OPENERS = frozenset(("als", "when"))


def when_clause_base(s, periods, p, num: int) -> bool:
    """Period ``p`` is a base of comparison that the figure at token ``num`` has in a "when"
    clause: "Compared with 2023, when revenue was €4.68 billion" (not the article's period)."""
    seg = clause_start(s, num)
    return any(
        x.period is p and when_clause(s.lowers, x.i1, seg) and comparison_base(s, x.i0, clause_start(s, x.i0))
        for x in periods
    )
