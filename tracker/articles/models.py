from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Feed(models.Model):
    """An RSS/Atom feed an editor subscribed to; beat polls it and each new entry becomes an article."""

    url = models.URLField(max_length=2000, unique=True)
    title = models.CharField(max_length=300, blank=True)
    publisher = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, blank=True)
    active = models.BooleanField(default=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    etag = models.CharField(max_length=300, blank=True)
    modified = models.CharField(max_length=100, blank=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title", "url"]

    def __str__(self):
        return self.title or self.url


class ArticleStatus(models.TextChoices):
    FETCHING = "fetching", _("Fetching")
    QUEUED = "queued", _("Queued")
    EXTRACTING = "extracting", _("Extracting")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class Article(models.Model):
    Status = ArticleStatus

    class Origin(models.TextChoices):
        PASTE = "paste", _("Pasted")
        UPLOAD = "upload", _("Uploaded file")
        URL = "url", _("Fetched from URL")
        FEED = "feed", _("Feed")
        BULK = "bulk", _("Bulk import")
        API = "api", _("API")
        DEMO = "demo", _("Demo data")

    title = models.CharField(max_length=500, blank=True)
    body = models.TextField(blank=True, help_text="Plain text; claim offsets index into it. Never edited.")
    language = models.CharField(max_length=8, blank=True)
    url = models.URLField(max_length=2000, null=True, blank=True, unique=True)
    content_hash = models.CharField(
        max_length=64,
        null=True,
        blank=True,
        unique=True,
        help_text="SHA-256 of the normalised text.",
    )
    publisher = models.CharField(max_length=200, blank=True)
    published = models.DateField(null=True, blank=True)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.PASTE)
    feed = models.ForeignKey(Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="articles")
    feed_entry_id = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.QUEUED)
    status_changed_at = models.DateTimeField(default=timezone.now)
    error = models.TextField(blank=True)
    attempts = models.PositiveIntegerField(default=0)
    extractor_version = models.CharField(max_length=40, blank=True)
    claims_truncated = models.PositiveIntegerField(
        default=0, help_text="Claims found beyond the per-article cap and not stored (0: none)."
    )
    intake_note = models.TextField(
        blank=True, help_text="What was dropped on the way in, and why (e.g. an unsafe URL)."
    )
    waiting_for_workers = models.BooleanField(
        default=False, help_text="Its extraction could not be queued (broker down); the sweeper retries."
    )
    archived_at = models.DateTimeField(null=True, blank=True)
    archived_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    extracted_at = models.DateTimeField(null=True, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["body", "status_changed_at", "updated_at"])

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("reextract_article", "Can re-run extraction on an article"),
            ("archive_article", "Can archive and restore an article with its claims"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status__in=ArticleStatus.values),
                name="article_status_valid",
                violation_error_message="Unknown article status.",
            ),
            models.CheckConstraint(
                # Only a URL still being fetched (or whose fetch failed) may be without text.
                condition=models.Q(status__in=["fetching", "failed"]) | ~models.Q(body=""),
                name="article_body_required_after_fetch",
                violation_error_message=(
                    "An article needs its text "
                    "(only an article being fetched, or whose fetch failed, may be empty)."
                ),
            ),
            models.UniqueConstraint(
                fields=["feed", "feed_entry_id"],
                condition=~models.Q(feed_entry_id=""),
                name="article_feed_entry_unique",
                violation_error_message="This feed entry was imported already.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "status_changed_at"], name="article_status_idx"),
            models.Index(fields=["-published", "-id"], name="article_published_idx"),
            models.Index(fields=["-created_at"], name="article_created_idx"),
            models.Index(fields=["archived_at"], name="article_archived_idx"),
        ]

    def __str__(self):
        return self.title or self.url or f"Article {self.pk}"

    @property
    def archived(self) -> bool:
        return self.archived_at is not None
