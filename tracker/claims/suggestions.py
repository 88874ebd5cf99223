"""Suggested figures: stored when claims are saved, decided by editors (accept or dismiss).

Scoring is pure (`claims.suggest`); this module loads what it reads and stores what it
proposes. Nothing joins a figure without a person: accepting is an editor's act, with the
claim's version checked and a history row, like tracking a claim by hand.

>>> suggestions_refresh(claim_ids=[claim.pk])   # after extraction or a claim added by hand
1
>>> suggestion_accept(suggestion=claim.suggestions.first(), user=editor, version=claim.version)
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal
from statistics import median

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, Max
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone

from tracker.follows.services import figure_claims_joined

from .figures import _assign, figure_create
from .models import Attribution, Claim, Figure, FigureSuggestion
from .selectors import without_archived
from .services import _require_reviewer
from .suggest import ClaimFacts, FigureProfile, concepts, fit_warnings, lexicon, suggest

log = logging.getLogger(__name__)
# A claim's sentence, cut from its article's text by the database.
_SENTENCE = Substr("article__body", F("sentence_start") + 1, F("sentence_end") - F("sentence_start"))
SHOWN = [s for s in Claim.Status.values if s != Claim.Status.REJECTED]


class MisfitError(ValidationError):
    """The claim's unit or order of magnitude does not fit the figure: confirm to go on."""

    def __init__(self, warnings: dict[int, list[str]], figure: Figure):
        self.warnings, self.figure = warnings, figure
        super().__init__(
            [f"Claim #{pk}: {'; '.join(lines)}" for pk, lines in warnings.items()], code="misfit"
        )


_PROFILES: dict[str, tuple[tuple, list[FigureProfile]]] = {}
PROFILES_SECONDS = 60


def figure_profiles_cached() -> list[FigureProfile]:
    """figure_profiles() of every figure, kept in this process for a minute at most, while no
    figure was added and no tracked claim changed (two aggregate queries to know): reading
    every tracked claim's sentence for every stored article would cost more than extracting
    it. A renamed figure is seen within the minute."""
    tracked = Claim.objects.filter(figure__isnull=False).aggregate(
        n=Count("pk"), changed=Max("updated_at"), figures=Count("figure_id", distinct=True)
    )
    figures = Figure.objects.aggregate(n=Count("pk"), last=Max("pk"), made=Max("created_at"))
    stamp = (int(time.monotonic() // PROFILES_SECONDS), *tracked.values(), *figures.values())
    cached = _PROFILES.get("all")
    if cached is None or cached[0] != stamp:
        _PROFILES["all"] = (stamp, figure_profiles())
    return _PROFILES["all"][1]


def figure_profiles(figure_ids: Iterable[int] | None = None) -> list[FigureProfile]:
    """Every figure (or the given ones) as the scorer reads it, in three queries."""
    figures = Figure.objects.all() if figure_ids is None else Figure.objects.filter(pk__in=list(figure_ids))
    figures = list(figures.values_list("pk", "name", "description", "unit"))
    if not figures:
        return []
    ids = [pk for pk, *_ in figures]
    # Archived articles' claims are out of the figure's page, and out of what it is compared by.
    rows = (
        Claim.objects.filter(figure_id__in=ids, status__in=SHOWN, article__archived_at__isnull=True)
        .annotate(day=Coalesce("period_start", "article__published"), sentence=_SENTENCE)
        .values_list("figure_id", "subject", "unit", "value", "day", "sentence", "article__language")
    )
    subjects, units, values, days = defaultdict(set), defaultdict(list), defaultdict(list), defaultdict(list)
    places = defaultdict(set)
    for figure_id, subject, unit, value, day, sentence, language in rows:
        subjects[figure_id].add(subject)
        places[figure_id] |= concepts(f"{subject} {sentence}", language) & lexicon().entities
        units[figure_id].append(unit)
        values[figure_id].append(value)
        if day:
            days[figure_id].append(day)
    sources, names, countries = defaultdict(set), {}, defaultdict(set)
    for figure_id, source_id, name, country in Attribution.objects.filter(
        claim__figure_id__in=ids, claim__status__in=SHOWN, claim__article__archived_at__isnull=True
    ).values_list("claim__figure_id", "source_id", "source__name", "source__country"):
        sources[figure_id].add(source_id)
        names[source_id] = name
        if country:
            countries[figure_id].add(country)
    profiles = []
    for pk, name, description, unit in figures:
        words = concepts(f"{name} {description}")
        if not words:  # a name outside the lexicon: its claims' subjects say what it counts
            words = frozenset().union(*(concepts(s) for s in subjects[pk]))
        unit = unit or (max(set(units[pk]), key=units[pk].count) if units[pk] else "")
        profiles.append(
            FigureProfile(
                pk,
                name,
                unit,
                words,
                min(days[pk]) if days[pk] else None,
                max(days[pk]) if days[pk] else None,
                Decimal(median(values[pk])) if values[pk] else None,
                frozenset(sources[pk]),
                {s: names[s] for s in sources[pk]},
                frozenset(countries[pk]),
                frozenset(places[pk]),
            )
        )
    return profiles


def claim_facts(claim_ids: Iterable[int]) -> list[ClaimFacts]:
    """The untracked claims among `claim_ids` (not of archived articles), with their sentence's
    concepts, in two queries."""
    rows = list(
        Claim.objects.filter(
            pk__in=list(claim_ids), figure__isnull=True, status__in=SHOWN, article__archived_at__isnull=True
        )
        .annotate(
            day=Coalesce("period_start", "article__published"),
            sentence=Substr(
                "article__body", F("sentence_start") + 1, F("sentence_end") - F("sentence_start")
            ),
        )
        .values_list("pk", "unit", "subject", "value", "day", "sentence", "article__language")
    )
    sources, countries = defaultdict(set), defaultdict(set)
    for claim_id, source_id, country in Attribution.objects.filter(
        claim_id__in=[r[0] for r in rows]
    ).values_list("claim_id", "source_id", "source__country"):
        sources[claim_id].add(source_id)
        if country:
            countries[claim_id].add(country)
    return [
        ClaimFacts(
            pk,
            unit,
            concepts(f"{subject} {sentence}", language),
            value,
            day,
            frozenset(sources[pk]),
            frozenset(countries[pk]),
        )
        for pk, unit, subject, value, day, sentence, language in rows
    ]


def suggestions_refresh(*, claim_ids: Iterable[int], profiles: list[FigureProfile] | None = None) -> int:
    """Propose figures for the untracked claims among `claim_ids`; returns how many were stored.

    A decision stands: a dismissed or accepted proposal is never proposed again, and pending
    ones are re-scored. Without any tracked figure it costs two small aggregate queries.
    """
    profiles = figure_profiles_cached() if profiles is None else profiles
    claim_ids = list(claim_ids)
    if not profiles or not claim_ids:
        return 0
    found = [s for facts in claim_facts(claim_ids) for s in suggest(facts, profiles)]
    decided = set(
        FigureSuggestion.objects.filter(claim_id__in=claim_ids)
        .exclude(status=FigureSuggestion.Status.PENDING)
        .values_list("claim_id", "figure_id")
    )
    FigureSuggestion.objects.filter(claim_id__in=claim_ids, status=FigureSuggestion.Status.PENDING).delete()
    rows = [
        FigureSuggestion(
            claim_id=s.claim_id, figure_id=s.figure_id, score=s.score, reasons=s.reasons, warnings=s.warnings
        )
        for s in found
        if (s.claim_id, s.figure_id) not in decided
    ]
    FigureSuggestion.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


# A new figure is proposed for this many of the latest untracked claims of its unit.
BACKFILL_CLAIMS = 2000


def suggestions_for_new_figure(*, figure_id: int) -> int:
    """Propose a new figure for the latest BACKFILL_CLAIMS untracked claims that count its unit
    (any unit when it names none): a figure made today finds yesterday's reports."""
    profiles = figure_profiles([figure_id])
    if not profiles:
        return 0
    claims = without_archived(Claim.objects.filter(figure__isnull=True, status__in=SHOWN))
    if profiles[0].unit:
        claims = claims.filter(unit=profiles[0].unit)
    ids = list(claims.order_by("-pk").values_list("pk", flat=True)[:BACKFILL_CLAIMS])
    found = [s for facts in claim_facts(ids) for s in suggest(facts, profiles)]
    rows = [
        FigureSuggestion(
            claim_id=s.claim_id, figure_id=s.figure_id, score=s.score, reasons=s.reasons, warnings=s.warnings
        )
        for s in found
    ]
    FigureSuggestion.objects.bulk_create(rows, ignore_conflicts=True)
    return len(rows)


def suggestions_refresh_safely(*, claim_ids: Iterable[int]) -> None:
    """As suggestions_refresh, for callers whose own work must not fail with it (storing an
    extraction): a failure is logged with its traceback and the claims stay unsuggested."""
    try:
        with transaction.atomic():
            suggestions_refresh(claim_ids=claim_ids)
    except Exception:
        log.exception("Suggesting figures failed for claims %s", list(claim_ids)[:20])


def figure_fit(*, figure: Figure, claims: Iterable[Claim]) -> dict[int, list[str]]:
    """Claims whose unit or order of magnitude does not fit `figure`, with why (empty: all fit)."""
    claims = list(claims)
    if not claims:
        return {}
    (profile,) = figure_profiles([figure.pk])
    misfits = {}
    for claim in claims:
        if claim.figure_id == figure.pk:
            continue
        warnings = fit_warnings(
            unit=claim.unit, value=claim.value, figure_unit=profile.unit, typical=profile.typical
        )
        if warnings:
            misfits[claim.pk] = warnings
    return misfits


def claim_suggestions(claim: Claim) -> list[FigureSuggestion]:
    """The claim's pending suggestions with their figures, best first (one query); none for a
    claim of an archived article (it is out of the lists until restored)."""
    if claim.article.archived:
        return []
    return list(
        FigureSuggestion.objects.filter(claim=claim, status=FigureSuggestion.Status.PENDING)
        .select_related("figure")
        .order_by("-score", "figure__name")
    )


def _decide(suggestion: FigureSuggestion, status: str, user) -> None:
    suggestion.status, suggestion.decided_by, suggestion.decided_at = status, user, timezone.now()
    suggestion.save(update_fields=["status", "decided_by", "decided_at"])


@transaction.atomic
def suggestion_accept(*, suggestion: FigureSuggestion, user, version: int, confirm: bool = False) -> Claim:
    """Track the claim as the suggested figure (version-checked, with a history row).

    A claim that does not fit the figure (unit, order of magnitude) raises MisfitError unless
    `confirm` says a person has seen the warning.
    """
    _require_reviewer(user)
    claim = suggestion.claim
    if not confirm:
        misfits = figure_fit(figure=suggestion.figure, claims=[claim])
        if misfits:
            raise MisfitError(misfits, suggestion.figure)
    claim = _assign(claim=claim, version=version, figure=suggestion.figure, user=user)
    _decide(suggestion, FigureSuggestion.Status.ACCEPTED, user)
    figure_claims_joined(figure_id=suggestion.figure_id, claim_ids=[claim.pk], actor_id=user.pk)
    return claim


@transaction.atomic
def suggestion_dismiss(*, suggestion: FigureSuggestion, user) -> None:
    """The claim does not belong to this figure: never proposed again."""
    _require_reviewer(user)
    _decide(suggestion, FigureSuggestion.Status.DISMISSED, user)


def figure_name_from_claim(claim: Claim) -> str:
    """A new figure's name from the claim's words: its subject, else its text; unit appended
    when the subject does not say what is counted."""
    words = " ".join((claim.subject or claim.text).split())
    return words[:1].upper() + words[1:]


@transaction.atomic
def figure_create_from_claim(*, claim: Claim, user, version: int, name: str = "") -> Figure:
    """A new figure named after the claim (or `name`), counting its unit, with the claim in it."""
    _require_reviewer(user)
    figure = figure_create(name=name or figure_name_from_claim(claim), unit=claim.unit, user=user)
    _assign(claim=claim, version=version, figure=figure, user=user)
    figure_claims_joined(figure_id=figure.pk, claim_ids=[claim.pk], actor_id=user.pk)
    return figure
