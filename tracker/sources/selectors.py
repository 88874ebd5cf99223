"""Reads for the source pages: counts by status per source, a source's claims over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db import connection
from django.db.models import Count, DateField, DateTimeField, IntegerField, Max, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast, Coalesce, Lower, TruncMonth
from django.shortcuts import get_object_or_404

from tracker.claims.models import Attribution, Claim
from tracker.claims.selectors import PER_PAGE, Page, claim_rows_queryset, claims_of_source, without_archived

from .models import Source, SourceAlias

STATUSES = [status for status, _ in Claim.Status.choices]


def stats_kept_by_database() -> bool:
    """PostgreSQL keeps per-source counts in trigger-maintained delta tables (migrations
    sources/0002 and 0004); elsewhere they are aggregated live."""
    return connection.vendor == "postgresql"


def _live_counts() -> dict:
    # Counted per attribution, like the PostgreSQL triggers.
    counts = {
        status: Count("attributions", filter=Q(attributions__claim__status=status)) for status in STATUSES
    }
    counts["latest_claim_at"] = Max("attributions__claim__created_at")
    return counts


def _kept_counts() -> dict:
    counts = {
        status: RawSQL(  # noqa: S611 - column names from STATUSES, no input
            f"COALESCE((SELECT sum({status}) FROM sources_claimstats st"  # noqa: S608 - fixed names
            f" WHERE st.source_id = sources_source.id), 0)",
            [],
            output_field=IntegerField(),
        )
        for status in STATUSES
    }
    counts["latest_claim_at"] = RawSQL(
        "SELECT max(latest_claim_at) FROM sources_claimstats st WHERE st.source_id = sources_source.id",
        [],
        output_field=DateTimeField(),
    )
    return counts


def with_claim_counts(sources: QuerySet[Source]) -> QuerySet[Source]:
    """Sources annotated with their claims counted by status and `latest_claim_at`."""
    return sources.annotate(**(_kept_counts() if stats_kept_by_database() else _live_counts()))


def source_list_queryset(*, kind: str = "", q: str = "", merged: bool = False) -> QuerySet[Source]:
    """The sources the list shows (for its page and its total)."""
    sources = Source.objects.all()
    if not merged:
        sources = sources.filter(merged_into__isnull=True)
    if kind:
        sources = sources.filter(kind=kind)
    if q.strip():
        aliased = SourceAlias.objects.filter(text__icontains=q.strip()).values("source_id")
        sources = sources.filter(Q(name__icontains=q.strip()) | Q(pk__in=aliased))
    return sources


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
    sources = source_list_queryset(kind=kind, q=q, merged=merged)
    offset = (number - 1) * per_page
    page_ids = sources.order_by("name", "pk").values("pk")[offset : offset + per_page + 1]
    if stats_kept_by_database():
        rows = _kept_page(page_ids)
    else:
        rows = list(with_claim_counts(Source.objects.filter(pk__in=page_ids)).order_by("name", "pk"))
    return Page(rows[:per_page], number, per_page, len(rows) > per_page)


def _kept_page(page_ids: QuerySet) -> list[Source]:
    """One query: the page's sources joined to their summed count deltas."""
    ids_sql, params = page_ids.query.sql_with_params()
    sums = ", ".join(f"sum({status}) AS {status}" for status in STATUSES)
    picks = ", ".join(f"COALESCE(st.{status}, 0) AS {status}" for status in STATUSES)
    sql = (
        f"SELECT s.*, {picks}, st.latest_claim_at FROM sources_source s"  # noqa: S608 - fixed names
        f" LEFT JOIN (SELECT source_id, {sums}, max(latest_claim_at) AS latest_claim_at"
        f" FROM sources_claimstats WHERE source_id IN ({ids_sql}) GROUP BY source_id) st"
        f" ON st.source_id = s.id WHERE s.id IN ({ids_sql}) ORDER BY s.name, s.id"
    )
    return list(Source.objects.raw(sql, [*params, *params]))


def source_claims_total(source_id: int, statuses: list[str]) -> int | None:
    """How many claims of the lists (articles not archived) name the source, with one of
    `statuses`: exact, from the per-source counts PostgreSQL keeps (None elsewhere).

    The counts are per attribution and include archived articles' claims, so two corrections
    come off, both small reads: a claim naming the source twice (its extra mentions, from an
    index-only scan of the source's attributions), and the claims of archived articles (a
    few articles, through their index). One query; a source with 13,000 claims costs a
    millisecond or two where counting its claims visited 13,000 rows of the claims table.
    """
    found = source_claims_total_bounded(source_id, statuses, exact_up_to=None)
    return None if found is None else found[0]


def source_claims_total_bounded(
    source_id: int, statuses: list[str], *, exact_up_to: int | None
) -> tuple[int, bool] | None:
    """(total, exact) as source_claims_total, in one query; a source named more than
    `exact_up_to` times is not checked for claims naming it twice (that groups all its
    mentions: 20 ms for 130,000 at ten million claims) and its total is an estimate (high
    by those few second mentions)."""
    statuses = [status for status in STATUSES if status in statuses]
    if not stats_kept_by_database() or not statuses:
        return None
    kept = " + ".join(f"COALESCE(sum({status}), 0)" for status in statuses)
    every = " + ".join(f"COALESCE(sum({status}), 0)" for status in STATUSES)
    repeated = (
        "(SELECT COALESCE(sum(twice.n - 1), 0) FROM (SELECT claim_id, count(*) AS n"
        "   FROM claims_attribution WHERE source_id = %(source)s GROUP BY claim_id HAVING count(*) > 1) twice"
        # a lookup per claim named twice (few): a join would have the planner scan every claim
        "   WHERE (SELECT c.status FROM claims_claim c WHERE c.id = twice.claim_id) = ANY(%(statuses)s))"
    )
    if exact_up_to is not None:
        # a subquery in a CASE branch runs only when its branch is taken
        repeated = (
            f"CASE WHEN (SELECT {every} FROM sources_claimstats WHERE source_id = %(source)s)"  # noqa: S608
            f" > %(cap)s THEN NULL ELSE {repeated} END"
        )
    sql = (
        f"SELECT (SELECT {kept} FROM sources_claimstats WHERE source_id = %(source)s),"  # noqa: S608 - fixed names
        f" {repeated},"
        " (SELECT count(DISTINCT c.id) FROM articles_article ar"
        "   JOIN claims_claim c ON c.article_id = ar.id"
        "   JOIN claims_attribution a ON a.claim_id = c.id AND a.source_id = %(source)s"
        "   WHERE ar.archived_at IS NOT NULL AND c.status = ANY(%(statuses)s))"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, {"source": source_id, "statuses": statuses, "cap": exact_up_to})
        attributed, repeated_mentions, archived = cursor.fetchone()
    if repeated_mentions is None:
        return int(attributed) - int(archived), False
    return int(attributed) - int(repeated_mentions) - int(archived), True


def source_attributions(source_id: int) -> int | None:
    """How many times the source is named in claims' chains, whatever their status (PostgreSQL's
    per-source counts; None elsewhere)."""
    if not stats_kept_by_database():
        return None
    kept = " + ".join(f"COALESCE(sum({status}), 0)" for status in STATUSES)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {kept} FROM sources_claimstats WHERE source_id = %s", [source_id])  # noqa: S608
        return int(cursor.fetchone()[0])


def source_claims(source: Source) -> QuerySet[Claim]:
    """The source's claims, newest first, lean rows for the table (chains via
    attach_chains())."""
    return claims_of_source(without_archived(claim_rows_queryset()), source.pk).order_by("-via_claim")


def source_status_counts(source: Source) -> dict:
    """Counts of a source fetched through with_claim_counts()."""
    row = {status: getattr(source, status) or 0 for status in STATUSES}
    row["latest_claim_at"] = source.latest_claim_at
    row["total"] = sum(row[status] for status in STATUSES)
    return row


def source_get(*, pk: int) -> Source:
    return get_object_or_404(with_claim_counts(Source.objects.select_related("merged_into")), pk=pk)


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
    if stats_kept_by_database():
        rows = list(reversed([{"month": month, "n": n} for month, n in _kept_months(source)]))
        return _chart(rows)
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
    return _chart(rows)


def _kept_months(source: Source) -> list[tuple[date, int]]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT month, sum(n) FROM sources_claimmonth WHERE source_id = %s"
            " GROUP BY month HAVING sum(n) > 0 ORDER BY month DESC LIMIT %s",
            [source.pk, CHART_MONTHS],
        )
        return cursor.fetchall()


def _chart(rows: list[dict]) -> Chart:
    if not rows:
        return Chart([], CHART_WIDTH, CHART_HEIGHT, 0, None, None)
    top = max(r["n"] for r in rows)
    first = rows[0]["month"]
    offsets = [(r["month"].year - first.year) * 12 + r["month"].month - first.month for r in rows]
    if offsets[-1] >= CHART_MONTHS:
        # Months spread over many years: side by side, skipping the empty ones.
        offsets = list(range(len(rows)))
    # Else a month without claims keeps its (empty) place, so the bars read as a time line.
    slot = CHART_WIDTH / max(offsets[-1] + 1, 12)  # a few months do not make one wide slab
    usable = CHART_HEIGHT - 20
    bars = []
    for offset, row in zip(offsets, rows, strict=True):
        height = max(1.0, usable * row["n"] / top)
        bars.append(
            Bar(
                month=row["month"],
                count=row["n"],
                x=round(offset * slot + slot * 0.1, 1),
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


def _final_id(source_id: int, merged: dict[int, int | None]) -> int:
    seen = set()
    while merged.get(source_id) and source_id not in seen:
        seen.add(source_id)
        source_id = merged[source_id]
    return source_id


def source_ids_named(text: str, *, language: str = "") -> list[int]:
    """The ids of the sources called exactly `text` (case-insensitive): by canonical name, or by
    an alias of `language` (or of any language when the alias has none, or no language is
    given). A merged source stands for the source it was merged into.

    No substring matching: 'NIS' is the National Intelligence Service, never a 'miNIStry'.

    >>> source_ids_named("NIS")            # [12]
    >>> source_ids_named("Staatsmedien", language="en")  # [] (a German alias)
    """
    text = " ".join(text.split()).lower()
    if not text:
        return []
    named = Source.objects.annotate(low=Lower("name")).filter(low=text).values("pk")
    aliases = SourceAlias.objects.annotate(low=Lower("text")).filter(low=text)
    if language:
        aliases = aliases.filter(language__in=[language, ""])
    rows = dict(
        Source.objects.filter(Q(pk__in=named) | Q(pk__in=aliases.values("source_id"))).values_list(
            "pk", "merged_into_id"
        )
    )
    if not any(rows.values()):
        return sorted(rows)
    # A merged source: follow the chain of merges (rarely more than one step).
    chain = dict(Source.objects.filter(merged_into__isnull=False).values_list("pk", "merged_into_id"))
    ids = {_final_id(pk, chain) for pk in rows}
    return sorted(ids)


@dataclass(frozen=True)
class Suggestion:
    id: int
    name: str
    kind: str
    matched: str  # the alias typed, when it was not the name
    language: str


def source_suggestions(q: str, *, language: str = "", limit: int = 10) -> list[Suggestion]:
    """Sources whose name or alias contains `q`, names starting with it first, for the
    autocomplete of the claim filters. Merged sources are left out (their aliases moved)."""
    q = " ".join(q.replace("\x00", "").split())[:100]
    if not q:
        return []
    live = Source.objects.filter(merged_into__isnull=True)
    found: dict[int, Suggestion] = {}
    # Exact names and aliases first: 'NIS' typed in full must offer the NIS, whatever else
    # contains the letters.
    for pk, name, kind in (
        live.annotate(low=Lower("name")).filter(low=q.lower()).values_list("pk", "name", "kind")
    ):
        found[pk] = Suggestion(pk, name, kind, "", "")
    exact = SourceAlias.objects.annotate(low=Lower("text")).filter(
        low=q.lower(), source__merged_into__isnull=True
    )
    if language:
        exact = exact.filter(language__in=[language, ""])
    for pk, name, kind, text, alias_language in exact.values_list(
        "source_id", "source__name", "source__kind", "text", "language"
    )[:limit]:
        if pk not in found:
            found[pk] = Suggestion(pk, name, kind, text, alias_language)
    by_name = live.filter(name__icontains=q).annotate(starts=Q(name__istartswith=q))
    for pk, name, kind in by_name.order_by("-starts", "name").values_list("pk", "name", "kind")[:limit]:
        if pk not in found and len(found) < limit:
            found[pk] = Suggestion(pk, name, kind, "", "")
    if len(found) < limit:
        aliases = SourceAlias.objects.filter(text__icontains=q, source__merged_into__isnull=True)
        if language:
            aliases = aliases.filter(language__in=[language, ""])
        rows = aliases.order_by("text").values_list(
            "source_id", "source__name", "source__kind", "text", "language"
        )[: limit * 2]
        for pk, name, kind, text, alias_language in rows:
            if pk not in found and len(found) < limit:
                found[pk] = Suggestion(pk, name, kind, text, alias_language)
    return list(found.values())


def unverified_sources_page(*, number, per_page: int = PER_PAGE) -> Page:
    """Unverified, unmerged sources, most claims first (the junk that matters most on top),
    each with `claim_total` and `quote_total`."""
    try:
        number = max(1, min(int(number), 10_000))
    except (TypeError, ValueError):
        number = 1
    if stats_kept_by_database():
        total = RawSQL(  # noqa: S611 - fixed column names
            "COALESCE((SELECT sum(" + " + ".join(STATUSES) + ") FROM sources_claimstats st"  # noqa: S608
            " WHERE st.source_id = sources_source.id), 0)",
            [],
            output_field=IntegerField(),
        )
    else:
        total = Count("attributions", distinct=True)
    quotes = Count("quotes", distinct=True)
    sources = (
        Source.objects.filter(verified=False, merged_into__isnull=True)
        .annotate(claim_total=total, quote_total=quotes)
        .order_by("-claim_total", "name", "pk")
    )
    offset = (number - 1) * per_page
    rows = list(sources[offset : offset + per_page + 1])
    return Page(rows[:per_page], number, per_page, len(rows) > per_page)


@dataclass(frozen=True)
class HistoryLine:
    when: object
    who: str
    what: str
    why: str


def source_history(source: Source, *, limit: int = 50) -> list[HistoryLine]:
    """Every change to the source and its aliases, newest first: who, when, what, why."""
    lines = []
    records = list(
        source.history.select_related("history_user").order_by("-history_date", "-history_id")[:limit]
    )
    for index, record in enumerate(records):
        previous = records[index + 1] if index + 1 < len(records) else None
        if record.history_type == "+":
            what = f"Created as {record.name} ({record.get_kind_display()})"
        elif record.history_type == "-":
            what = "Deleted"
        elif previous is not None:
            delta = record.diff_against(previous, excluded_fields=["updated_at", "created_at"])
            what = "; ".join(f"{c.field}: {c.old!r} → {c.new!r}" for c in delta.changes) or "Saved"
        else:
            what = "Changed"
        lines.append(HistoryLine(record.history_date, _who(record), what, record.history_change_reason or ""))
    aliases = SourceAlias.history.filter(source_id=source.pk).select_related("history_user")
    for record in aliases.order_by("-history_date")[:limit]:
        verb = {"+": "Alias added", "-": "Alias removed", "~": "Alias changed"}[record.history_type]
        what = f"{verb}: {record.text} ({record.language or 'any language'})"
        lines.append(HistoryLine(record.history_date, _who(record), what, record.history_change_reason or ""))
    lines.sort(key=lambda line: line.when, reverse=True)
    return lines[:limit]


def _who(record) -> str:
    return record.history_user.get_username() if record.history_user_id else "extraction"
