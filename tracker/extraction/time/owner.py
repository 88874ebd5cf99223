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
        if b <= i0 <= b + 4 and _AFTER.issuperset(lowers[b:i0]):
            return a, b
    if compared_object(lowers, i0):
        return None  # "gegenüber dem Vorjahresmonat um 3,4 Prozent": the base of the change after it
    for a, b in figs:
        if i1 <= a <= i1 + 3 and _BEFORE.issuperset(lowers[i1:a]) and not _BREAKS.intersection(lowers[i1:a]):
            return a, b
    return None


_YEAR_AGO_RE = re.compile("|".join(map(re.escape, DATES["year_ago_words"])))  # anywhere in the text


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
        low = p.text.lower()
        if not 27 <= (p.end - p.start).days <= 92 or (_YEAR_AGO_RE.search(low) is None and not _year_in(low)):
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
    if lowers[i0] not in ("in", "im"):
        return False
    return any(b == i0 and a and lowers[a - 1] in _FROM_BASE and (a, b) != (rc.i0, rc.i1) for a, b in figs)


_FROM_BASE = frozenset(("from", "von"))


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
