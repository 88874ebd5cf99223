"""Periods a figure is for: "330 Millionen Euro für das kommende Jahr", "revenue of $4bn for the
first quarter", "den Bundeshaushalt 2027" (rather than the day it was announced)."""

from __future__ import annotations

from ..lexicon import DATES

_FOR = frozenset(("für", "for"))


_FOR_ARTICLES = frozenset(("das", "den", "die", "the", "this", "dieses", "diesen"))


def purpose(lowers, i0: int) -> bool:
    """A period the figure is for: "330 Millionen Euro für das kommende Jahr", "revenue of $4bn
    for the first quarter" (rather than the day it was announced)."""
    if i0 >= 1 and lowers[i0 - 1] in _FOR:
        return True
    return i0 >= 2 and lowers[i0 - 1] in _FOR_ARTICLES and lowers[i0 - 2] in _FOR


_PLANS = ("haushalt", "haushalts", "etat", "budget", "haushaltsentwurf", "wirtschaftsplan", "spending")


def plan_year(lowers, i0: int) -> bool:
    """A year right after a budget noun: "den Bundeshaushalt 2027", "the 2026 budget"."""
    if i0 >= 1 and lowers[i0 - 1].endswith(_PLANS):
        return True
    return i0 + 1 < len(lowers) and lowers[i0 + 1].endswith(_PLANS) and lowers[i0][:1].isdecimal()


_PLAN_SENTENCES = 3


def plan_period(states, pub):
    """The year a budget in the lead is for ("den Entwurf für den Landeshaushalt 2027", "the
    borough's budget for the 2026/27 financial year"): the period of the figures of the article
    that name none, rather than the day the plan was presented. A year or longer, not over by
    the publication date and starting within two years of it; else None."""
    if pub is None:
        return None
    for st in states[:_PLAN_SENTENCES]:
        lowers = st.sentence.lowers
        for x in st.periods:
            p = x.period
            if _taking_effect(p, pub) or (_effect_day(lowers, x.i0, p.text) and _soon(p, pub)):
                return p  # "Energy bills to rise 4.1% from April": a change from a day ahead
            if p.start is None or p.end is None or (p.end - p.start).days < 360:
                continue
            if not (p.end >= pub and (p.start - pub).days <= 730):
                continue
            if (
                plan_year(lowers, x.i0)
                or _of_a_plan_year(lowers, x.i0, x.i1)
                or (purpose(lowers, x.i0) and _names_plan(lowers))
            ):
                return p
    return None


_PLAN_YEAR_WORDS = frozenset(DATES["plan_year_words"])


def _of_a_plan_year(lowers, i0: int, i1: int) -> bool:
    """A year a budget or a tax plan is for, by its name: "für das Haushaltsjahr 2027", "the
    2026-27 tax year" (a year still running or ahead, as ``plan_period`` asks)."""
    before = lowers[i0 - 1] if i0 else ""
    return before in _PLAN_YEAR_WORDS or " ".join(lowers[i1 : i1 + 2]) in _PLAN_YEAR_WORDS


_FROM = ("from ", "ab ")
_AHEAD_DAYS = 200


def _taking_effect(p, pub) -> bool:
    """ "from April", "ab 1. Januar": a day or month ahead that a change (a price cap, fares, a
    tax) takes effect from, within some half a year."""
    return (
        p.start is not None
        and p.text[:5].lower().startswith(_FROM)
        and 0 < (p.start - pub).days <= _AHEAD_DAYS
    )


_ON_DAY = frozenset(DATES["effect_day_words"])
_FUTURE_DE_EN = frozenset(("will", "wollen", "werden", "wird", "soll", "sollen"))


def _effect_day(lowers, i0: int, text: str) -> bool:
    """ "Preissenkungen zum 1. Januar angekündigt", "bills will rise by 3% on 1 July": the day
    ahead a change is announced for ("on" in a sentence that looks forward)."""
    before = lowers[i0 - 1] if i0 else ""
    on = before == "on" or text.lower().startswith("on ")
    return before in _ON_DAY or (on and not _FUTURE_DE_EN.isdisjoint(lowers))


def _soon(p, pub) -> bool:
    return p.start is not None and 0 < (p.start - pub).days <= _AHEAD_DAYS


def _names_plan(lowers) -> bool:
    """A budget ("Haushalt", "budget", "a spending plan") or a levy set for a year ("a 3% council tax rise for
    2027/28", "die Grundsteuer für 2027", "die Kreisumlage für das kommende Jahr")."""
    return any(w.endswith(_PLANS) or w.endswith(_LEVIES) for w in lowers)


_LEVIES = tuple(DATES["levy_nouns"])
