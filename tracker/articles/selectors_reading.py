"""Reads for the article pages: the list and the article with its claims marked."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet
from django.utils.safestring import SafeString

from tracker.claims.highlight import Span, highlight
from tracker.claims.models import Claim
from tracker.claims.selectors import Page, claim_list_queryset, page_of

from .models import Article


def article_list_queryset(
    *, status: str = "", language: str = "", q: str = "", archived: bool = False
) -> QuerySet[Article]:
    """Articles newest first, without their bodies; archived ones only (and only) when asked."""
    articles = Article.objects.defer("body").select_related("added_by")
    articles = articles.filter(archived_at__isnull=not archived)
    if status:
        articles = articles.filter(status=status)
    if language:
        articles = articles.filter(language=language)
    if q.strip():
        articles = articles.filter(Q(title__icontains=q.strip()) | Q(publisher__icontains=q.strip()))
    return articles.order_by("-created_at", "-pk")


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


def article_marks(article: Article, claims: list[Claim], *, current: int | None = None) -> SafeString:
    """The article body as HTML with every claim and source mention marked."""
    spans = []
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
                title=f"Claim #{claim.pk} ({claim.get_status_display()})",
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
                        title=f"Source: {attribution.source.name}",
                        data={"source": attribution.source_id},
                    )
                )
    return highlight(article.body, spans)
