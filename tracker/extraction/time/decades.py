"""Decades as periods: "in the 1950s", "in den 1970er-Jahren", "in den 70er Jahren", "the '80s",
"in den Siebzigerjahren", "in den achtziger Jahren", "in the seventies"."""

from __future__ import annotations

import datetime as dt

from ..lexicon import DATES

_TENS = {lang: DATES["decade_words"][lang] for lang in ("de", "en")}  # "siebziger", "seventies" -> 70
_YEARS_DE = ("jahre", "jahren", "jahrzehnt", "jahrzehnts")
_GLUED = ("jahren", "jahre")  # "Siebzigerjahren"
_ARTICLES = frozenset(("den", "die", "der", "the", "'", "’"))
DECADE_WORDS = {
    "de": frozenset(w + tail for w in _TENS["de"] for tail in ("", "jahre", "jahren")),
    "en": frozenset(_TENS["en"]),
}


def _add(f, i0: int, i1: int, first: int) -> None:
    f.add(i0, i1, dt.date(first, 1, 1), dt.date(first + 9, 12, 31))


def _century(f, tens: int) -> int:
    """The decade's first year: the 1900s' unless that of this century has begun ("die 20er");
    the decade the article stands in, told of in the past ("In den 20er Jahren waren es 5.000"),
    is the one a century before."""
    if f.pub is None or not (2000 + tens <= f.pub.year and tens < 30):
        return 1900 + tens
    if f.pub.year >= 2010 + tens or _PAST[f.lang].isdisjoint(f.s.low_set):
        return 2000 + tens
    return 1900 + tens


_PAST = {lang: frozenset(words) for lang, words in DATES["past_markers"].items()}


def _decade_tail(low: str) -> bool:
    """ "s", "er", "er-jahren": the end glued to a decade's digits."""
    return low in ("s", "er") or (low.startswith("er-") and low[3:] in _YEARS_DE)


def decade_digits(f, i: int) -> bool:
    """ "1970er-Jahren", "the 1950s" (four digits) and "70er Jahren", "the '80s", "the 70s" (two,
    after an article): the decade. True when one was added."""
    s = f.s
    if i + 1 >= s.n or s.starts[i + 1] != s.ends[i] or not _decade_tail(s.lowers[i + 1]):
        return False
    w = s.words[i]
    if not (w.isdecimal() and len(w) in (2, 4) and int(w) % 10 == 0):
        return False
    prev = s.lowers[i - 1] if i else ""
    if len(w) == 2 and prev not in _ARTICLES:
        return False
    first = int(w) if len(w) == 4 else _century(f, int(w))
    i1 = i + 2
    if i1 < s.n and s.lowers[i1] in _YEARS_DE:
        i1 += 1  # "70er Jahren"
    i0 = i - 1 if prev in _ARTICLES else i
    if prev in ("'", "’") and i0 >= 1 and s.lowers[i0 - 1] == "the":
        i0 -= 1
    _add(f, i0, i1, first)
    return True


def decade_word(f, i: int, low: str) -> bool:
    """ "in den Siebzigerjahren", "in den achtziger Jahren", "in the seventies"."""
    tens = _TENS[f.lang]
    s = f.s
    stem = next(
        (low[: -len(t)] for t in ("jahren", "jahre") if low.endswith(t) and low[: -len(t)] in tens), low
    )
    if stem not in tens or not (i and s.lowers[i - 1] in _ARTICLES):
        return False
    i1 = i + 1
    if stem == low and f.lang == "de":
        if not (i1 < s.n and s.lowers[i1] in _YEARS_DE):
            return False  # "die Siebziger" alone: too often a person's age
        i1 += 1
    _add(f, i - 1, i1, _century(f, tens[stem]))
    return True
