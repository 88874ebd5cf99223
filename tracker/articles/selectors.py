"""Reads for the ingest pages."""

from django.db.models import Count, QuerySet

from .models import Feed


def feed_list() -> QuerySet[Feed]:
    """Feeds with their number of articles, for the feeds page (one query)."""
    return Feed.objects.annotate(article_count=Count("articles")).order_by("title", "url")
