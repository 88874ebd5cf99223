"""The period an article's statistics are of (``reported_period``): the period of the first
figure of its lead, or of an opening sentence of a change without figures; and the day a release
is dated (``release_day``), which is not the figures' period."""

from __future__ import annotations

from ..claims.filters import TIME_UNITS
from ..lexicon import DATES
from ..text.clauses import clause_start
from .bases import when_clause_base
from .lead import account_span, looks_forward, reported_week, statistics_span
from .news import LEAD_SENTENCES, NEWS_DAYS
from .periods import find_periods
from .purpose import plan_period
from .when import carried_periods, claim_period, deadline_period

_CHANGES = frozenset(("percent", "ratio"))
# comparison words of a clause ("mehr als", "compared with"), as in ``compared_in_clause``
_CLAUSE_CUES = frozenset(DATES["comparison_in_clause"]) | frozenset(("than", "als", "as", "wie"))


def _lead_period(st, n: int, lang: str, pub, text: str):
    """The statistics period an opening sentence without figures names ("Kessler hat im ersten
    Quartal mehr verdient", "Consumer prices rose in March"): a sentence of a change or of a
    reporting span ("im ersten Halbjahr so oft gefehlt wie nie"), one of the first after the
    headline; a month or longer, over and of the last year or so; else None."""
    s = st.sentence
    if n > _LEAD_PERIOD_SENTENCES or (n == 0 and _headline(s)) or s.end - s.start > 400:
        return None
    if looks_forward(s.lowers):
        return None
    periods = st.periods or find_periods(s, lang, pub, text)[0]
    for x in carried_periods(s, periods):  # no base of comparison ("weniger als vor einem Jahr")
        p = x.period
        if p.start is None or p.end is None:
            continue
        if statistics_span(p, pub):
            return p
    return None


_LEAD_PERIOD_SENTENCES = 2
_REPORT_SPANS = ("halbjahr", "quartal", "quarter", "first half", "second half")
_CHANGE_VERBS = frozenset(DATES["change_verbs"])


def reported_period(states, pub, lang=None, text=""):
    """The period an article's statistics are of: the period of its first figure (in the lead)
    when that is a month or longer, over by the publication date and of the last year or so
    ("im ersten Halbjahr", "in 2015", "the 2009/10 season"); else None (news of a day). A
    headline, or a rate or change without a period ("Crime up 9%", "rose by almost a tenth"),
    leaves it to the next figure, even beside the day a release is dated ("posted a 28% rise in
    quarterly profit on Thursday"), but not to a change's base ("up 2.5 points since December")."""
    if pub is None:
        return None
    released = False
    for n in range(min(len(states), LEAD_SENTENCES)):
        found, released = _lead_sentence(states, n, pub, lang, text, released)
        if found is not _NEXT:
            return found
    return None


_NEXT = object()  # the lead sentence leaves the article's period to the next one


def _lead_sentence(states, n: int, pub, lang, text, released: bool):
    """What lead sentence n says of the article's period: (the period, None, or ``_NEXT``;
    whether a release's day has been named before the period)."""
    st = states[n]
    if not st.figures:
        p = _lead_period(st, n, lang, pub, text) if lang else None
        return (_NEXT if p is None else p), released  # "Die Zahl der Arbeitslosen ist im März gesunken."
    if _passed_over(st, pub):
        return _NEXT, released  # a forecast, a span of years ("Seit zehn Jahren"): the period comes next
    if not st.periods:
        return (_NEXT if _period_comes_next(states, n, lang, pub, text) else None), released
    p = _first_figure_period(st, pub)
    if release_day(p, pub, st.sentence, st.cues) and all(rc.kind in _CHANGES for rc in st.figures):
        return _NEXT, True  # "reported a 14% rise in quarterly profit on Thursday": its period comes next
    return _figure_period(st, p, pub, released), released


def _figure_period(st, p, pub, released: bool):
    """The period of a lead sentence's first figure as the article's period, None, or ``_NEXT``."""
    if p is None or p.start is None or p.end is None:
        return None
    if released and p.text[:5].lower() in _SINCE_TEXT:
        return None  # "up 2.5 points since December" after the release: a change's base
    if _long_since(st, p, pub):
        return _NEXT  # "haben sich seit der Spielzeit 2016/17 fast verdoppelt": the period comes next
    if statistics_span(p, pub) or reported_week(st.sentence, p, pub) or account_span(p, pub):
        return p
    return None


def _passed_over(st, pub) -> bool:
    """A lead sentence whose figures are not of the article's statistics: a forecast for a period
    ahead or none ("expects profit of around £1.15 billion in the year to February 2027", not a
    budget's year, which ``plan_period`` finds), or durations only ("Seit zehn Jahren stürmt die
    Bundesliga nun vorwärts"); the results come next ("profit rose 6.4% in the year to February
    28")."""
    if all(rc.unit in TIME_UNITS and rc.kind in _DURATION_KINDS for rc in st.figures):
        return not any(_spans_statistics(x.period, pub) for x in st.periods)
    if not looks_forward(st.sentence.lowers):
        return False
    if any(x.period.end is not None and x.period.end <= pub for x in st.periods):
        return False  # a look forward beside a period over: "... rose in 2025 and is expected to ..."
    return plan_period([st], pub) is None


_DURATION_KINDS = frozenset(("other", "count"))


def _spans_statistics(p, pub) -> bool:
    return p.start is not None and p.end is not None and statistics_span(p, pub)


def _long_since(st, p, pub) -> bool:
    """A lead of changes only, over the years since a period long past ("Die Erlöse haben sich
    seit 2016 fast verdoppelt", "has tripled since 2015"): the start of the change, not the
    period of the article's statistics, which the next figure names."""
    if (
        p is None
        or p.span_start is None
        or p.start is None
        or not all(rc.kind in _CHANGES for rc in st.figures)
    ):
        return False
    s = st.sentence
    if not s.start <= p.span_start < s.end or (pub - p.start).days <= _STATISTICS_AGE_DAYS:
        return False
    k = s.token_at(p.span_start)
    return p.text[:5].lower() in _SINCE_TEXT or (k > 0 and s.lowers[k - 1] in _SINCE_WORDS)


_SINCE_WORDS = frozenset(("seit", "since"))
_STATISTICS_AGE_DAYS = 400


def _period_comes_next(states, n: int, lang, pub, text) -> bool:
    """Undated figures of the lead whose period comes next: a headline's, a rate's or a change's
    ("Crime up 9%", "rose by almost a tenth"), or those of a lead whose next sentence names the
    span ("seized £1.2m in a two-month operation. It ran from 2 February to 2 April.")."""
    st = states[n]
    if (n == 0 and _headline(st.sentence)) or all(rc.kind in _CHANGES for rc in st.figures):
        return True
    return n <= _LEAD_PERIOD_SENTENCES and _dated_next(states, n, lang, pub, text)


def _dated_next(states, n: int, lang, pub, text) -> bool:
    """The sentence after the lead's undated figures names the statistics period without figures
    of its own ("Operation Larkspur ran from 2 February to 2 April."), or an account's span beside
    its figures ("... between April 2019 and March 2024"; the next round looks at them)."""
    nxt = states[n + 1] if n + 1 < len(states) else None
    if nxt is None:
        return False
    if nxt.figures:
        return any(account_span(x.period, pub) for x in nxt.periods if x.period.start and x.period.end)
    return _lead_period(nxt, n + 1, lang, pub, text) is not None


def _first_figure_period(st, pub):
    """The period of the first figure of the sentence that has one ("Die 36 Clubs der Bundesliga
    und 2. Bundesliga haben in der Saison 2024/25 ... umgesetzt": the season); not that of a
    figure the first is compared with."""
    lowers = st.sentence.lowers
    first = st.figures[0]
    many = len(st.figures) > 1  # "sank auf 9.000 (Vorjahr: 11.277)": the bracket's period is the other's
    nums = [r.num for r in st.figures] if many else ()
    figs = [(r.i0, r.i1) for r in st.figures] if many else ()
    # "reported third-quarter revenue of $2bn on Thursday": the day of the release ranks last
    released = tuple(x.period for x in st.periods if release_day(x.period, pub, st.sentence, st.cues))
    for n, rc in enumerate(st.figures[:_FIRST_FIGURES]):
        if n and not _CLAUSE_CUES.isdisjoint(lowers[first.i1 : rc.i0]):
            return None  # "grew 2.1%, less than last year's 3.4%": the later figure is a base
        p = claim_period(st.sentence, rc, st.periods, nums, released, figs)
        if p is not None and when_clause_base(st.sentence, st.periods, p, rc.num):
            return None  # "Compared with 2023, when revenue was €4.68 billion, ...": a base's
        if p is not None and deadline_period(st.sentence, p):
            return None  # "a mandate until the autumn in a ballot of 32,000 members": no statistics
        if p is not None:
            # a later figure's "a year earlier", "im Vorjahreszeitraum": a base, not the article's
            return p if n == 0 or not _back_words(p.text) else None
    return None


def _back_words(text: str) -> bool:
    low = text.lower()
    return low.endswith(("earlier", "before", "ago")) or "vorjahr" in low or "vormonat" in low


_FIRST_FIGURES = 3
_SINCE_TEXT = frozenset(("since", "seit "))


def _headline(s) -> bool:
    """The first sentence is a headline: a line of its own without a full stop."""
    words = s.words
    return bool(words) and words[-1] not in (".", "!", "?", "…")


def release_day(p, pub, s, cues) -> bool:
    """A day of the last days named beside a cue of the sentence ("teilte am Donnerstag mit",
    "said on Friday") or after it in its clause ("reported a 14% rise in quarterly profit on
    Thursday"): the day the figures were released, not their period."""
    if not cues or p is None or p.start is None or p.start != p.end or pub is None or p.span_end is None:
        return False
    if not (0 <= (pub - p.start).days <= NEWS_DAYS and s.start <= p.span_start < s.end):
        return False  # a day of the last days, named in this sentence
    k0, k1 = s.token_at(p.span_start), s.token_at(p.span_end - 1) + 1
    seg = None
    for c in cues:
        if c.kind != "verb" or (c.i0 and s.lowers[c.i0 - 1] == "had"):
            continue  # "said it had told 90 pupils to stay at home on Tuesday": reported, no release
        if c.i0 - _CUE_REACH <= k1 and k0 <= c.i1 + _CUE_REACH:
            return True
        if c.i1 <= k0 and not _reported_verb(s.lowers, c.i1, k0):
            # "reported a 14% rise in quarterly profit on Thursday": in the verb's clause
            seg = clause_start(s, k0) if seg is None else seg
            if clause_start(s, c.i0) == seg:
                return True
    return False


def _reported_verb(lowers, i: int, k0: int) -> bool:
    """ "said detectives arrested the suspect on Saturday", "said it had rescued 40 people on
    Monday": a past verb of the reported clause stands between the cue and the day, whose day
    it is, not the release's."""
    return any(
        w in _PAST_VERBS or (w.endswith("ed") and len(w) > 4 and lowers[k - 1] not in _BEFORE_ADJECTIVE)
        for k, w in enumerate(lowers[i:k0], i)
        if k > i
    )


_PAST_VERBS = frozenset(DATES["past_markers"]["en"])
_BEFORE_ADJECTIVE = frozenset(("a", "an", "the", "its", "their", "his", "her", "of", "in", "more", "most"))


_CUE_REACH = 3
