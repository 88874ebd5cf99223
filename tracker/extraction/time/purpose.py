"""Periods a figure is for: "330 Millionen Euro für das kommende Jahr", "revenue of $4bn for the
first quarter", "den Bundeshaushalt 2027" (rather than the day it was announced)."""

from __future__ import annotations

_FOR = frozenset(("für", "for"))


_FOR_ARTICLES = frozenset(("das", "den", "die", "the", "this", "dieses", "diesen"))


def purpose(lowers, i0: int) -> bool:
    """A period the figure is for: "330 Millionen Euro für das kommende Jahr", "revenue of $4bn
    for the first quarter" (rather than the day it was announced)."""
    if i0 >= 1 and lowers[i0 - 1] in _FOR:
        return True
    return i0 >= 2 and lowers[i0 - 1] in _FOR_ARTICLES and lowers[i0 - 2] in _FOR


_PLANS = ("haushalt", "haushalts", "etat", "budget", "haushaltsentwurf", "wirtschaftsplan")


def plan_year(lowers, i0: int) -> bool:
    """A year right after a budget noun: "den Bundeshaushalt 2027", "the 2026 budget"."""
    if i0 >= 1 and lowers[i0 - 1].endswith(_PLANS):
        return True
    return i0 + 1 < len(lowers) and lowers[i0 + 1].endswith(_PLANS) and lowers[i0][:1].isdecimal()
