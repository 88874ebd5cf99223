"""Reads for the tracked-figure pages, each in a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, F, Max, Min, Q, QuerySet
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404

from .agreement import Analysis, Report, analyse
from .models import Claim, Figure
from .selectors import attach_chains, without_archived

# Claims a figure page draws at most (the latest ones); a tracked figure is a few dozen.
FIGURE_CLAIMS_CAP = 1000
SHOWN = [status for status in Claim.Status.values if status != Claim.Status.REJECTED]
UNATTRIBUTED = "Unattributed"


def figure_list() -> QuerySet[Figure]:
    """Every figure with its numbers, in one query: claims and sources counted (rejected
    claims left out), lowest and highest value, latest date a claim refers to.

    A claim's source is the first of its chain (who the figure comes from, not who relayed it).
    """
    shown = Q(claims__status__in=SHOWN)
    return Figure.objects.annotate(
        claim_count=Count("claims", filter=shown, distinct=True),
        source_count=Count(
            "claims__attributions__source", filter=shown & Q(claims__attributions__order=0), distinct=True
        ),
        lowest=Min("claims__value", filter=shown),
        highest=Max(Coalesce("claims__value_high", "claims__value"), filter=shown),
        latest=Max(Coalesce("claims__period_start", "claims__article__published"), filter=shown),
    ).order_by("name")


def figure_choices() -> list[tuple[int, str]]:
    """(pk, name) of every figure, for selects: a newsroom tracks tens of figures, not thousands."""
    return list(Figure.objects.order_by("name").values_list("pk", "name"))


def figure_get(*, pk: int) -> Figure:
    return get_object_or_404(Figure, pk=pk)


def claim_day(claim: Claim) -> date | None:
    """The date a claim is plotted at: the start of its period, else its article's date."""
    return claim.period_start or claim.article.published


def figure_claims(figure: Figure) -> list[Claim]:
    """The figure's claims but the rejected ones, latest first, with article and chain
    (two queries), each with `day` (see claim_day) and `source` (first of its chain)."""
    claims = list(
        without_archived(Claim.objects.filter(figure=figure, status__in=SHOWN))
        .select_related("article")
        .defer("article__body")
        .order_by(F("period_start").desc(nulls_last=True), "-pk")[:FIGURE_CLAIMS_CAP]
    )
    attach_chains(claims)
    for claim in claims:
        claim.day = claim_day(claim)
        claim.source = claim.chain[0].name if claim.chain else UNATTRIBUTED
    claims.sort(key=lambda c: (c.day is not None, c.day or date.min, c.pk), reverse=True)
    return claims


@dataclass
class SourceGroup:
    """One source's claims of a figure, latest first, and its latest word for comparison."""

    name: str
    source_id: int | None
    claims: list[Claim] = field(default_factory=list)

    @property
    def latest(self) -> Claim | None:
        dated = [c for c in self.claims if c.day]
        return dated[0] if dated else (self.claims[0] if self.claims else None)


def figure_groups(claims: list[Claim]) -> list[SourceGroup]:
    """The claims grouped by source, the source with the latest claim first."""
    groups: dict[str, SourceGroup] = {}
    for claim in claims:  # latest first already
        source_id = claim.chain[0].source_id if claim.chain else None
        groups.setdefault(claim.source, SourceGroup(claim.source, source_id)).claims.append(claim)
    return list(groups.values())


def claim_report(claim: Claim) -> Report:
    """A figure's claim (with `chain` and `day` attached) as the agreement analysis reads it."""
    chain = getattr(claim, "chain", [])
    return Report(
        claim_id=claim.pk,
        source=claim.chain[0].name if chain else UNATTRIBUTED,
        low=claim.value,
        high=claim.value_high,
        bound=claim.bound,
        approximate=claim.approximate,
        day=claim_day(claim),
        day_end=claim.period_end if claim.period_start else None,
        published=claim.article.published,
        source_id=chain[0].source_id if chain else None,
        relays=tuple(link.name for link in chain[1:]),
    )


def figure_analysis(claims: list[Claim]) -> Analysis:
    """Conflicts, revisions, repeats and each source's latest word (see claims.agreement)."""
    return analyse([claim_report(claim) for claim in claims])
