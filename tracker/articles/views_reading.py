"""Reading articles: the list, and one article with its claims marked in the text."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from tracker.accounts.access import is_editor
from tracker.claims.forms import ClaimAddForm
from tracker.claims.selectors import page_of
from tracker.claims.storage import claims_cap
from tracker.work.selectors import article_work_context

from .models import Article
from .selectors_reading import (
    article_claim_counts,
    article_claim_total,
    article_claims_page,
    article_list_queryset,
    article_marks,
)


@require_GET
@permission_required("articles.view_article", raise_exception=True)
def article_list(request):
    status = request.GET.get("status", "")
    status = status if status in Article.Status.values else ""
    # PostgreSQL refuses NUL in any string (a 500): it is never part of a search.
    language = request.GET.get("language", "").replace("\x00", "")[:8]
    q = request.GET.get("q", "").replace("\x00", "")[:200]
    archived = request.GET.get("archived") == "1"
    page = page_of(
        article_list_queryset(status=status, language=language, q=q, archived=archived),
        number=request.GET.get("page"),
    )
    article_claim_counts(page.items)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "articles/article_list.html",
        {
            "page": page,
            "status": status,
            "language": language,
            "q": q,
            "archived": archived,
            "statuses": Article.Status.choices,
            "query": query.urlencode(),
        },
    )


@require_GET
@permission_required("articles.view_article", raise_exception=True)
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("added_by", "archived_by"), pk=pk)
    try:
        current = int(request.GET.get("claim", ""))
    except ValueError:
        current = None
    page = article_claims_page(article, number=request.GET.get("page"), current=current)
    claims = page.items  # the text marks this page's claims only
    return render(
        request,
        "articles/article_detail.html",
        {
            "article": article,
            "claims": claims,
            "page": page,
            "claim_total": article_claim_total(article, page),
            "claim_cap": claims_cap(len(article.body)),
            "claim_chars": settings.CLAIM_MIN_CHARS,
            "current": current,
            "body_html": article_marks(article, claims, current=current),
            "add_form": ClaimAddForm(article=article, prefix="add") if is_editor(request.user) else None,
            **article_work_context(article, editor=is_editor(request.user)),
        },
    )
