from django.contrib import admin
from django.db import models
from simple_history.admin import SimpleHistoryAdmin

from .models import Article, Feed

# Django 6 assumes https for a URL typed without a scheme; the admin does so already.
HTTPS_URLS = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = [
        "__str__",
        "language",
        "publisher",
        "published",
        "origin",
        "status",
        "created_at",
    ]
    list_filter = ["status", "language", "origin", "published"]
    search_fields = ["title", "url", "publisher", "content_hash"]
    date_hierarchy = "created_at"
    raw_id_fields = ["added_by", "feed"]
    readonly_fields = [
        "content_hash",
        "status_changed_at",
        "extractor_version",
        "extracted_at",
        "attempts",
    ]


@admin.register(Feed)
class FeedAdmin(admin.ModelAdmin):
    formfield_overrides = HTTPS_URLS
    list_display = ["__str__", "url", "active", "last_polled_at", "last_error"]
    list_filter = ["active", "language"]
    search_fields = ["title", "url", "publisher"]
    raw_id_fields = ["added_by"]
