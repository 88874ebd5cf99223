"""Reads for the article pages: the list and the article with its claims marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from tracker.claims.highlight import Span, highlight
from tracker.claims.models import Claim
from tracker.claims.quote_selectors import quote_attribution
from tracker.claims.search import estimate_rows, filter_articles
from tracker.claims.selectors import Page, Total, claim_list_queryset, count_capped, page_of

from .models import Article


def article_list_queryset(
    *, status: str = "", language: str = "", q: str = "", archived: bool = False
) -> QuerySet[Article]:
    """Articles newest first, without their bodies; archived ones only (and only) when asked;
    `q` searches title, publisher and text (claims.search: web-search syntax, stemmed)."""
    return article_list_search(status=status, language=language, q=q, archived=archived)[0]


# A search's matches are counted up to this many; beyond, PostgreSQL's estimate ("about N").
# Counting 10,000 matches of a common word read 3,700 buffers (10-32 ms) at a million articles.
SEARCH_COUNT_UP_TO = 1_000


def article_list_total(articles: QuerySet[Article], search) -> Total:
    """The list's total: counted up to EXACT_UP_TO (a search's up to SEARCH_COUNT_UP_TO),
    beyond that the planner's estimate, a search's without its language markers."""
    if search is None or not search.postgresql or search.empty:
        return count_capped(articles)
    counted = articles.order_by().values("pk")[: SEARCH_COUNT_UP_TO + 1].count()
    if counted <= SEARCH_COUNT_UP_TO:
        return Total(counted, True)
    return Total(max(estimate_rows(articles, search), counted), False)


def article_list_search(
    *, status: str = "", language: str = "", q: str = "", archived: bool = False
) -> tuple[QuerySet[Article], object]:
    """article_list_queryset and the claims.search.Search of `q` (None without one)."""
    search = None
    articles = Article.objects.defer("body").select_related("added_by")
    articles = articles.filter(archived_at__isnull=not archived)
    if status:
        articles = articles.filter(status=status)
    if language:
        articles = articles.filter(language=language)
    if q.strip():
        articles, search = filter_articles(articles, q)
    return articles.order_by("-created_at", "-pk"), search


def article_claim_counts(articles: list[Article]) -> None:
    """Set `claim_count` on each article of a page: one grouped query for the whole page."""
    counts = dict(
        Claim.objects.filter(article__in=[a.pk for a in articles])
        .exclude(status=Claim.Status.REJECTED)
        .order_by()
        .values("article_id")
        .annotate(n=Count("pk"))
        .values_list("article_id", "n")
    )
    for article in articles:
        article.claim_count = counts.get(article.pk, 0)


# Claim cards (and marks in the text) per page of an article: a flooded article stays light.
ARTICLE_CLAIMS_PER_PAGE = 100


def article_claims_page(article: Article, *, number=None, current: int | None = None) -> Page:
    """One page of the article's claims in text order; without a page number, the page
    holding the `current` claim (a link to claim #N opens where it is)."""
    claims = claim_list_queryset().filter(article=article).order_by("start", "pk")
    if number in (None, "") and current is not None:
        here = Claim.objects.filter(article=article, pk=current).values_list("start", flat=True).first()
        if here is not None:
            before = Claim.objects.filter(article=article).filter(
                Q(start__lt=here) | Q(start=here, pk__lt=current)
            )
            number = before.count() // ARTICLE_CLAIMS_PER_PAGE + 1
    return page_of(claims, number=number, per_page=ARTICLE_CLAIMS_PER_PAGE)


def article_claim_total(article: Article, page: Page) -> int:
    """All the article's claims: counted only when they fill more than one page."""
    if page.number == 1 and not page.has_next:
        return len(page.items)
    return Claim.objects.filter(article=article).count()


def article_marks(
    article: Article, claims: list[Claim], *, quotes: list | None = None, current: int | None = None
) -> SafeString:
    """The article body as HTML with every claim, source mention and quote marked (a quote's
    speaker as a source mention)."""
    spans = []
    for quote in quotes or []:
        said_by = quote_attribution(quote)
        spans.append(
            Span(
                quote.start,
                quote.end,
                ("quote",),
                anchor=f"quote-{quote.pk}",
                title=gettext("Quote: %(by)s") % {"by": said_by},
                data={"quote": quote.pk},
            )
        )
        if quote.speaker_start is not None and quote.speaker_end is not None:
            spans.append(
                Span(
                    quote.speaker_start,
                    quote.speaker_end,
                    ("source", "speaker"),
                    title=gettext("Speaker: %(by)s") % {"by": said_by},
                    data={"quote": quote.pk},
                )
            )
    for claim in claims:
        classes = ["claim", f"status-{claim.status}"]
        if claim.pk == current:
            classes.append("current")
        spans.append(
            Span(
                claim.start,
                claim.end,
                tuple(classes),
                anchor=f"claim-{claim.pk}",
                title=gettext("Claim #%(pk)s (%(status)s)")
                % {"pk": claim.pk, "status": claim.get_status_display()},
                data={"claim": claim.pk},
            )
        )
        for attribution in claim.attributions.all():
            if attribution.start is not None and attribution.end is not None:
                spans.append(
                    Span(
                        attribution.start,
                        attribution.end,
                        ("source",),
                        title=gettext("Source: %(name)s") % {"name": attribution.source.name},
                        data={"source": attribution.source_id},
                    )
                )
    return highlight(article.body, spans)


# A queued article nobody picked up for this long means no worker is running.
WORKERS_DOWN_AFTER = dt.timedelta(seconds=60)
WAITING = (Article.Status.QUEUED, Article.Status.FETCHING)
LIVE = (Article.Status.QUEUED, Article.Status.FETCHING, Article.Status.EXTRACTING)


@dataclass(frozen=True)
class ExtractionState:
    """What the live status of an article shows: queued → extracting → done (n claims) /
    failed (reason), and whether the workers seem down."""

    article: Article
    claim_count: int
    waiting_for: dt.timedelta | None  # how long it has waited for a worker, when it waits

    @property
    def live(self) -> bool:
        return self.article.status in LIVE

    @property
    def workers_down(self) -> bool:
        return self.waiting_for is not None and self.waiting_for >= WORKERS_DOWN_AFTER

    @property
    def waiting_minutes(self) -> int:
        return max(1, int(self.waiting_for.total_seconds() // 60)) if self.waiting_for else 0

    @property
    def fetch_failed(self) -> bool:
        return (
            self.article.status == Article.Status.FAILED
            and not self.article.has_body
            and bool(self.article.url)
        )


def article_state(article: Article, *, claim_count: int | None = None) -> ExtractionState:
    """The live status of an article (with `has_body` annotated, see article_for_status)."""
    if claim_count is None:
        claim_count = 0
        if article.status == Article.Status.DONE:
            claim_count = article.claims.exclude(status=Claim.Status.REJECTED).count()
    waiting = None
    if article.status in WAITING:
        waiting = timezone.now() - article.status_changed_at
    return ExtractionState(article, claim_count, waiting)


def article_for_status(pk: int) -> Article:
    """The article without its text, and whether it has one (one query)."""
    return get_object_or_404(
        Article.objects.defer("body").annotate(
            has_body=ExpressionWrapper(~Q(body=""), output_field=BooleanField())
        ),
        pk=pk,
    )


def workers_seem_down() -> bool:
    """Has any article waited longer than WORKERS_DOWN_AFTER for a worker? (One indexed query.)"""
    return Article.objects.filter(
        status__in=WAITING, status_changed_at__lt=timezone.now() - WORKERS_DOWN_AFTER
    ).exists()


# --- batches of a web upload: their article ids live in the uploader's session -------------

BATCHES_KEPT = 10


def batch_remember(session, article_ids: list[int]) -> str:
    """Keep a batch's article ids in the session (the last BATCHES_KEPT); returns its key."""
    import secrets

    batches = dict(session.get("article_batches", {}))
    key = secrets.token_urlsafe(8)
    batches[key] = list(article_ids)
    while len(batches) > BATCHES_KEPT:
        batches.pop(next(iter(batches)))
    session["article_batches"] = batches
    return key


def batch_ids(session, key: str) -> list[int] | None:
    return session.get("article_batches", {}).get(key)


BATCH_ROWS = 200


@dataclass(frozen=True)
class BatchState:
    total: int
    counts: dict
    articles: list

    @property
    def finished(self) -> int:
        return self.counts.get(Article.Status.DONE, 0) + self.counts.get(Article.Status.FAILED, 0)

    @property
    def live(self) -> bool:
        return self.finished < self.total

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 100

    @property
    def count_labels(self) -> list[tuple[str, str, int]]:
        """(status, its label in the page's language, count) for the badges."""
        return [(status, Article.Status(status).label, n) for status, n in self.counts.items()]


def batch_state(article_ids: list[int]) -> BatchState:
    """How far a batch has come: counts by status (one grouped query) and its first
    BATCH_ROWS articles with their claim counts (two more)."""
    counts = dict(
        Article.objects.filter(pk__in=article_ids)
        .order_by()
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    articles = list(Article.objects.defer("body").filter(pk__in=article_ids[:BATCH_ROWS]).order_by("pk"))
    article_claim_counts(articles)
    return BatchState(sum(counts.values()), counts, articles)
