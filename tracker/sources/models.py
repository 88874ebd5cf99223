from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class SourceKind(models.TextChoices):
    STATE_MEDIA = "state_media", _("State media")
    NEWS_OUTLET = "news_outlet", _("News outlet")
    NEWS_AGENCY = "news_agency", _("News agency")
    INTELLIGENCE = "intelligence", _("Intelligence")
    GOVERNMENT = "government", _("Government")
    MILITARY = "military", _("Military")
    EXPERT = "expert", _("Expert")
    ORGANISATION = "organisation", _("Organisation")
    PERSON = "person", _("Person")
    OTHER = "other", _("Other")


class Source(models.Model):
    """Who a figure is attributed to: an outlet, agency, service, government, person…"""

    Kind = SourceKind

    name = models.CharField(max_length=200, help_text="Canonical name, e.g. KCNA.")
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.OTHER)
    country = models.CharField(max_length=100, blank=True)
    description = models.TextField(blank=True)
    verified = models.BooleanField(
        default=False,
        help_text="Checked by an editor (sources the extractor invents are unverified).",
    )
    merged_into = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_sources",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_source", "Can merge a duplicate source into another")]
        constraints = [
            models.UniqueConstraint(
                Lower("name"),
                name="source_name_unique_ci",
                violation_error_message="A source with this name exists already.",
            ),
            models.CheckConstraint(
                condition=~models.Q(name=""),
                name="source_name_not_empty",
                violation_error_message="A source needs a name.",
            ),
            models.CheckConstraint(
                condition=models.Q(kind__in=SourceKind.values),
                name="source_kind_valid",
                violation_error_message="Unknown source kind.",
            ),
        ]
        indexes = [models.Index(fields=["kind", "name"], name="source_kind_name_idx")]

    def __str__(self):
        return self.name


class SourceAlias(models.Model):
    """A language-tagged surface form of a source: 'nordkoreanische Staatsmedien' → KCNA."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(max_length=200)
    language = models.CharField(max_length=8, blank=True, help_text="de, en, … or empty for any.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["text"]
        verbose_name_plural = "source aliases"
        constraints = [
            models.UniqueConstraint(
                Lower("text"),
                "language",
                name="alias_text_language_unique_ci",
                violation_error_message="This alias exists already for this language.",
            ),
            models.CheckConstraint(
                condition=~models.Q(text=""),
                name="alias_text_not_empty",
                violation_error_message="An alias needs its words.",
            ),
        ]

    def __str__(self):
        return f"{self.text} ({self.language or 'any'})"
