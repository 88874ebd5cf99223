"""A results article's figure of comparison in brackets: "(last year 14.8p)", "(previous year:
£2.1bn)" stand for the same reporting period a year before (the quarter, the half-year, the
financial year the article is of), not for the calendar year before the publication date."""

from __future__ import annotations

from ..lexicon import DATES
from .owner import bracketed_figure

_YEAR_BEFORE = frozenset(DATES["bracketed_year_before"])


def bracketed_year_before(f) -> None:
    """ "(last year 14.8p)": a year before the period the sentence (else the article) names,
    by the back references of ``spans.py``."""
    if "(" not in f.s.low_set:  # a bracket is its own lower case: one hash look-up
        return
    words = f.s.words
    backs = {b for b, _ in f.back}
    for x in f.found:
        if x.i0 in backs or x.period.text.lower() not in _YEAR_BEFORE:
            continue
        if bracketed_figure(words, x.i0, x.i1):
            f.back.append((x.i0, "year"))
