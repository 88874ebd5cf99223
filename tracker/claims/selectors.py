"""Reads for the claim pages, each queryset shaped for its page (fixed number of queries)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db.models import BigIntegerField, Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Window
from django.db.models.functions import Mod
from django.shortcuts import get_object_or_404
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy

from .highlight import Span
from .models import Attribution, Claim, Figure

PER_PAGE = 50
CONTEXT_CHARS = 280


@dataclass
class Page:
    """A page of rows without COUNT(*): we fetch one row more to know a next page exists."""

    items: list
    number: int
    per_page: int
    has_next: bool
    # With ids first and counted: how many rows the queryset has (None: not counted).
    counted: int | None = None

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def next_number(self) -> int:
        return self.number + 1

    @property
    def previous_number(self) -> int:
        return self.number - 1

    @property
    def start_index(self) -> int:
        return (self.number - 1) * self.per_page + 1 if self.items else 0

    @property
    def end_index(self) -> int:
        return (self.number - 1) * self.per_page + len(self.items)


def page_of(
    queryset, *, number: Any, per_page: int = PER_PAGE, rows: QuerySet | None = None, count: bool = False
) -> Page:
    """Page `number` of `queryset` (one more row is read, to know whether a next page exists).

    With `rows`, the ids first: `queryset` gives only the page's ids (values_list: none of its
    select_related joins), and `rows` the objects with those ids. A rare word's thousands of
    matches are then sorted without joining each one's article (16,000 of the 20,137
    buffers at ten million claims), and only the page's fifty are joined. With `count` too,
    the ids come with the count of all of them (`COUNT(*) OVER ()`, in Page.counted): a plan
    that sorts every match has read them all, and a second query would read them again."""
    try:
        number = max(1, min(int(number), 100_000))
    except (TypeError, ValueError):
        number = 1
    offset = (number - 1) * per_page
    if rows is None:
        found = list(queryset[offset : offset + per_page + 1])
        return Page(found[:per_page], number, per_page, len(found) > per_page)
    counted = None
    if count:
        window = Window(Count("*"))
        found = list(
            queryset.annotate(matched=window).values_list("pk", "matched")[offset : offset + per_page + 1]
        )
        ids = [pk for pk, _matched in found]
        counted = found[0][1] if found else None  # past the last page: not known
    else:
        ids = list(queryset.values_list("pk", flat=True)[offset : offset + per_page + 1])
    by_id = rows.in_bulk(ids[:per_page])
    items = [by_id[pk] for pk in ids[:per_page] if pk in by_id]
    return Page(items, number, per_page, len(ids) > per_page, counted)


def attributions_prefetch() -> Prefetch:
    return Prefetch(
        "attributions",
        queryset=Attribution.objects.select_related("source")
        .defer("source__description")
        .order_by("order", "pk"),
    )


def claim_list_queryset() -> QuerySet[Claim]:
    """Claims with their article (without its text) and attribution chain: 2 queries for
    any page size."""
    return (
        Claim.objects.select_related("article")
        .defer("article__body")
        .prefetch_related(attributions_prefetch())
    )


ROW_FIELDS = [
    "id",
    "article_id",
    "start",
    "end",
    "text",
    "kind",
    "value",
    "value_high",
    "approximate",
    "bound",
    "unit",
    "subject",
    "corrected",
    "period_start",
    "period_end",
    "period_text",
    "status",
    "reason",
    "version",
    "article__id",
    "article__title",
    "article__published",
]


def claim_rows_queryset() -> QuerySet[Claim]:
    """Claims with only what a list row shows; chains come from attach_chains(). Lean on
    purpose: the claims list must answer in 50 ms at a million claims."""
    return Claim.objects.select_related("article").only(*ROW_FIELDS)


def without_archived(claims: QuerySet[Claim]) -> QuerySet[Claim]:
    """`claims` without those of archived articles (tracker.articles.services.archive).

    NOT IN over the few archived articles' ids (their index): PostgreSQL hashes them once and
    keeps walking the list's own index, where a join would change the plan of every list.
    """
    from tracker.articles.models import Article

    archived = Article.objects.filter(archived_at__isnull=False).values("pk")
    return claims.exclude(article_id__in=archived)


def claims_of_source(claims: QuerySet[Claim], source_id: int) -> QuerySet[Claim]:
    """`claims` narrowed to those attributed to the source, each once, annotated with
    `via_claim` (= its id, read from the attribution).

    Ordering by `via_claim` instead of the claim's id lets PostgreSQL walk the
    (source, claim) index backwards and stop after one page, instead of collecting every
    claim of a big source and sorting them. A claim naming the source twice in its chain is
    kept once: only its first mention of the source joins.
    """
    later_mention = Attribution.objects.filter(
        claim_id=OuterRef("via_claim"), source_id=source_id, order__lt=OuterRef("via_order")
    )
    return (
        claims.filter(attributions__source_id=source_id)
        .annotate(via_claim=F("attributions__claim_id"), via_order=F("attributions__order"))
        # A first link (order 0, most mentions) has no earlier one: looked for only behind it.
        .filter(Q(via_order=0) | ~Exists(later_mention))
    )


@dataclass(frozen=True)
class ChainLink:
    source_id: int
    name: str
    role: str


def attach_chains(claims: list[Claim]) -> list[Claim]:
    """Set `claim.chain` (ChainLinks in order) on each claim, in one query for the page."""
    links: dict[int, list[ChainLink]] = {claim.pk: [] for claim in claims}
    rows = (
        Attribution.objects.filter(claim_id__in=list(links))
        .order_by("claim_id", "order", "pk")
        .values_list("claim_id", "source_id", "source__name", "role")
    )
    for claim_id, source_id, name, role in rows:
        links[claim_id].append(ChainLink(source_id, name, role))
    for claim in claims:
        claim.chain = links[claim.pk]
    return claims


def claim_with_article_queryset() -> QuerySet[Claim]:
    """As claim_list_queryset, with the article's text (to show the claim in context)."""
    return Claim.objects.select_related("article", "reviewed_by", "figure").prefetch_related(
        attributions_prefetch()
    )


def claim_get(*, pk: int) -> Claim:
    return get_object_or_404(claim_with_article_queryset(), pk=pk)


@dataclass
class ClaimContext:
    """The claim's sentence with a little text either side, ready to render highlighted."""

    before: str
    text: str
    spans: list[Span]
    after: str


def claim_context(claim: Claim, *, chars: int = CONTEXT_CHARS) -> ClaimContext:
    """The sentence around the claim plus up to `chars` characters each side, with the claim
    and its source mentions marked (offsets relative to the excerpt)."""
    body = claim.article.body
    left = max(0, min(claim.sentence_start, claim.start) - chars)
    right = min(len(body), max(claim.sentence_end, claim.end) + chars)
    # Cut on whitespace so the excerpt does not start or end in the middle of a word.
    if left > 0:
        space = body.find(" ", left)
        left = space + 1 if 0 <= space < claim.start else left
    if right < len(body):
        space = body.rfind(" ", claim.end, right)
        right = space if space > claim.end else right
    spans = [
        Span(
            claim.start - left,
            claim.end - left,
            ("claim", "current"),
            f"claim-{claim.pk}",
            title="This claim",
        )
    ]
    for attribution in claim.attributions.all():
        if attribution.start is not None and left <= attribution.start < right:
            spans.append(
                Span(
                    attribution.start - left,
                    min(attribution.end, right) - left,
                    ("source",),
                    title=attribution.source.name,
                )
            )
    return ClaimContext(
        before="…" if left > 0 else "",
        text=body[left:right],
        spans=spans,
        after="…" if right < len(body) else "",
    )


# Bookkeeping the history entry already shows (who, when) or nobody needs to read.
HISTORY_HIDDEN_FIELDS = ["version", "reviewed_at", "reviewed_by", "fingerprint", "extractor_version"]


@dataclass
class HistoryEntry:
    record: Any
    changes: list  # simple_history ModelChange(field, old, new)

    @property
    def user(self):
        return self.record.history_user

    @property
    def when(self):
        return self.record.history_date

    @property
    def why(self) -> str:
        return self.record.history_change_reason or ""

    @property
    def kind(self) -> str:
        return self.record.get_history_type_display()


@dataclass(frozen=True)
class Change:
    field: str
    label: str
    old: Any
    new: Any


def _display(name: str, value: Any) -> Any:
    """A choice shows by its label ('Flagged', not 'flagged')."""
    try:
        choices = dict(Claim._meta.get_field(name).flatchoices)
    except FieldDoesNotExist:  # a field the history has and the model no longer has
        return value
    return choices.get(value, value)


# The history table's field names in the reader's language (the models' own names stay English:
# translating verbose names would only add migrations).
FIELD_LABELS = {
    "value": gettext_lazy("Value"),
    "value_high": gettext_lazy("High end of a range"),
    "bound": gettext_lazy("Hedge"),
    "approximate": gettext_lazy("Approximate"),
    "unit": gettext_lazy("Unit"),
    "kind": gettext_lazy("Kind"),
    "subject": gettext_lazy("Subject"),
    "modality": gettext_lazy("Modality"),
    "status": gettext_lazy("Status"),
    "reason": gettext_lazy("Reason"),
    "note": gettext_lazy("Note"),
    "period_start": gettext_lazy("Period from"),
    "period_end": gettext_lazy("Period to"),
    "period_text": gettext_lazy("Period as written"),
    "figure": gettext_lazy("Figure"),
    "corrected": gettext_lazy("Corrected"),
    "reviewed_by": gettext_lazy("Reviewed by"),
    "reviewed_at": gettext_lazy("Reviewed at"),
}


def _field_label(name: str) -> str:
    if name in FIELD_LABELS:
        return str(FIELD_LABELS[name])
    try:
        return capfirst(str(Claim._meta.get_field(name).verbose_name))
    except FieldDoesNotExist:
        return name


def _chain_changes(attribution_records: list, since, until) -> list[Change]:
    """Changes to the attribution chain recorded in (since, until]."""
    changes = []
    for record in attribution_records:
        if not (since < record.history_date <= until):
            continue
        name = record.source.name if record.source_id and record.source else f"#{record.source_id}"
        described = gettext("%(name)s (%(role)s, position %(position)d)") % {
            "name": name,
            "role": str(record.get_role_display()).lower(),
            "position": record.order + 1,
        }
        if record.history_type == "+":
            changes.append(Change("sources", gettext("Source added"), None, described))
        elif record.history_type == "-":
            changes.append(Change("sources", gettext("Source removed"), described, None))
        else:
            changes.append(Change("sources", gettext("Source now"), None, described))
    return changes


def claim_history(claim: Claim) -> list[HistoryEntry]:
    """Every historical version of the claim, newest first, each with what changed from the
    one before it, its attribution chain included (two queries; diffs computed in Python)."""
    records = list(claim.history.select_related("history_user").order_by("history_date", "history_id"))
    attribution_records = list(
        Attribution.history.filter(claim_id=claim.pk)
        .select_related("source")
        .order_by("history_date", "history_id")
    )
    entries = []
    previous = None
    for record in records:
        changes = []
        if previous is not None:
            # Chain changes are saved just before the claim row that explains them.
            changes.extend(_chain_changes(attribution_records, previous.history_date, record.history_date))
            delta = record.diff_against(previous, excluded_fields=HISTORY_HIDDEN_FIELDS)
            for change in delta.changes:
                changes.append(
                    Change(
                        change.field,
                        _field_label(change.field),
                        _display(change.field, change.old),
                        _display(change.field, change.new),
                    )
                )
        entries.append(HistoryEntry(record, changes))
        previous = record
    _name_figures(entries)
    entries.reverse()
    return entries


def _name_figures(entries: list[HistoryEntry]) -> None:
    """Figure changes show the figures' names, not their ids (one query, only when needed)."""
    ids = {
        value
        for entry in entries
        for change in entry.changes
        if change.field == "figure"
        for value in (change.old, change.new)
        if value is not None
    }
    if not ids:
        return
    names = dict(Figure.objects.filter(pk__in=ids).values_list("pk", "name"))
    for entry in entries:
        entry.changes = [
            Change(c.field, c.label, names.get(c.old, c.old), names.get(c.new, c.new))
            if c.field == "figure"
            else c
            for c in entry.changes
        ]


def claim_changes_since(claim: Claim, version: int) -> list[HistoryEntry]:
    """What happened to the claim after `version` (for a stale form): newest first."""
    entries = claim_history(claim)
    return [e for e in entries if e.record.version > version]


@dataclass
class QueueSlot:
    claim: Claim | None
    previous_pk: int | None
    next_pk: int | None
    pending_count: int
    pending_more: bool


QUEUE_COUNT_CAP = 200


def _after(created_at, pk) -> Q:
    # (created_at, id) > (x, y), written so that the (status, created_at, id) index serves it.
    return Q(created_at__gte=created_at) & ~Q(created_at=created_at, pk__lte=pk)


def _before(created_at, pk) -> Q:
    return Q(created_at__lte=created_at) & ~Q(created_at=created_at, pk__gte=pk)


QUEUE_STATUSES = (Claim.Status.PENDING, Claim.Status.FLAGGED, Claim.Status.STALE)


def review_queue(
    *, at: Any = None, status: str = Claim.Status.PENDING, narrow=None, only: Q | None = None
) -> QueueSlot:
    """The claim to review: `at` if still in the queue, else the next one after it, else the
    oldest; and its neighbours. Every query is a range scan of the (status, created_at, id)
    index. The queue holds the claims of `status` (pending, or flagged/stale to go over
    again), narrowed by `narrow(queryset)` (the review page's filters: article, language,
    source, kind, unit) and by `only` (e.g. the claims assigned to the reviewer).
    """
    status = status if status in QUEUE_STATUSES else Claim.Status.PENDING
    pending = without_archived(Claim.objects.filter(status=status))
    with_article = without_archived(claim_with_article_queryset().filter(status=status))
    if narrow is not None:
        pending, with_article = narrow(pending), narrow(with_article)
    if only is not None:
        pending, with_article = pending.filter(only), with_article.filter(only)
    at = int(at) if str(at or "").isdigit() else None
    current = None
    if at:
        current = with_article.filter(pk=at).first()
        if current is None:
            # Reviewed meanwhile: carry on with the next pending claim after it.
            anchor = Claim.objects.filter(pk=at).values_list("created_at", "pk").first()
            if anchor:
                current = with_article.filter(_after(*anchor)).order_by("created_at", "pk").first()
    if current is None:
        current = with_article.order_by("created_at", "pk").first()
    if current is None:
        return QueueSlot(None, None, None, 0, False)
    position = (current.created_at, current.pk)
    # The claims after this one, capped: gives the next one and how many remain, without a
    # COUNT over hundreds of thousands of pending rows.
    after = list(
        pending.filter(_after(*position))
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)[:QUEUE_COUNT_CAP]
    )
    previous_pk = (
        pending.filter(_before(*position)).order_by("-created_at", "-pk").values_list("pk", flat=True).first()
    )
    return QueueSlot(
        current,
        previous_pk,
        after[0] if after else None,
        len(after) + 1,
        len(after) == QUEUE_COUNT_CAP,
    )


EXACT_UP_TO = 10_000
# About how many of a source's attributions a filtered list of its claims is counted in
# (count_in_source_sample).
SOURCE_SAMPLE = 1_000


def round_figure(number: int) -> int:
    """Two significant digits, for an estimate: 12,341 -> 12,000."""
    if number < 100:
        return number
    magnitude = 10 ** (len(str(number)) - 2)
    return round(number / magnitude) * magnitude


@dataclass(frozen=True)
class Total:
    """A list's total: exact, or an estimate that says so ("about 12,000", two significant
    digits: no estimate is better than that)."""

    value: int
    exact: bool

    def __str__(self) -> str:
        from django.utils.translation import pgettext

        from .templatetags.claim_format import number

        text = number(self.value if self.exact else round_figure(self.value))
        return text if self.exact else pgettext("an estimated count", "about %(count)s") % {"count": text}


def count_in_source_sample(
    queryset, source_id: int, attributions: int, *, sample: int | None = None
) -> Total:
    """The total of a list narrowed to a source and by other filters (a search, a unit...).

    Counted among about `sample` of the source's attributions: every k-th claim id, so that
    the sample spreads evenly over the years (a period filter finds its share) and gives the
    same figure on every reload; each picked claim is looked up by its primary key. A source
    with 13,000 claims then costs what 1,000 do. Exact when the source has no more
    attributions than `sample` (`attributions`: kept per source); else the matches found in
    the sample times k, an estimate.
    """
    sample = sample or SOURCE_SAMPLE
    step = max(1, -(-attributions // sample))  # ceil
    picked = Attribution.objects.filter(source_id=source_id)
    if step > 1:
        # an integer remainder: Mod's default output (a decimal) cast each of the source's
        # mentions to numeric (16 ms of the 27 for KCNA's 129,566 at ten million claims)
        picked = picked.alias(slot=Mod("claim_id", step, output_field=BigIntegerField())).filter(slot=0)
    found = queryset.filter(pk__in=picked.values("claim_id")).order_by().count()
    return Total(found, True) if step == 1 else Total(found * step, False)


def count_capped(queryset, *, cap: int = EXACT_UP_TO) -> Total:
    """Count at most `cap` + 1 rows (a bounded scan); past the cap ask the planner's estimate.

    >>> count_capped(Claim.objects.filter(status="pending"))   # Total(value=1234, exact=True)
    """
    counted = queryset.order_by().values("pk")[: cap + 1].count()
    if counted <= cap:
        return Total(counted, True)
    return Total(max(_estimate(queryset), cap + 1), False)


def _estimate(queryset) -> int:
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (FORMAT JSON) " + sql, params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        import json

        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
