"""Spans open towards the publication date from a start: "seit Kriegsbeginn", "since the start
of the war", "since the start of the year" (the year to date)."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES
from .dates import SINCE, WAR_START

STARTS = frozenset(("beginning", "start", "outbreak", "kriegsbeginn", "beginn", "kriegsausbruch", "anfang"))


def since_start(f, i: int, low: str) -> bool:
    """ "seit Kriegsbeginn", "since the start of the war": open towards the publication date."""
    if f.pub and (low in SINCE or low in STARTS):
        _war_start(f, i)
        return True
    return False


def _war_start(f, i: int) -> None:
    s, lang = f.s, f.lang
    lowers = s.lowers
    j = i + 1 if lowers[i] in SINCE else i
    k = j
    while k < s.n and k - j < 2 and lowers[k] in ("dem", "the", "des", "der"):
        k += 1
    if lowers[i] in SINCE and tuple(lowers[k + 1 : k + 4]) in _OF_THE_YEAR and lowers[k] in STARTS:
        first = dt.date(f.pub.year, 1, 1) if lowers[k + 3] == "year" else f.pub.replace(day=1)
        f.add(i, k + 4, first, f.pub)  # "since the start of the year": the year to date
        return
    for skip in (0, 1, 2):  # "since the Israel-Hamas war began": names before the phrase
        if skip and not (k + skip - 1 < s.n and s.words[k + skip - 1][:1].isupper()):
            return
        if k + skip >= s.n:
            continue
        for phrase in _WAR_START_AT[lang].get(lowers[k + skip], ()):  # those of this first word
            L = len(phrase)
            if tuple(lowers[k + skip : k + skip + L]) == phrase:
                f.add(i, k + skip + L, event_start(f.text, f.pub), f.pub)
                return


_OF_THE_YEAR = frozenset((("of", "the", "year"), ("of", "the", "month")))


def _by_first_word(phrases) -> dict:
    """first word -> the phrases that start with it, in their order."""
    out = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return out


_WAR_START_AT = {lang: _by_first_word(phrases) for lang, phrases in WAR_START.items()}


def event_start(text: str, pub):
    """The start of the war or crisis the article names first ("Ukraine": 2022-02-24), if before
    the publication date; else None (an open start). Found once per article: the last answer is
    kept with its text and date (the sentences of one article ask one after another)."""
    last_text, last_pub, last = _LAST_EVENT[0]
    if last_text is text and last_pub == pub:
        return last
    found = _event_start(text, pub)
    _LAST_EVENT[0] = (text, pub, found)  # one store: safe in threads
    return found


_LAST_EVENT = [(None, None, None)]


def _event_start(text: str, pub):
    low = text.lower()
    best = None
    for start, words in _EVENT_STARTS:
        if start >= pub:
            continue
        at = min((k for k in (low.find(w) for w in words) if k >= 0), default=-1)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, start)
    return best[1] if best else None


_EVENT_STARTS = tuple((dt.date.fromisoformat(d), tuple(words)) for d, words in DATES["event_starts"])
