"""Which figure of a sentence a period stands beside: "$900 million in the year-earlier quarter",
"38 Millionen Euro im Vorjahr" (right after the figure), "im Vorjahresquartal waren es 398.000"
(right before it, in its clause); that figure's period, whatever comparison it is part of."""

from __future__ import annotations

import re

from ..lexicon import DATES
from ..text.clauses import clause_start
from ..types import Period
from .bases import compared_object

_AFTER = frozenset(DATES["period_after_figure_links"])
_BEFORE = frozenset(DATES["period_before_figure_links"])
_BREAKS = frozenset((",", ";", ":", "(", ")", "–", "—"))


def period_owner(s, i0: int, i1: int, figs):
    """The figure (i0, i1) the period at tokens i0..i1 stands beside, or None: first one it
    follows, linked by a preposition or article only ("in the", "im"); else one it precedes in
    its clause by at most three linking words ("waren es", "were")."""
    lowers = s.lowers
    for a, b in figs:
        e = past_apposition(lowers, b, figs)  # "$190 million, or 37 cents a share, in the year-ago quarter"
        if e <= i0 <= e + 4 and all(w in _AFTER or _participle(w) for w in lowers[e:i0]):
            return a, b  # "48% at the same point last year", "the 13.9m tonnes gathered last year"
    if compared_object(lowers, i0):
        return None  # "gegenüber dem Vorjahresmonat um 3,4 Prozent": the base of the change after it
    for a, b in figs:
        if i1 <= a <= i1 + 3 and _BEFORE.issuperset(lowers[i1:a]) and not _BREAKS.intersection(lowers[i1:a]):
            return a, b
    return None


def participle_link(lowers, a: int, b: int, i0: int) -> bool:
    """ "the 13.9m tonnes gathered last year": a past participle between a figure (tokens a..b)
    and the period at i0, which dates that figure whatever else the sentence names (not a
    figure that is a participle itself: "has tripled since 2022 to 6%")."""
    between = lowers[b:i0]
    # the participle may close the figure's own words ("the 2,802 recorded in August")
    named = any(_participle(w) for w in between) or (b - 1 > a and _participle(lowers[b - 1]))
    return named and all(w in _AFTER or _participle(w) for w in between)


def _participle(w: str) -> bool:
    """ "gathered", "recorded": an English past participle after the figure, before its period."""
    return len(w) > 4 and w.endswith("ed") and w.isalpha()


_YEAR_AGO = tuple(DATES["year_ago_words"])
_PREVIOUS_YEAR = (*_YEAR_AGO, "previous year", "prior year")
_YEAR_DAYS = (364, 365)


def base_a_year_on(s, rc, periods, pub):
    """The period a year after the base a figure of a change is compared with, when its clause
    names no other: "rose 2.4% compared with September last year" (September of this year),
    "up 8% from Q3 2024" in a report of 2025; a month or a quarter, over by the publication date.
    None when no such base stands in the figure's clause."""
    seg = clause_start(s, rc.num)
    for x in periods:
        p = x.period
        if p.start is None or p.end is None or clause_start(s, x.i0) != seg:
            continue
        low, days = p.text.lower(), (p.end - p.start).days
        if days in _YEAR_DAYS and any(w in low for w in _PREVIOUS_YEAR):
            pass  # "up 3.8% on the previous year": a year's change, of the year after its base
        elif not 27 <= days <= 92 or (not any(w in low for w in _YEAR_AGO) and not _year_in(low)):
            continue
        try:
            start, end = p.start.replace(year=p.start.year + 1), p.end.replace(year=p.end.year + 1)
        except ValueError:  # 29 February
            end = p.end.replace(year=p.end.year + 1, day=28)
            start = p.start.replace(year=p.start.year + 1)
        if end <= pub and (pub - end).days <= _A_YEAR_ON_AGE:  # not "double the 3.1 million in 2012"
            return Period(start, end, p.text, p.span_start, p.span_end)
    return None


_A_YEAR_ON_AGE = 400


def _year_in(low: str) -> bool:
    return any(w.isdecimal() and len(w) == 4 for w in low.split())


# any of the words anywhere in the period's text: one search
_COMPARATIVE_RE = re.compile("|".join(map(re.escape, DATES["comparison_period_words"])))


def comparative(lowers, i0: int, text: str) -> bool:
    """ "im Vorjahr", "a year earlier", "the same quarter last year": a period figures are compared at."""
    low = text.lower()
    return _COMPARATIVE_RE.search(low) is not None or not _SAME.isdisjoint(lowers[max(0, i0 - 3) : i0])


_SAME = frozenset(("same", "gleichen", "selben", "derselben"))


def after_a_base(lowers, rc, i0: int, figs) -> bool:
    """ "rose to 4.6 percent from 4.4 percent in September": a period right after the base of a
    change is the base's, not the new value's (nor any other figure's)."""
    if i0 and lowers[i0] in _PERIOD_ARTICLES and lowers[i0 - 1] in _PERIOD_OPENERS:
        i0 -= 1  # "von 96 Millionen Euro in | der Saison 2022/23": the period's words start after "in"
    if lowers[i0] not in _PERIOD_OPENERS:
        return False  # "in September", "Ende September 2025"
    return any(
        (a, b) != (rc.i0, rc.i1)
        and a
        and apposed(lowers, a, b, figs) != (rc.i0, rc.i1)  # "from $1.2bn, or 52 cents a share, in"
        and (a < i0 <= b or _noun_between(lowers, b, i0))
        and _base_opened(lowers, a)
        for a, b in figs
    )


def _base_opened(lowers, a: int) -> bool:
    """The figure at a is a base: "from 4.4 percent", "after a 0.1% dip", "nach einem Rückgang
    um 0,1 Prozent", "up from an annual rise of 2.7%" (a few words between)."""
    if lowers[a - 1] in _FROM_BASE:
        return True
    for k in range(a - 1, max(-1, a - _BASE_REACH - 1), -1):
        if lowers[k] in _AFTER_BASE:
            return True
        if not lowers[k].isalpha():
            return False
    return False


_BASE_REACH = 5


def _noun_between(lowers, b: int, i0: int) -> bool:
    """ "a 0.1% dip in February": one word, the change's noun, between the figure and "in"."""
    return i0 == b + 1 and lowers[b].isalpha()


_FROM_BASE = frozenset(("from", "von"))
_PERIOD_ARTICLES = frozenset(("der", "dem", "the"))
_PERIOD_OPENERS = frozenset(("in", "im", "aus", "ende", "anfang", "mitte", "end", "early", "mid", "late"))
_AFTER_BASE = frozenset(("after", "following", "nach", "from"))


def bracketed_with_another(words, rc, i0: int, figs) -> bool:
    """ "fell to 13.9p (last year 14.8p)": a period in brackets with a figure of its own is
    that figure's, not one outside them."""
    br = _brackets(words, i0)
    return br is not None and not br[0] < rc.num < br[1] and any(br[0] < f0 < br[1] for f0, _f1 in figs)


def bracketed_figure(words, i0: int, i1: int) -> bool:
    """The period stands in brackets with a figure ("(last year 14.8p)"): it carries on to no
    other sentence."""
    br = _brackets(words, i0)
    return br is not None and any(w[:1].isdecimal() for w in words[br[0] + 1 : i0] + words[i1 : br[1]])


def _brackets(words, i0: int):
    """(open, close) token positions of the short brackets around token i0, or None."""
    a = i0 - 1
    while a >= max(0, i0 - 3) and words[a] != "(":
        a -= 1
    if a < max(0, i0 - 3) or words[a] != "(":
        return None
    b = i0
    while b < len(words) and b - i0 < 8 and words[b] not in (")", "("):
        b += 1
    return (a, b) if b < len(words) and words[b] == ")" else None


def previous_value(lowers, i0: int) -> bool:
    """ "nach einem Minus von 0,9 Prozent im April", "after 2.5% in March", "following a 0.3%
    rise in May", "from 3.0% in January": the period of a value before the one reported, not
    what the article reports."""
    if i0 >= 2 and lowers[i0 - 1] == "from":
        # "to 3.3% from January's 3.1%": the base of a change
        return any(w[:1].isdecimal() for w in lowers[max(0, i0 - _PREVIOUS_REACH) : i0 - 1])
    for k in range(i0 - 1, max(-1, i0 - _PREVIOUS_REACH), -1):
        if lowers[k] in _PREVIOUS_OPENERS:
            return any(w[:1].isdecimal() for w in lowers[k + 1 : i0])
        if lowers[k] in _PREVIOUS_BREAKS:
            return False
    return False


_PREVIOUS_OPENERS = frozenset(("nach", "after", "following", "from"))
_PREVIOUS_BREAKS = frozenset((",", ";", ".", "und", "and"))
_PREVIOUS_REACH = 8


_OR = frozenset(("or", "oder"))
_APPOSED_REACH = 3  # words after the apposed figure before its closing comma ("per diluted share")


def apposed(lowers, a: int, b: int, figs):
    """The figure set off by commas after the figure (a, b) as the same amount in another measure:
    "$190 million, or 37 cents a share,"; None when there is none."""
    if b + 2 >= len(lowers) or lowers[b] != "," or lowers[b + 1] not in _OR:
        return None
    for a2, b2 in figs:
        if a2 == b + 2 and b2 > a2:
            return a2, b2
    return None


def past_apposition(lowers, b: int, figs) -> int:
    """The end of the figure ending at b with its apposed figure and that one's closing comma
    ("$190 million, or 37 cents a share, | in the year-ago quarter"), else b."""
    other = apposed(lowers, 0, b, figs)
    if other is None:
        return b
    for k in range(other[1], min(len(lowers), other[1] + _APPOSED_REACH + 1)):
        if lowers[k] == ",":
            return k + 1
        if lowers[k] in _BREAKS:
            break
    return b


def as_of_period(s, rc, periods):
    """ "X reports 61,200 outages and Y 940, as of 6 a.m. on Friday", "(Stand:
    Montagabend)": a closing "as of" dates every figure before it, in whatever clause; None: no
    such period."""
    lowers = s.lowers
    for i0, _i1, p in periods:
        if i0 <= rc.num:
            continue
        a = max(0, i0 - _AS_OF_REACH)
        before = lowers[a:i0]
        if any(before[k : k + 2] == ["as", "of"] for k in range(len(before) - 1)) or "Stand" in s.words[a:i0]:
            return p
    return None


_AS_OF_REACH = 9  # "as of 6 a . m . on Friday" (tokens)
