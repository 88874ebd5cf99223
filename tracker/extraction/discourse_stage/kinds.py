"""What the figures of a sentence count, as the accounts compare them: their kinds (an age as
an age, people as people) and measures of what happened (a depth, a temperature, days added).
"""

from __future__ import annotations

from ._engine import LEXICON

_AGE = "age"
_PEOPLE = dict.fromkeys(LEXICON["people_units"], "person")
_MEASURES = frozenset(LEXICON["event_measures"])
_ESTIMATES = {lang: frozenset(LEXICON[lang]["estimate_words"]) for lang in ("de", "en")}
_AVERAGES = {lang: frozenset(LEXICON[lang]["average_words"]) for lang in ("de", "en")}


def kinds_of(u, claims) -> frozenset:
    """What the figures of sentence ``u`` count; an age counts as an age, not as years ("the
    72-year-old" makes ages the account's, not "four years" in the next paragraph); people
    count as people ("1,000 people crossed ... The 1,097 migrants arrived ..."); a count that
    names no unit ("it shrank to 7.39 million") as ``OPEN_COUNT``."""
    if not u.claims:
        return frozenset()
    return frozenset(
        [
            _AGE if claims[i].kind == "age" else _PEOPLE.get(claims[i].unit, claims[i].unit) or OPEN_COUNT
            for i in u.claims
            if claims[i].unit or claims[i].kind == "count"
        ]
    )


OPEN_COUNT = "count of something"  # no unit: the account may go on with counts of any unit


def counts(u, claims) -> bool:
    """Sentence ``u`` gives a count."""
    return any(claims[i].kind == "count" for i in u.claims)


def only_event_measures(u, claims, lang: str, kinds) -> bool:
    """Every figure of sentence ``u`` measures what happened, in a unit the account
    (``kinds``) did not measure, and none is an estimate ("estimated at ...") or an average
    ("im Schnitt 3,1 Fehltage", "an average of 12 days"): a statistic someone computed."""
    if not _AVERAGES[lang].isdisjoint(u.s.low_set):
        return False
    for i in u.claims:
        c = claims[i]
        if c.kind != "other" or c.unit not in _MEASURES or c.unit in kinds:
            return False
        if not _ESTIMATES[lang].isdisjoint(c.text.lower().split()):
            return False
    return True
