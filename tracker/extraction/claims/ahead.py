"""Corrections of ``dated.CORRECTIONS`` for an article of a change ahead (``time/purpose.py``'s
plan: "bills will rise by 3% on 1 July", "Preissenkungen zum 1. Januar"): the prices and
shares of the change are of the day it takes effect, but what the article counts of today is
not ("The cap covers about 27 million households")."""

from __future__ import annotations

from ..lexicon import DATES, WORDS
from ..text.clauses import clause_end, clause_start
from ..time.news import future_sentence

_FUTURE_WORDS = frozenset(WORDS["future_words"]) | frozenset(("would", "würde", "würden"))
_STATES = frozenset(("count", "other"))
_PAST = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}
_REVISION = frozenset(DATES["revision_words"])
_SHORT_DAYS = 31
_AMOUNT_NOUNS = frozenset(DATES["amount_nouns"])
_PER = frozenset(("a", "per", "pro", "im", "je"))
# a forecast revised ("cut its growth forecast for next year to 1.4% from 1.9%"): the old
# forecast of the same period, not today's level (the modal and expectation words do not revise)
_REVISED = frozenset(DATES["forecast_revision_words"])


def state_beside_a_change(claim, ctx):
    """A count or measure dated by nothing but a change ahead of a month or less, in a clause
    that does not look forward: the day of the news."""
    plan, w = ctx.dates.plan, claim.when
    if plan is None or w is not plan or w is not ctx.default_when or claim.kind not in _STATES:
        return None
    if plan.start is None or plan.end is None or (plan.end - plan.start).days > _SHORT_DAYS:
        return None  # a budget's year: its figures are the year's
    return None if looks_forward(ctx.st.sentence, ctx.rc) else ctx.dates.day


def now_of_a_change(claim, ctx):
    """ "wollen bislang 134 Versorger ihre Preise um 4,2 Prozent senken": a price or share of a
    clause that looks forward, dated by "bislang", "now", is of the change ahead."""
    plan, w = ctx.dates.plan, claim.when
    if plan is None or plan.start is None or ctx.pub is None or plan.start <= ctx.pub:
        return None
    if w.text.lower() not in _NOW:
        return None
    s = ctx.st.sentence
    if claim.kind in _PRICES and looks_forward(s, ctx.rc):
        return plan
    return plan if _announced_change(claim, s, w) else None


def _announced_change(claim, s, w) -> bool:
    """ "23 Versorger hätten Aufschläge angekündigt", "ein Rückgang von 3,9 Prozent" after
    "bislang" of the sentence before: a price, share or count of the change announced, its "now"
    carried from another sentence (not "bislang 134 Versorger": how many have so far)."""
    if _ANNOUNCED.isdisjoint(s.low_set) or claim.kind not in _ANNOUNCED_KINDS:
        return False
    return claim.kind != "count" or w.span_start is None or not s.start <= w.span_start < s.end


_ANNOUNCED = frozenset(DATES["changes_announced"])
_ANNOUNCED_KINDS = frozenset(("money", "percent", "count"))


_PRICES = frozenset(("money", "percent"))
_NOW = frozenset(w for words in DATES["now"].values() for w in words) | frozenset(DATES["state_now"])


def forecast_clause(s, rc) -> bool:
    """The figure's clause looks forward or names a possibility ("möglich", "likely")."""
    return looks_forward(s, rc) or not _POSSIBLE.isdisjoint(
        s.lowers[clause_start(s, rc.num) : clause_end(s, rc.num)]
    )


_POSSIBLE = frozenset(DATES["modal_ahead_words"]) - frozenset(("may",))


def looks_forward(s, rc) -> bool:
    """The sentence looks forward in the figure's clause (not "... - a figure that will come
    under scrutiny" after it)."""
    if not future_sentence(s) and "would" not in s.low_set:
        return False
    return not _FUTURE_WORDS.isdisjoint(s.lowers[clause_start(s, rc.num) : clause_end(s, rc.num)])


def past_of_a_change_ahead(s, plan, doc) -> bool:
    """A sentence in the past in an article of a change ahead ("Bills will rise from April"), not
    a forecast made before ("Analysts had forecast a rise of £49": of the change too)."""
    pub = doc.published
    return (
        pub is not None
        and plan.start is not None
        and plan.start > pub
        and any(
            w in _PAST[doc.language] and not (k and s.lowers[k - 1] in _WHICH) for k, w in enumerate(s.lowers)
        )
        and _REVISION.isdisjoint(s.low_set)
    )


_WHICH = frozenset(("which", "who"))  # "cheaper than the cap last year, which was set at": the base's past


def change_start(s, rc, raw) -> bool:
    """The figure a change starts from, after the figure it reached ("to 0.52 from 0.67") or
    before it ("from £1,758 to £1,830", "von 52 auf 58 Euro")."""
    lowers = s.lowers
    if noun_change_start(s, rc, raw):
        return True
    if rc.i0 < 1 or lowers[rc.i0 - 1] not in ("from", "von"):
        return False
    if rc.i0 >= 2 and lowers[rc.i0 - 2] in _AMOUNT_NOUNS:
        return False  # "auf 6.170, ein Plus von 8,3 Prozent": the change itself
    if any(r.i1 <= rc.i0 and lowers[r.i0 - 1] in ("to", "auf") for r in raw if r.i0 >= 1):
        return True
    j = rc.i1 + 2 if rc.i1 + 2 < len(lowers) and lowers[rc.i1] in _PER else rc.i1  # "£1,758 a year to"
    return j < len(lowers) and lowers[j] in ("to", "auf") and any(r.i0 == j + 1 for r in raw)


def noun_change_start(s, rc, raw) -> bool:
    """ "einen Rückgang von 4,0 auf 3,6 Tage": after a noun of change, a bare number after "von"
    with a figure after "auf" is the level the change starts from ("ein Plus von 8,3 Prozent auf
    6.170" is the change itself: its figure has its own unit)."""
    lowers = s.lowers
    k = rc.num - 1  # "von" right before the number, or before one adverb ("von durchschnittlich 4,0")
    if k > 0 and lowers[k] != "von" and lowers[k].isalpha() and lowers[k] == s.words[k]:
        k -= 1
    if k < 1 or lowers[k] != "von" or lowers[k - 1] not in _AMOUNT_NOUNS:
        return False
    j = rc.i1
    if not (j == rc.num + 1 and j + 1 < len(lowers) and lowers[j] == "auf"):
        return False
    return lowers[j + 1][:1].isdecimal() or any(r.i0 == j + 1 for r in raw)


def start_of_a_change_ahead(claim, ctx):
    """ "the cap will rise from £1,758 to £1,812" (from April), "der im kommenden Jahr von 55 auf
    65 Euro steige": the figure a change ahead starts from is the level of today, the day of the
    news (not when its own period stands right after it: "from 3.5% in 2027 to ...")."""
    w, s, rc = claim.when, ctx.st.sentence, ctx.rc
    if w is None or w.start is None or ctx.pub is None or w.start <= ctx.pub or ctx.dates.day is None:
        return None
    if s.start <= w.span_start < s.end and rc.i1 <= s.token_at(w.span_start) <= rc.i1 + 2:
        return None
    if not _REVISED.isdisjoint(s.low_set):
        return None
    return ctx.dates.day if change_start(s, rc, ctx.st.figures) else None


def share_ahead(claim, pub) -> bool:
    """A share whose period starts after the day of the news ("Asked about 2028, 50 percent
    favour X"): in a poll's article, a share of the fieldwork about a time ahead."""
    w = claim.when
    return (
        claim.kind == "percent"
        and pub is not None
        and w is not None
        and w.start is not None
        and w.start > pub
    )


def forecast_day(when, pub, s, rc) -> bool:
    """Today or a day ahead named in the figure's own clause of a forecast, not in the release's
    ("möglich, teilte der Wetterdienst am Freitag mit": the release's)."""
    if pub is None or when.start is None or when.start < pub or when.span_start is None:
        return False
    if not s.start <= when.span_start < s.end:
        return False
    return clause_start(s, s.token_at(when.span_start)) == clause_start(s, rc.num)
