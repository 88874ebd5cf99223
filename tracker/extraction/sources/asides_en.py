"""English: what a verb's link may skip between its subject and the verb: an aside between
commas after a document ("The club's press release, issued at 10pm on Friday, highlighted
..."), where the speakers were ("Officials at an evening briefing said"), the period a document
covers ("Official data for the week ending Tuesday at 10 a.m. showed") and the sample of a poll
("A new poll of more than 2,000 voters gives")."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES
from .cues import CLAUSE_BREAKS

_ASIDE_PARTICIPLES = frozenset(ATTRIBUTION["aside_participles_en"])
_ASIDE = 10  # tokens at most of such an aside with its commas


def after_participle_aside(s, a: int, b: int) -> int:
    """The token after an aside between commas that opens the gap a..b with a participle of a
    document ("The club's press release, issued at 10pm on Friday, highlighted"), else a."""
    if a + 2 >= b or s.words[a] != "," or s.lowers[a + 1] not in _ASIDE_PARTICIPLES:
        return a
    e = next((k for k in range(a + 2, min(a + _ASIDE, b)) if s.words[k] in CLAUSE_BREAKS), None)
    return e + 1 if e is not None and s.words[e] == "," else a


_AT_PLACE = 5  # tokens at most of "at an evening briefing", "at the county's main hospital"


def after_place_phrase(s, a: int, b: int) -> int:
    """ "Officials at an evening briefing said", "Doctors at the county's main hospital said":
    a phrase of "at" that fills the gap a..b tells where the speakers are, no gap (b), else a."""
    if b - a > _AT_PLACE or a >= b or s.lowers[a] != "at":
        return a
    return b if all(s.words[k] not in CLAUSE_BREAKS for k in range(a, b)) else a


_PERIODS = frozenset(DATES["period_nouns"]["en"]) | frozenset(
    ("weeks", "months", "years", "quarters", "period")
)
_FOR_PERIOD = 14  # tokens at most of "for the week ending Tuesday at 10 a.m."


def after_period_phrase(s, a: int, b: int) -> int:
    """ "Official data for the week ending Tuesday at 10 a.m. showed": a phrase of "for" naming
    a period within its first words that fills the gap a..b tells what the document covers, no
    gap (b), else a."""
    if (
        b - a > _FOR_PERIOD
        or a + 2 >= b
        or s.lowers[a] != "for"
        or _PERIODS.isdisjoint(s.lowers[a + 1 : a + 5])
    ):
        return a
    return b if all(s.words[k] not in CLAUSE_BREAKS for k in range(a, b)) else a


def sampled(s, m, cue, blocked) -> bool:
    """ "A new poll of more than 2,000 voters gives", "A survey of 1,200 firms found": between
    the subject ``m`` and its verb ``cue`` only "of" and a figure (``blocked``: the figures'
    tokens)."""
    a, b = m.i1, cue.i0
    return b - a > 1 and s.lowers[a] == "of" and all(k in blocked for k in range(a + 1, b))
