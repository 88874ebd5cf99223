"""Reads for quotes: an article's, a source's (as speaker or as the one who passed it on), and
the searchable list behind the quotes page, its exports and `GET /api/quotes/`."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet

from tracker.sources.models import Source
from tracker.sources.selectors import source_ids_named

from .models import Quote


def quote_list_queryset(
    *, q: str = "", source_id: int | None = None, article_id: int | None = None, language: str = ""
) -> QuerySet[Quote]:
    """Quotes newest article first, with speaker, via-sources and article (without its text):
    3 queries for any page size.

    >>> quote_list_queryset(source_id=kcna.pk)  # quoted by KCNA's speakers or passed on by KCNA
    """
    quotes = Quote.objects.select_related("speaker", "article").defer("article__body")
    quotes = quotes.prefetch_related(
        Prefetch("via", queryset=Source.objects.only("pk", "name").order_by("name"))
    )
    q = " ".join(q.replace("\x00", "").split())[:200]
    if q:
        quotes = quotes.filter(
            Q(text__icontains=q) | Q(speaker_name__icontains=q) | Q(speaker__name__icontains=q)
        )
    if source_id:
        relayed = Quote.via.through.objects.filter(source_id=source_id).values("quote_id")
        quotes = quotes.filter(Q(speaker_id=source_id) | Q(pk__in=relayed))
    if article_id:
        quotes = quotes.filter(article_id=article_id)
    if language:
        quotes = quotes.filter(article__language=language)
    return quotes.order_by("-article_id", "start")


def article_quotes(article) -> list[Quote]:
    """The article's quotes in text order, with speaker and via-sources (2 queries)."""
    return list(
        Quote.objects.filter(article=article)
        .select_related("speaker")
        .prefetch_related(Prefetch("via", queryset=Source.objects.only("pk", "name").order_by("name")))
        .order_by("start")
    )


def quote_speaker(quote: Quote) -> str:
    """Who is quoted: the resolved source's name, else the words the article used."""
    return quote.speaker.name if quote.speaker_id else quote.speaker_name


def quote_attribution(quote: Quote) -> str:
    """'Kim Jong-un via KCNA', for titles, cards and exports."""
    speaker = quote_speaker(quote) or "Unknown speaker"
    via = [s.name for s in quote.via.all()]
    return f"{speaker} via {', '.join(via)}" if via else speaker


def _int_or_none(text: str) -> int | None:
    return int(text) if text.isdigit() and len(text) < 19 else None


def quote_filters(params) -> dict:
    """The quote filters of a request (page, export and API share them): `q`, `source` (id),
    `source_name` (exact name or alias), `article` (id), `language`."""
    language = params.get("language", "")
    language = language if language in ("de", "en") else ""
    source_id = _int_or_none(params.get("source", ""))
    name = params.get("source_name", "").strip()[:200]
    if name:
        ids = source_ids_named(name, language=language)
        source_id = ids[0] if ids else -1  # an unknown name finds nothing
    return {
        "q": params.get("q", "")[:200],
        "source_id": source_id,
        "article_id": _int_or_none(params.get("article", "")),
        "language": language,
    }
