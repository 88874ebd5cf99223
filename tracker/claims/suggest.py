"""Which tracked figures a claim probably belongs to, with a score and the reasons.

Pure Python, no Django: `tracker.claims.suggestions` loads the figures and claims and stores
what this proposes; an editor accepts or dismisses each proposal.

The evidence, weighed:
- the unit (a claim in a different unit is never proposed),
- the counted subject's words and the named entities of its sentence, matched across German
  and English through `lexicon/figure_words.json` ("nordkoreanische Soldaten in Russland" and
  "North Korean troops in Russia" both read {north_korea, soldier, russia}); a figure that
  names places or organisations is only proposed for claims that name one of them,
- an overlapping period, and the same (or a related: same country) source,
- and against: a claim about another place than the figure's ("in Polen" for a figure of
  refugees in Germany), or a value of another order of magnitude.

>>> name = "North Korean troops in Russia"
>>> profile = FigureProfile(1, name, "soldier", concepts(name))
>>> words = concepts("etwa 12.000 nordkoreanische Soldaten in Russland", "de")
>>> facts = ClaimFacts(7, "soldier", words, Decimal(12000))
>>> suggestion = score(facts, profile)
>>> round(suggestion.score, 2), suggestion.reasons[:2]
(0.75, ['same unit (soldier)', 'same words: North Korea, Russia, soldier'])
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path

LEXICON = Path(__file__).parent / "lexicon" / "figure_words.json"
THRESHOLD = 0.5  # proposals below this are not shown
TOP = 3  # proposals kept per claim
PERIOD_MARGIN = timedelta(days=90)  # a claim this close to a figure's dates overlaps it
MAGNITUDE = 10  # a value more than 10× off the figure's typical one does not fit

WEIGHT_UNIT = 0.3
WEIGHT_WORDS = 0.45
WEIGHT_PERIOD = 0.15
WEIGHT_SOURCE = 0.1
WEIGHT_RELATED_SOURCE = 0.05
PENALTY_MAGNITUDE = 0.3
PENALTY_OTHER_PLACE = 0.35  # the claim names another place instead of the figure's (Poland for Germany)
PENALTY_MORE_PLACES = 0.1  # the claim names places besides the figure's


@dataclass(frozen=True)
class Lexicon:
    patterns: dict[tuple[str, str], re.Pattern]  # (concept, language) → pattern
    entities: frozenset[str]


@cache
def lexicon() -> Lexicon:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    patterns = {}
    entities = frozenset(data["entities"])
    for group in ("entities", "subjects"):
        for concept, languages in data[group].items():
            for language, forms in languages.items():
                alternatives = []
                for form in forms:
                    whole = form.endswith("=")
                    alternatives.append(re.escape(form.rstrip("=")) + (r"(?!\w)" if whole else ""))
                patterns[(concept, language)] = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")")
    return Lexicon(patterns, entities)


def concepts(text: str, language: str | None = None) -> frozenset[str]:
    """The lexicon's concepts a text names; in `language` only, or in German and English.

    >>> sorted(concepts("nordkoreanische Soldaten in Russland", "de"))
    ['north_korea', 'russia', 'soldier']
    >>> sorted(concepts("North Korean troops in Russia"))
    ['north_korea', 'russia', 'soldier']
    >>> sorted(concepts("the total", "de"))
    []
    """
    text = " ".join((text or "").lower().split())
    found = set()
    for (concept, lang), pattern in lexicon().patterns.items():
        if concept in found or (language in ("de", "en") and lang != language):
            continue
        if pattern.search(text):
            found.add(concept)
    return frozenset(found)


def label(concept: str) -> str:
    """'north_korea' → 'North Korea' for reasons; subjects stay lower case."""
    words = concept.replace("_", " ")
    return (
        words.title()
        if concept in lexicon().entities and len(words) > 3
        else words.upper()
        if len(words) <= 3
        else words
    )


@dataclass(frozen=True)
class FigureProfile:
    """What a tracked figure is about: its name's words, unit, its claims' sources, dates, values."""

    figure_id: int
    name: str
    unit: str
    concepts: frozenset[str]
    first: date | None = None
    last: date | None = None
    typical: Decimal | None = None  # median value of its claims
    source_ids: frozenset[int] = frozenset()
    source_names: dict[int, str] = field(default_factory=dict, hash=False, compare=False)
    countries: frozenset[str] = frozenset()
    known_entities: frozenset[str] = frozenset()  # named by its claims' sentences too


@dataclass(frozen=True)
class ClaimFacts:
    claim_id: int
    unit: str
    concepts: frozenset[str]
    value: Decimal
    day: date | None = None
    source_ids: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Suggestion:
    claim_id: int
    figure_id: int
    score: float
    reasons: list[str]
    warnings: list[str]


def fit_warnings(*, unit: str, value: Decimal, figure_unit: str, typical: Decimal | None) -> list[str]:
    """Why a claim does not fit a figure: another unit, or a value of another order of magnitude.

    >>> fit_warnings(unit="soldier", value=Decimal(1200000), figure_unit="soldier", typical=Decimal(12000))
    ['1,200,000 is 100× the figure’s typical 12,000']
    >>> fit_warnings(unit="euro", value=Decimal(5), figure_unit="soldier", typical=None)
    ['unit euro, the figure counts soldier']
    """
    warnings = []
    if unit and figure_unit and unit != figure_unit:
        warnings.append(f"unit {unit}, the figure counts {figure_unit}")
    if typical and typical > 0 and value > 0:
        ratio = value / typical
        if ratio >= MAGNITUDE or ratio <= Decimal(1) / MAGNITUDE:
            times = f"{ratio:,.0f}×" if ratio >= 1 else f"1/{1 / ratio:,.0f}"
            warnings.append(f"{value:,.0f} is {times} the figure’s typical {typical:,.0f}")
    return warnings


def score(claim: ClaimFacts, figure: FigureProfile) -> Suggestion | None:
    """How likely `claim` belongs to `figure` (0–1) and why; None when it plainly does not."""
    if claim.unit and figure.unit and claim.unit != figure.unit:
        return None
    entities = lexicon().entities
    named = figure.concepts & entities
    counted = figure.concepts - entities
    shared = claim.concepts & figure.concepts
    if not shared or (named and not shared & named) or (counted and not shared & counted):
        return None  # no word in common, or not the figure's places, or not what it counts
    elsewhere = (claim.concepts & entities) - named - figure.known_entities
    reasons, total = [], 0.0
    if claim.unit and claim.unit == figure.unit:
        total += WEIGHT_UNIT
        reasons.append(f"same unit ({claim.unit})")
    total += WEIGHT_WORDS * len(shared) / len(figure.concepts)
    reasons.append("same words: " + ", ".join(sorted(label(c) for c in shared)))
    if (
        claim.day
        and figure.first
        and figure.first - PERIOD_MARGIN <= claim.day <= figure.last + PERIOD_MARGIN
    ):
        total += WEIGHT_PERIOD
        reasons.append("overlapping period")
    same = claim.source_ids & figure.source_ids
    if same:
        total += WEIGHT_SOURCE
        reasons.append("same source: " + ", ".join(sorted(figure.source_names.get(s, "?") for s in same)))
    elif claim.countries & figure.countries:
        total += WEIGHT_RELATED_SOURCE
        reasons.append("related source (same country)")
    if elsewhere and named - claim.concepts:
        total -= PENALTY_OTHER_PLACE
        reasons.append("but about " + ", ".join(sorted(label(c) for c in elsewhere)))
    elif elsewhere:
        total -= PENALTY_MORE_PLACES
    warnings = fit_warnings(
        unit=claim.unit, value=claim.value, figure_unit=figure.unit, typical=figure.typical
    )
    if warnings:
        total -= PENALTY_MAGNITUDE
    return Suggestion(claim.claim_id, figure.figure_id, round(min(total, 1.0), 3), reasons, warnings)


def suggest(claim: ClaimFacts, figures: list[FigureProfile]) -> list[Suggestion]:
    """The best TOP proposals at or above THRESHOLD, best first."""
    scored = [s for s in (score(claim, f) for f in figures) if s is not None and s.score >= THRESHOLD]
    scored.sort(key=lambda s: (-s.score, s.figure_id))
    return scored[:TOP]
