"""Seasons as periods: "im Sommer", "this winter", "in der Wintersaison", "last spring"
(their months in ``lexicon/dates.json``, "seasons")."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .dates import MODIFIERS, month_span
from .days import year_of

SEASONS = {lang: {w: tuple(m) for w, m in table.items()} for lang, table in DATES["seasons"].items()}
SEASON_WORDS = frozenset(w for table in SEASONS.values() for w in table)
_CONDITIONAL = frozenset(DATES["conditional_openers"])
_PAST = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}
_LEADS = {lang: frozenset(words) for lang, words in DATES["season_leads"].items()}


def season(f, i: int, low: str) -> bool:
    """A season after a preposition or a modifier ("im Sommer", "this winter", "vergangenen
    Winter"): the last one begun by the publication date (in a sentence that looks forward the
    one under way, else the next; after "next", "kommenden" the next; the one before after
    "last", "vergangenen")."""
    months = SEASONS[f.lang].get(low)
    if months is None or f.pub is None or not i:
        return False
    s = f.s
    prev = s.lowers[i - 1]
    if prev not in _LEADS[f.lang] and prev not in MODIFIERS[f.lang]:
        return False
    if low == "fall" and prev not in MODIFIERS[f.lang]:
        return False  # "last fall", "this fall"; not "the fall in prices"
    if i + 1 < s.n and year_of(s.words[i + 1]):
        return False  # "Wintersaison 2024/25", "summer 2025": the year's rules
    if s.lowers[0] in _CONDITIONAL and "," not in s.words[1:i]:
        return True  # "Sollte die Steuerschätzung im Herbst günstig ausfallen, ...": no figure's
    shift = MODIFIERS[f.lang].get(prev, 0)
    start, end = _last_begun(f.pub, months)
    if not shift and (f.future(i, strict=True) or _soon(f, months[0])) and end < f.pub:
        shift = 1  # "rechnet für die Sommersaison" in May: the season under way, else the next
    if shift < 0 and end >= f.pub:
        start, end = _years_back(start, end)
    elif shift > 0:
        start, end = _years_on(start, end)
    f.add(i - 1, i + 1, start, end)
    return True


def _soon(f, first: int) -> bool:
    """A season that begins within the next three months, in a sentence not in the past: this
    year's ("die Steuerschätzung im Herbst" in July)."""
    ahead = (first - f.pub.month) % 12
    return 0 < ahead < 3 and _PAST[f.lang].isdisjoint(f.s.low_set)


def _last_begun(pub, months):
    """The season of ``months`` (first, last) that began last by ``pub``."""
    first, last = months
    year = pub.year if pub.month >= first else pub.year - 1
    end_year = year if last >= first else year + 1
    return dt.date(year, first, 1), month_span(end_year, last)[1]


def _years_back(start, end):
    return start.replace(year=start.year - 1), month_span(end.year - 1, end.month)[1]


def _years_on(start, end):
    return start.replace(year=start.year + 1), month_span(end.year + 1, end.month)[1]
