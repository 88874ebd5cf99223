"""The quotes page: every direct quote with its speaker and the sources it came through,
searchable, by source and by article; and its exports."""

from django.contrib.auth.decorators import permission_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from tracker.sources.models import Source

from ..exports import Column, export_response
from ..quote_selectors import quote_filters, quote_list_queryset, quote_speaker
from ..selectors import count_capped, page_of

QUOTE_COLUMNS = [
    Column("id", "number"),
    Column("text"),
    Column("speaker"),
    Column("speaker_as_written"),
    Column("via", "list"),
    Column("article_id", "number"),
    Column("article_title"),
    Column("article_url"),
    Column("article_published", "date"),
    Column("language"),
    Column("start", "number"),
    Column("end", "number"),
]


def quote_row(quote) -> dict:
    article = quote.article
    return {
        "id": quote.pk,
        "text": quote.text,
        "speaker": quote_speaker(quote),
        "speaker_as_written": quote.speaker_name,
        "via": [s.name for s in quote.via.all()],
        "article_id": article.pk,
        "article_title": article.title,
        "article_url": article.url or None,
        "article_published": article.published,
        "language": article.language,
        "start": quote.start,
        "end": quote.end,
    }


@require_GET
@permission_required("claims.view_quote", raise_exception=True)
def quote_list(request):
    filters = quote_filters(request.GET)
    quotes = quote_list_queryset(**filters)
    page = page_of(quotes, number=request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    source = None
    if filters["source_id"] and filters["source_id"] > 0:
        source = Source.objects.filter(pk=filters["source_id"]).only("pk", "name").first()
    return render(
        request,
        "claims/quote_list.html",
        {
            "page": page,
            "total": count_capped(quotes),
            "query": query.urlencode(),
            "q": filters["q"],
            "source": source,
            "source_name": request.GET.get("source_name", "")[:200],
            "article_id": filters["article_id"],
            "language": filters["language"],
        },
    )


@require_GET
@permission_required("claims.view_quote", raise_exception=True)
def quote_export(request):
    """The filtered quotes as CSV (default), JSON or Excel, streamed."""
    quotes = quote_list_queryset(**quote_filters(request.GET)).iterator(chunk_size=2000)
    return export_response(request, rows=quotes, columns=QUOTE_COLUMNS, row_of=quote_row, filename="quotes")
