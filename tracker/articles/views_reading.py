"""Reading articles: the list, and one article with its claims marked in the text."""

from django.conf import settings
from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from tracker.accounts.access import is_editor
from tracker.claims.forms import ClaimAddForm
from tracker.claims.quote_selectors import article_quotes
from tracker.claims.selectors import page_of
from tracker.claims.storage import claims_cap
from tracker.work.selectors import article_work_context

from .models import Article
from .selectors_reading import (
    article_claim_counts,
    article_claim_total,
    article_claims_page,
    article_for_status,
    article_list_search,
    article_list_total,
    article_marks,
    article_state,
    batch_ids,
    batch_state,
    workers_seem_down,
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
    articles, search = article_list_search(status=status, language=language, q=q, archived=archived)
    page = page_of(articles, number=request.GET.get("page"))
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
            "workers_down": workers_seem_down(),
            "total": article_list_total(articles, search),
            "query": query.urlencode(),
        },
    )


@require_GET
@permission_required("articles.view_article", raise_exception=True)
def article_detail(request, pk):
    article = get_object_or_404(Article.objects.select_related("added_by", "archived_by"), pk=pk)
    article.has_body = bool(article.body)
    quotes = article_quotes(article)
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
            "quotes": quotes,
            # one page holds them all: counted here; else article_state counts them in the database
            "state": article_state(
                article,
                claim_count=sum(c.status != "rejected" for c in claims)
                if page.number == 1 and not page.has_next
                else None,
            ),
            "body_html": article_marks(article, claims, quotes=quotes, current=current),
            "add_form": ClaimAddForm(article=article, prefix="add") if is_editor(request.user) else None,
            **article_work_context(article, editor=is_editor(request.user)),
        },
    )


@require_GET
@permission_required("articles.view_article", raise_exception=True)
def article_status(request, pk):
    """The live status of an article, polled by htmx while it is queued or being extracted:
    the full box on its page, a badge (`?compact=1`) in the article list."""
    state = article_state(article_for_status(pk))
    template = (
        "articles/_partials/status_badge.html"
        if request.GET.get("compact")
        else "articles/_partials/status.html"
    )
    return render(request, template, {"state": state, "article": state.article, "polled": True})


@require_GET
@permission_required("articles.add_article", raise_exception=True)
def article_batch(request, key):
    """The progress of a batch uploaded in the web; htmx polls it while articles are pending."""
    ids = batch_ids(request.session, key)
    if ids is None:
        raise Http404("This batch is not known (any more) in this session.")
    state = batch_state(ids)
    polled = request.headers.get("HX-Request") == "true"
    template = "articles/_partials/batch_progress.html" if polled else "articles/article_batch.html"
    return render(
        request,
        template,
        {"state": state, "key": key, "statuses": Article.Status.choices, "workers_down": workers_seem_down()},
    )
