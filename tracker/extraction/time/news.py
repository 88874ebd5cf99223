"""The day of the news (the first recent day, or few days, the lead names) and sentences that
look forward: what a figure without a period of its own falls back on."""

from __future__ import annotations

from ..lexicon import DATES, WORDS
from ..text.clauses import clause_start
from ..types import Period
from .bases import comparison_base
from .periods import find_periods

LEAD_SENTENCES = 8


NEWS_DAYS = 10


def news_day(states, lang: str, pub, text: str):
    """The day of the news, for figures that give no time of their own: the first recent day
    named in the lead ("The Council voted on Monday", "in der Nacht zum Sonntag", "Monday's
    by-election") other than the publication date itself, else the publication date (a figure
    in the news without a date is a figure of the day). A few days named as one span ("Das
    Sturmtief zog von Montag bis Mittwoch über das Land", "over the weekend") are the news's
    days alike: a storm's figures are of the whole span."""
    if pub is None:
        return None
    same_day = None
    for st in states[:LEAD_SENTENCES]:
        s, periods = st.sentence, st.periods
        if not periods and s.end - s.start < 2000:
            periods = find_periods(s, lang, pub, text)[0]
        days = [
            (i0, p)
            for i0, _i1, p in periods
            # "deutlich mehr als zum Auftakt am Montag": a base, not the news's day
            if _days_of_news(p, pub) and not comparison_base(s, i0, clause_start(s, i0))
        ]
        if len(days) > 1 and _relative_before(s.lowers, days[0][0]):
            days = days[1:]  # "the earthquake that struck on Monday rose to 126 on Wednesday"
        for _i0, p in days:
            if p.start != pub:
                return p
            same_day = same_day or p
    return same_day or Period(pub, pub, "")


def _relative_before(lowers, i0: int) -> bool:
    """A relative pronoun shortly before token i0: a day of what a noun names, not of the news."""
    return not _RELATIVE.isdisjoint(lowers[max(0, i0 - _RELATIVE_REACH) : i0])


_RELATIVE = frozenset(("that", "which", "who"))
_RELATIVE_REACH = 12


def _days_of_news(p, pub) -> bool:
    """A day, or a span of a few days, that ends in the last days before ``pub``."""
    if p.start is None or p.end is None or not 0 <= (p.end - p.start).days < _NEWS_SPAN:
        return False
    return 0 <= (pub - p.end).days <= NEWS_DAYS and p.start <= pub


_NEWS_SPAN = 6


_FUTURE = frozenset(WORDS["future_words"])


def future_sentence(s) -> bool:
    """ "The company expects revenue of ...": a sentence that looks forward; not "Analysts had
    expected a fall of 0.5%", "Ökonomen hatten mit 2,5 Prozent gerechnet" (a forecast of the
    period reported, made before it)."""
    lowers = s.lowers
    if _FUTURE.isdisjoint(s.low_set) or lowers[0] in _POLL_QUESTION:
        return False  # "Wäre am kommenden Sonntag Bundestagswahl, käme ...": the poll's figures
    past_modal = not _PAST_MODALS.isdisjoint(s.low_set)  # "mussten ... behandelt werden": a passive
    return any(
        w in _FUTURE
        and not (k and (_past_aux_before(lowers, k) or _after_figure(lowers[k - 1])))
        and not (past_modal and w == "werden")
        and not _in_relative_clause(s.words, lowers, k)
        for k, w in enumerate(lowers)
    )


def _in_relative_clause(words, lowers, k: int) -> bool:
    """Token k stands in a relative clause set off by commas inside the sentence: "Die Zahl der
    Plätze, die neu entstehen sollen, sank um 9 Prozent" (what the noun is, not when the
    figure is); the clause must close before the sentence ends."""
    a = k
    while a > 0 and words[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    if a == 0 or words[a - 1] != "," or lowers[a] not in _RELATIVE_OPENERS:
        return False
    b = k
    while b < len(words) and words[b] not in _CLAUSE_MARKS:
        b += 1
    return b < len(words) and words[b] == "," and b + 1 < len(words) and words[b + 1] not in _CLAUSE_END


_CLAUSE_MARKS = frozenset((",", ";", ":", "–", "—", "(", ")", ".", "!", "?"))
_CLAUSE_END = frozenset((".", "!", "?"))
_RELATIVE_OPENERS = frozenset(WORDS["relative_clause_openers"])


_PAST_MODALS = frozenset(("mussten", "musste", "konnten", "konnte", "durften", "durfte"))


def _past_aux_before(lowers, k: int) -> bool:
    """ "had expected", "had on average forecast": a past auxiliary just before the future word
    (two words may stand between, no clause break)."""
    for m in range(k - 1, max(-1, k - _AUX_REACH - 1), -1):
        if lowers[m] in _PAST_AUX:
            return True
        if not lowers[m].isalpha() or lowers[m] in _JOINS:
            return False
    return False


_AUX_REACH = 3
_JOINS = frozenset(("and", "but", "or", "und", "aber", "oder", "that", "dass"))


_POLL_QUESTION = frozenset(DATES["poll_question_openers"])
# "had expected", "were scheduled in the quarter": a plan or forecast of the period reported, made before it
_PAST_AUX = frozenset(("had", "hatten", "hatte", "was", "were"))


def _after_figure(prev: str) -> bool:
    """ "against 31 cents expected", "$2.79 billion forecast": the word after a figure qualifies
    it (the forecast of the period reported), no look ahead."""
    return prev[:1].isdecimal() or prev in _FIGURE_ENDS


_FIGURE_ENDS = frozenset(
    (
        "%",
        "cents",
        "cent",
        "pence",
        "p",
        "million",
        "billion",
        "bn",
        "m",
        "percent",
        "prozent",
        "euro",
        "dollars",
    )
)
