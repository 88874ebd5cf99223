"""A claim's period corrected by the document's dates (``assemble.py``): the day a release is
dated gives way to the paragraph's or the article's period, a poll's share takes the fieldwork
days, a monthly index's "now" its month, a change ahead ("from April") dates what the article
does not date otherwise, a change's base is the period before."""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import DATES
from ..text.clauses import clause_start
from ..time.back_refs import previous_period, year_before
from ..time.crimes import crime_period, ordered
from ..time.news import future_sentence
from ..time.owner import base_a_year_on
from ..time.reported import release_day
from ..time.reporting import account_year_named
from .ahead import (
    change_start,
    forecast_clause,
    forecast_day,
    looks_forward,
    noun_change_start,
    now_of_a_change,
    share_ahead,
    start_of_a_change_ahead,
    state_beside_a_change,
)
from .market_day import exchange_move, market


class _Ctx:
    """What the corrections of ``dated`` look at besides the claim (slots, not a NamedTuple: its
    fields are read faster, by the compiled build too, and one is made per claim)."""

    __slots__ = ("dates", "default_when", "pub", "rc", "recent", "st")

    def __init__(self, st, rc, recent, dates, default_when, pub):
        self.st, self.rc, self.recent = st, rc, recent
        self.dates, self.default_when, self.pub = dates, default_when, pub


def dated(claim, st, rc, recent, dates, default_when, pub):
    """A claim's period corrected by the document's dates: the rules of ``CORRECTIONS`` are
    asked in order; the first that answers (a period) decides."""
    if claim.when is None:
        return claim  # every correction is of a period
    ctx = _Ctx(st, rc, recent, dates, default_when, pub)
    for rule in CORRECTIONS:
        when = rule(claim, ctx)
        if when is not None:
            return claim if when is claim.when else replace(claim, when=when)
    return claim


def release_gives_way(claim, ctx):
    """ "teilte am Donnerstag mit", "police said on Tuesday": the release's day, not the
    figures'; the period the paragraph carries ("Halberg hat im dritten Quartal weniger
    verdient. Der Umsatz sank ..., wie das Unternehmen am Dienstag mitteilte."), the article's
    period, else the day of the news named before it ("Shares rose 6% on Tuesday": the day's)."""
    s, dates = ctx.st.sentence, ctx.dates
    if not release_day(claim.when, ctx.pub, s, ctx.st.cues) or (claim.kind == "percent" and market(s)):
        return None
    ahead = forecast_clause(s, ctx.rc)
    if ahead and forecast_day(claim.when, ctx.pub, s, ctx.rc):
        return None  # "2 more inches may come on Friday, forecasters said": the forecast's day
    before = _paragraph_period(ctx.recent, claim.when, ahead) or dates.reported
    if before is not None or _earlier(dates.day, claim.when, s, ctx.rc):
        return before or dates.day
    return None


def named_quarter_instead(claim, ctx):
    """ "in the quarter": the article's quarter, once one is named."""
    rep = ctx.dates.reported
    if _carried_to_trading(claim, ctx.st.sentence, ctx.rc):
        return None  # "Shares jumped 10% after it said its margin in the quarter rose": the day's
    if bare_quarter(claim.when) and _quarter_long(rep) and claim.when != rep:
        return rep
    return None


def account_year(claim, ctx):
    """ "Das Geschäftsjahr endete mit einem Überschuss von 150.000 Euro": the year of the
    accounts the article reports, over a period carried from another sentence."""
    w, s, rep = claim.when, ctx.st.sentence, ctx.dates.reported
    if w is rep or (w.span_start is not None and s.start <= w.span_start < s.end):
        return None  # the sentence's own period
    return rep if account_year_named(s, rep) else None


def trading_day(claim, ctx):
    """ "Die Aktie legte um 6,2 Prozent zu": the day's, not a period carried to it."""
    return ctx.dates.day if _carried_to_trading(claim, ctx.st.sentence, ctx.rc) else None


def current_level(claim, ctx):
    """ "from the current £1,568": the level of today, not of the change ahead."""
    if claim.when is ctx.dates.plan and claim.when is not None and _current(ctx.st.sentence, ctx.rc):
        return ctx.dates.day
    return None


def statistics_now(claim, ctx):
    """ "UK house prices rose 0.4% in February ... The average home now costs £291,000": the
    statistics' "now" is the period they are of, not the day of the news."""
    if not _now_of_statistics(claim.when, ctx.dates) or looks_forward(ctx.st.sentence, ctx.rc):
        return None
    if _accounts_year(ctx.dates.reported) and claim.kind not in _OF_ACCOUNTS:
        return None  # "The group now employs 4,200 people": a stock of today
    return ctx.dates.reported


_OF_ACCOUNTS = frozenset(("percent", "money", "ratio"))


def poll_fieldwork(claim, ctx):
    """A poll's share: the fieldwork days (also of a share about a time ahead: "Asked about 2028")."""
    if ctx.dates.fieldwork is not None and (
        share_ahead(claim, ctx.pub) or _poll_share(claim, ctx.st.sentence)
    ):
        return ctx.dates.fieldwork
    return None


def base_a_year_on_rule(claim, ctx):
    """A change dated by nothing but its base, that base a year on (decides either way)."""
    if claim.when is ctx.default_when and ctx.default_when is not None and ctx.st.periods:
        return _a_year_on(claim, ctx.st, ctx.rc, ctx.recent, ctx.pub).when
    return None


def period_before_for_a_base(claim, ctx):
    """ "eased to 0.52 per 100,000 from 0.67": the base's period is the one before; "rose to
    £1.17 billion in the year to February from £1.10 billion": the year before."""
    st = ctx.st
    if (
        claim.when is not None
        and (
            claim.when is ctx.dates.reported
            or _year_result(claim.when, st.sentence, ctx.rc)
            # "grew 6% last season. ... attendances up from 8,310 to 8,950": the season before
            or (year_long(claim.when) and not st.periods and carried_from(ctx.recent, claim.when))
        )
        and change_start(st.sentence, ctx.rc, st.figures)
    ):
        if _quarter_long(claim.when) and _year_on_year(ctx.dates.text):
            return year_before(claim.when)  # "die Marge verbesserte sich von 14,1 auf 15,3 Prozent"
        return previous_period(claim.when) or claim.when
    return None


def _year_on_year(text: str) -> bool:
    """The article compares its quarter with the one a year before ("im Vorjahresquartal")."""
    low = text.lower()
    return any(w in low for w in _YEAR_ON_YEAR)


_YEAR_ON_YEAR = tuple(DATES["year_on_year_words"])


def sum_of_the_crimes(claim, ctx):
    """A sum in a court report dated by nothing but the day of the news (the verdict's): the
    span of the offences its paragraph tells of ("Der Schaden summiert sich auf 7,4 Millionen
    Euro" after "Subventionsbetrug, begangen zwischen März 2019 und Oktober 2021")."""
    crimes = ctx.dates.crimes
    of_crimes = claim.kind == "money" or (claim.kind == "count" and claim.unit in _OFFENCE_UNITS)
    if not crimes or not of_crimes or claim.when is not ctx.dates.day or ordered(ctx.st.sentence):
        return None  # "In 38 Fällen zahlte das Land aus": the offences' span too
    return crime_period(crimes, ctx.dates.text, ctx.st.sentence)


_OFFENCE_UNITS = frozenset(("case", "burglary", "theft"))


def this_period_reported(claim, ctx):
    """ "hit or beat its plan this quarter, and revenue grew 12 percent" in the report of the
    quarter just ended: "this quarter", "dieses Quartal" in a sentence about the past is the
    quarter (month, year) the article reports, not the one under way."""
    w, rep = claim.when, ctx.dates.reported
    if rep is None or rep.end is None or w.start is None or w.end is None or rep.start is None:
        return None
    if not w.text.lower().startswith(_THIS) or rep.end >= w.start or future_sentence(ctx.st.sentence):
        return None
    same_length = abs((w.end - w.start).days - (rep.end - rep.start).days) <= 3
    return rep if same_length and not _CHANGED.isdisjoint(ctx.st.sentence.low_set) else None


_THIS = ("this ", "dieses ", "diesem ", "in diesem ")


# the corrections, in order: the first that answers decides
CORRECTIONS = (
    sum_of_the_crimes,
    state_beside_a_change,
    now_of_a_change,
    start_of_a_change_ahead,
    release_gives_way,
    named_quarter_instead,
    this_period_reported,
    account_year,
    trading_day,
    current_level,
    statistics_now,
    poll_fieldwork,
    period_before_for_a_base,
    base_a_year_on_rule,
)


def bare_quarter(w) -> bool:
    """ "in the quarter", "im Quartal": a quarter the sentence does not name."""
    return w is not None and w.text.lower() in ("the quarter", "im quartal", "quartal")


def _quarter_long(p) -> bool:
    return p is not None and p.start is not None and p.end is not None and 88 <= (p.end - p.start).days <= 92


def _carried_to_trading(claim, s, rc) -> bool:
    """A share price's change dated by a period of another sentence (a plan, the quarter) or
    of another clause ("Shares jumped 10% after it said its margin in the quarter rose")."""
    w = claim.when
    if w is None or w.span_start is None:
        return False
    if not exchange_move(s, rc) and (claim.kind != "percent" or not market(s)):
        return False
    if not s.start <= w.span_start < s.end:
        return True
    k = s.token_at(w.span_start)
    return clause_start(s, k) != clause_start(s, rc.num) or not _AFTER.isdisjoint(s.lowers[rc.num : k])


_AFTER = frozenset(("after", "nachdem", "following", "as", "when", "als"))


_CURRENT = frozenset(DATES["current_words"])


def _current(s, rc) -> bool:
    """ "the current £1,568", "den derzeitigen 1.568 Euro": a level of today, not of the plan."""
    return not _CURRENT.isdisjoint(s.lowers[max(0, rc.i0 - 2) : rc.num])


def _now_of_statistics(when, dates) -> bool:
    """A figure dated "now", "derzeit" in an article whose statistics are of a month or a
    quarter named in its lead (a monthly index's latest figure; not a plan's year, not a poll's
    fieldwork days, not a calendar year's statistics, whose "now" is the stock of today), or a
    financial year's accounts."""
    rep = dates.reported
    return (
        when is not None
        and rep is not None
        and rep is not dates.plan
        and rep is not dates.fieldwork
        and rep.start is not None
        and rep.end is not None
        and (27 <= (rep.end - rep.start).days < _QUARTER_DAYS or _accounts_year(rep))
        and when.text.lower() in _STATE_NOW
    )


def _accounts_year(rep) -> bool:
    """A financial year or a season ("the year to June 2025", "die Saison 2024/25"): a year not
    starting in January, whose "now" of a share or sum ("Castlebridge now spend 124% of turnover on
    wages") is of the accounts reported."""
    return year_long(rep) and rep.start.month != 1


_QUARTER_DAYS = 93


_STATE_NOW = frozenset(DATES["state_now"])


def _paragraph_period(recent, day, ahead=False):
    """The first period the sentences before in the paragraph carry on that began before the
    release's ``day`` (not a forecast's "Ende 2026"), if any; for a forecast's figure (``ahead``:
    "bis zu 60 Liter seien möglich, teilte der DWD am Freitag mit" after "Für das Wochenende
    kündigt der DWD Sturm an") one that begins after it."""
    if not recent or not recent[0][1]:
        return None
    return next(
        (
            x.period
            for x in recent[0][1]
            if x.period.start is not None
            and (x.period.start > day.start if ahead else x.period.start <= day.start)
        ),
        None,
    )


def carried_from(recent, when) -> bool:
    """``when`` is a period the sentences before in the paragraph carry on."""
    return bool(recent) and any(x.period is when for x in recent[0][1])


def year_long(p) -> bool:
    """A year, a fiscal year, a season: 365 or 366 days."""
    return (
        p is not None and p.start is not None and p.end is not None and (p.end - p.start).days in (364, 365)
    )


def _year_result(when, s, rc) -> bool:
    """A year's result reported ("rose", "stieg" before it), from a base with no period of its
    own ("from £1.10 billion", not "from £680 million a year earlier"), no forecast nor its
    revision just before ("cut its forecast for 2018 to 1.6% from 1.7%": both of 2018)."""
    return (
        year_long(when)
        and not when.text.lower().endswith(_BACK_ENDS)
        and "vorjahr" not in when.text.lower()
        and _REVISION.isdisjoint(s.lowers[max(0, rc.i0 - _REVISION_REACH) : rc.i0])
        and (
            not _CHANGED.isdisjoint(s.lowers[max(0, rc.i0 - _REVISION_REACH) : rc.i0])
            or noun_change_start(s, rc, ())
        )
    )


_BACK_ENDS = ("earlier", "before", "ago")
_REVISION_REACH = 16
_CHANGED = frozenset(w for words in DATES["past_markers"].values() for w in words) | frozenset(
    ("narrowed", "widened", "gewachsen", "verbessert", "verschlechtert")
)
_REVISION = frozenset(DATES["revision_words"])


def _earlier(day, when, s, rc) -> bool:
    """The day of the news, named before the sentence, lies a day or two before the day a
    figure's release is dated ("Storm Edna hit on Monday ... police said on Tuesday"); named
    anywhere and days before, for a figure of what happened ("four firefighters were injured
    ..., police said Monday" in a report of a fire on Thursday)."""
    if day is None or day.end is None or when.start is None or day.span_start is None:
        return False
    lag = (when.start - day.end).days
    if day.span_start < s.start and 0 < lag <= _RELEASE_LAG:
        return True
    return 0 < lag <= _EVENT_LAG and not _PAST_EN.isdisjoint(s.lowers[clause_start(s, rc.num) : rc.num + 4])


_RELEASE_LAG = 2
_EVENT_LAG = 6
_PAST_EN = frozenset(("were", "was", "had"))


def _a_year_on(claim, st, rc, recent, pub):
    """A change dated by nothing but its base: "rose 2.4% compared with September last year"
    (a share or a ratio; an amount with its own "im Vorjahresquartal" keeps that)."""
    w, s = claim.when, st.sentence
    if (
        claim.kind not in ("percent", "ratio")
        or (recent and recent[0][1])
        or (w.span_start is not None and s.start <= w.span_start < s.end)
    ):
        return claim  # a period carried on, or one of its own sentence
    base = base_a_year_on(st.sentence, rc, st.periods, pub)
    return claim if base is None else replace(claim, when=base)


def _poll_share(claim, s) -> bool:
    """A share in a poll's article dated by no period of its own sentence (one carried from the
    sentences before, the news day), by "now", "inzwischen", or by the day the poll was released
    ("a poll released last month", "der am Donnerstag veröffentlichten Umfrage"): the poll's, of
    its fieldwork days."""
    if claim.kind != "percent" or claim.when is None:
        return False
    w = claim.when
    if w.span_start is None or not s.start <= w.span_start < s.end:
        return True
    after = s.token_at(claim.end - 1) + 1  # "61 Prozent der Befragten": a share of the poll's
    if w.text.lower() in _NOW_WORDS or not _RESPONDENTS.isdisjoint(s.lowers[after : after + 3]):
        return True
    k = s.token_at(w.span_start)  # "a poll released last month", "am Donnerstag veröffentlichten"
    e = s.token_at(w.span_end - 1) + 1
    return not _RELEASED.isdisjoint(s.lowers[max(0, k - 2) : k]) or (e < s.n and s.lowers[e] in _RELEASED)


_RELEASED = frozenset(DATES["release_words"])
_RESPONDENTS = frozenset(("befragten", "respondents", "polled", "asked"))


def released_days(st, pub) -> tuple:
    """The days of the sentence a release is dated ("said on Tuesday", "teilte am Mittwoch mit")."""
    if not st.cues:
        return ()
    return tuple(
        x.period
        for x in st.periods
        if x.period.text.lower() not in _NOW_WORDS and release_day(x.period, pub, st.sentence, st.cues)
    )


_NOW_WORDS = frozenset(w for words in DATES["now"].values() for w in words)  # "derzeit": no release day
