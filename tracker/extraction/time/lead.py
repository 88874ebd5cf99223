"""What a lead's period is and is not: a period dating a thing ("im Januar eröffneten"), a sentence
that looks forward ("is expected to", not "planned hospital care"); the spans an article's
statistics, a reported week or an account (an offence before a court) are of."""

from __future__ import annotations

from ..lexicon import DATES, WORDS
from .purpose import purpose
from .spans import explicit

_FUTURE = frozenset(WORDS["future_words"])


_POSSESSIVE_DETERMINERS = frozenset(("his", "her", "its", "their", "the", "sein", "seine", "ihr", "ihre"))


def event_attribute(s, x) -> bool:
    """The period dates a thing, not the statistics: "ihres erst im Januar eröffneten
    Stützpunktes" (a participle before a noun), "following his April conviction"."""
    i0, i1, words = x.i0, x.i1, s.words
    if i0 and s.lowers[i0 - 1] in _POSSESSIVE_DETERMINERS and i1 == i0 + 1 and i1 < s.n:
        if _STATISTICS_NOUNS.intersection(s.lowers[i1 : i1 + 2]):
            return False  # "the October jobs figures": the statistics' period
        return words[i1].isalpha() and words[i1].islower()  # "his April conviction", not "its fiscal ..."
    if i1 + 1 >= s.n or not words[i1 + 1][:1].isupper():
        return False
    w = words[i1]
    return len(w) > 4 and w.isalpha() and w.islower() and w.endswith(_ATTRIBUTE_ENDINGS)


_STATISTICS_NOUNS = frozenset(DATES["statistics_nouns"])
_ATTRIBUTE_ENDINGS = ("ten", "ete", "ene", "enen", "eten", "tes", "ter", "tem", "ende", "enden")


def looks_forward(lowers) -> bool:
    """A future cue, not "mehr verdient als erwartet", "better than expected" (a comparison)."""
    return any(
        w in _FUTURE and not (k and lowers[k - 1] in ("als", "than")) and not _adjective(lowers, k)
        for k, w in enumerate(lowers)
    )


_ADJECTIVE_FUTURE = frozenset(("planned", "expected"))
_AUX = frozenset(("is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"))


def _adjective(lowers, k: int) -> bool:
    """ "waiting for planned hospital care": an adjective, no look forward ("is planned to")."""
    if lowers[k] not in _ADJECTIVE_FUTURE or (k and lowers[k - 1] in _AUX):
        return False
    return k + 1 < len(lowers) and lowers[k + 1] not in ("to", "that", "for", "in", "on", "by")


def reported_week(s, p, pub) -> bool:
    """A week figures are reported for ("meldete für die vergangene Woche 48.300 Fälle", "for
    the past week"), over by the publication date."""
    if (p.end - p.start).days != 6 or not 0 <= (pub - p.end).days <= _WEEK_AGE or p.span_start is None:
        return False
    return s.start <= p.span_start < s.end and purpose(s.lowers, s.token_at(p.span_start))


_STATISTICS_DAYS = 27  # a month or longer


def statistics_span(p, pub) -> bool:
    """A month or longer, or a reporting week ("in der 7. Kalenderwoche", "the week to February
    1"), over by the publication date and of the last year or so."""
    days, age = (p.end - p.start).days, (pub - p.end).days
    if days == 6 and any(w in p.text.lower() for w in _WEEK_MARKERS):
        return 0 <= age <= _WEEK_AGE
    return days >= _STATISTICS_DAYS and 0 <= age <= _STATISTICS_AGE


_WEEK_MARKERS = tuple(DATES["statistics_week_markers"])
_WEEK_AGE = 21


_STATISTICS_AGE = 400
_ACCOUNT_AGE = 3000


def account_span(p, pub) -> bool:
    """A span of a year or more written with its years, over by the publication date, that the
    lead's first figure is of ("used £1.3m of the money between April 2019 and March 2024"): the
    period of the account (an offence before a court, a programme), older than the last year;
    not one open to the publication date ("Since 2021, 300 homes have burned")."""
    return (p.end - p.start).days >= 360 and explicit(p) and 0 < (pub - p.end).days <= _ACCOUNT_AGE


def instrument_year(lowers, i0: int, i1: int) -> bool:
    """ "the 50% required under the 2016 trade union laws", "nach dem 2023 beschlossenen Gesetz": a
    year naming a law or treaty, no period of the figures."""
    if i1 - i0 != 1 or not (len(lowers[i0]) == 4 and lowers[i0].isdecimal()):
        return False
    if not i0 or lowers[i0 - 1] not in _DEFINITE:
        return False
    return not _INSTRUMENTS.isdisjoint(lowers[i1 : i1 + _INSTRUMENT_REACH])


_DEFINITE = frozenset(("the", "der", "die", "das", "dem", "des", "den"))
_INSTRUMENTS = frozenset(DATES["instrument_nouns"])
_INSTRUMENT_REACH = 4
