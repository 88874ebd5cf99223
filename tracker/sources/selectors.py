"""Reads for the source pages: counts by status per source, a source's claims over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import Count, DateField, Max, Q, QuerySet
from django.db.models.functions import Cast, Coalesce, TruncMonth

from tracker.claims.models import Attribution, Claim
from tracker.claims.selectors import PER_PAGE, Page, claim_list_queryset

from .models import Source

STATUSES = [status for status, _ in Claim.Status.choices]


def _status_counts(prefix: str) -> dict:
    counts = {
        status: Count(f"{prefix}claim", filter=Q(**{f"{prefix}claim__status": status}), distinct=True)
        for status in STATUSES
    }
    counts["latest_claim_at"] = Max(f"{prefix}claim__created_at")
    return counts


def source_list_page(
    *, number, kind: str = "", q: str = "", merged: bool = False, per_page: int = PER_PAGE
) -> Page:
    """A page of sources by name, each with its claims counted by status and the time of its
    latest claim — all in one query: the page's ids are picked in a subquery, then only those
    sources' attributions are joined and grouped."""
    try:
        number = max(1, min(int(number), 10_000))
    except (TypeError, ValueError):
        number = 1
    sources = Source.objects.all()
    if not merged:
        sources = sources.filter(merged_into__isnull=True)
    if kind:
        sources = sources.filter(kind=kind)
    if q.strip():
        sources = sources.filter(
            Q(name__icontains=q.strip()) | Q(aliases__text__icontains=q.strip())
        ).distinct()
    offset = (number - 1) * per_page
    page_ids = sources.order_by("name", "pk").values("pk")[offset : offset + per_page + 1]
    rows = list(
        Source.objects.filter(pk__in=page_ids)
        .annotate(**_status_counts("attributions__"))
        .order_by("name", "pk")
    )
    return Page(rows[:per_page], number, per_page, len(rows) > per_page)


def source_claims(source: Source) -> QuerySet[Claim]:
    return claim_list_queryset().filter(pk__in=Attribution.objects.filter(source=source).values("claim_id"))


def source_status_counts(source: Source) -> dict:
    row = (
        Claim.objects.filter(pk__in=Attribution.objects.filter(source=source).values("claim_id"))
        .order_by()
        .aggregate(
            **{s: Count("pk", filter=Q(status=s)) for s in STATUSES},
            total=Count("pk"),
            latest_claim_at=Max("created_at"),
        )
    )
    return row


@dataclass
class Bar:
    month: date
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass
class Chart:
    bars: list[Bar]
    width: int
    height: int
    max_count: int
    first: date | None
    last: date | None


CHART_WIDTH, CHART_HEIGHT, CHART_MONTHS = 640, 160, 36


def source_claims_by_month(source: Source) -> Chart:
    """Claims per month (of the period they refer to, else the article's date, else when they
    were recorded) for the last CHART_MONTHS months that have any, as SVG bar geometry."""
    when = Coalesce(
        "period_start",
        "article__published",
        Cast("created_at", output_field=DateField()),
        output_field=DateField(),
    )
    rows = list(
        Claim.objects.filter(pk__in=Attribution.objects.filter(source=source).values("claim_id"))
        .exclude(status=Claim.Status.REJECTED)
        .annotate(month=TruncMonth(when, output_field=DateField()))
        .order_by()
        .values("month")
        .annotate(n=Count("pk"))
        .order_by("-month")[:CHART_MONTHS]
    )
    rows.reverse()
    if not rows:
        return Chart([], CHART_WIDTH, CHART_HEIGHT, 0, None, None)
    top = max(r["n"] for r in rows)
    slot = CHART_WIDTH / len(rows)
    usable = CHART_HEIGHT - 20
    bars = []
    for index, row in enumerate(rows):
        height = max(1.0, usable * row["n"] / top)
        bars.append(
            Bar(
                month=row["month"],
                count=row["n"],
                x=round(index * slot + slot * 0.1, 1),
                y=round(CHART_HEIGHT - height, 1),
                width=round(slot * 0.8, 1),
                height=round(height, 1),
            )
        )
    return Chart(bars, CHART_WIDTH, CHART_HEIGHT, top, rows[0]["month"], rows[-1]["month"])


def source_find(text: str) -> list[Source]:
    """Sources named `text` (by name, alias, or '#id'), unmerged first; for the merge form."""
    text = " ".join(text.split())
    if text.startswith("#") and text[1:].isdigit():
        return list(Source.objects.filter(pk=int(text[1:])))
    exact = list(Source.objects.filter(name__iexact=text))
    if exact:
        return exact
    return list(Source.objects.filter(aliases__text__iexact=text).distinct()[:5])
