"""The periods of the offences a court report names ("begangen zwischen März 2019 und Oktober
2021", "between April 2019 and March 2024"): the sums of its crimes are of those periods, not of
the day of the verdict (``claims/dated.py``)."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from ..types import Period
from .spans import explicit

_COURT = tuple(DATES["court_report_words"])
_LEAD = 4
_MIN_DAYS = 60
_STEM = 6
_NOT_TOPIC = frozenset(DATES["span_words"]) | frozenset(w[:_STEM] for w in _COURT)


def crime_spans(states, pub, text: str) -> tuple:
    """(period, words of its sentence) of each span of a court report written with its years, a
    couple of months or longer, over before the publication date; () in other articles."""
    if pub is None or not _court_report(states[:_LEAD]):
        return ()
    spans = []
    for st in states:
        for x in st.periods:
            p = _lasting(st, x) if explicit(x.period) else None
            p = p or x.period
            if explicit(p) and p.start != p.end and (p.end - p.start).days >= _MIN_DAYS and p.end < pub:
                s = st.sentence
                spans.append((p, _stems(text[s.start : s.end])))
    return tuple(spans)


def _lasting(st, x):
    """ "took £87,436 over a period of almost four years beginning in March 2021": the span from
    the month it began for as long as the sentence says (a figure of years or months), else None."""
    lowers = st.sentence.lowers
    if _BEGINNING.isdisjoint(lowers[max(0, x.i0 - 2) : x.i0 + 1]):
        return None
    for rc in st.figures:
        days = _UNIT_DAYS.get(rc.unit)
        if days and rc.kind != "age" and rc.value:
            p = x.period
            end = p.start + dt.timedelta(days=int(rc.value * days))
            return Period(p.start, end, p.text, p.span_start, p.span_end)
    return None


_BEGINNING = frozenset(DATES["span_beginning_words"])
_UNIT_DAYS = {"year": 365, "month": 30}


def crime_period(spans, text: str, s):
    """The span whose sentence shares the most words of its own (none of the other spans'
    sentences) with the paragraph of sentence ``s`` ("Leasingfirmen"), else the first named."""
    a = text.rfind("\n", 0, s.start) + 1
    b = text.find("\n", s.end)
    words = _stems(text[a : b if b >= 0 else len(text)])
    best, most = spans[0][0], 0
    for n, (p, own) in enumerate(spans):
        others = frozenset().union(*(w for m, (_q, w) in enumerate(spans) if m != n))
        shared = len((own - others) & words)  # words of this span's sentence alone
        if shared > most:
            best, most = p, shared
    return best


def ordered(s) -> bool:
    """ "ordered the ex-governor to pay $600,000 in restitution", "eine Geldstrafe von 9.000 Euro":
    what the court orders, a sum of the day of the verdict."""
    lowers = s.lowers
    if _ORDER.isdisjoint(s.low_set):
        return False
    # "stole £87,000 to pay for cruises": what the money paid for, no order
    return any(
        w in _ORDER and not (w == "pay" and lowers[k + 1 : k + 2] == ["for"]) for k, w in enumerate(lowers)
    )


_ORDER = frozenset(DATES["court_order_words"])


def _court_report(states) -> bool:
    low = " ".join(st.sentence.lowers[k] for st in states for k in range(st.sentence.n))
    return any(w in low for w in _COURT)


def _stems(text: str) -> frozenset:
    """Beginnings of the longer words, without the words of a span ("zwischen", months) and of
    courts."""
    return (
        frozenset(
            w.lower()[:_STEM]
            for w in text.split()
            if len(w) > _STEM and w.isalpha() and w.lower() not in _NOT_TOPIC
        )
        - _NOT_TOPIC
    )  # nor the words of every court report ("Anklage")
