"""A poll's fieldwork days ("Ipsos interviewed 1,106 adults between November 14 and 18", "Forsa
befragte vom 2. bis 4. März ..."): the period of the poll's figures (``claims/assemble.py``)."""

from __future__ import annotations

from ..lexicon import DATES

_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_FIELDWORK_POLL = frozenset(DATES["fieldwork_poll_verbs"])
_POLL_NOUNS = tuple(DATES["poll_nouns"])
_FIELDWORK_DAYS = 45  # a poll reported up to some six weeks after its fieldwork
_FIELDWORK_SPAN = 25  # days (some three weeks), not a month: "in February" beside "those surveyed"


def _fieldwork_sentence(s) -> bool:
    """ "Ipsos interviewed ...", "The poll, taken March 8-11": a sentence about a poll's fieldwork
    (a verb, not the noun "der Befragten")."""
    lowers = s.lowers
    if not _FIELDWORK.isdisjoint(s.low_set) and any(
        w in _FIELDWORK and (k == 0 or s.words[k][0].islower()) for k, w in enumerate(lowers)
    ):
        return True
    return not _FIELDWORK_POLL.isdisjoint(s.low_set) and any(w.endswith(_POLL_NOUNS) for w in lowers)


def _fieldwork_days(p, pub) -> bool:
    if p.start is None or p.end is None or (p.end - p.start).days > _FIELDWORK_SPAN:
        return False
    return 0 <= (pub - p.end).days <= _FIELDWORK_DAYS and p.start <= pub


def fieldwork_period(states, pub):
    """The days a poll was taken ("Ipsos interviewed 1,106 adults between November 14 and 18",
    "hat ... von Montag bis Mittwoch 1.502 Wahlberechtigte befragt"): days
    named beside a fieldwork verb and over in the last three weeks; the period of the poll's
    figures that name none. None when the article names no such days (at most two weeks)."""
    if pub is None:
        return None
    for st in states:
        words = st.sentence.low_set
        if not st.periods or (_FIELDWORK.isdisjoint(words) and _FIELDWORK_POLL.isdisjoint(words)):
            continue
        if not _fieldwork_sentence(st.sentence):
            continue
        for x in st.periods:
            p = x.period
            if _fieldwork_days(p, pub):
                return p
    return None
