from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Length
from django.db.models.lookups import Exact
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class ClaimKind(models.TextChoices):
    COUNT = "count", _("Count")
    MONEY = "money", _("Money")
    PERCENT = "percent", _("Percent")
    AGE = "age", _("Age")
    RATIO = "ratio", _("Ratio")
    OTHER = "other", _("Other")


class ClaimBound(models.TextChoices):
    EXACT = "exact", _("exactly")
    ABOUT = "about", _("about")
    AT_LEAST = "at_least", _("at least")
    AT_MOST = "at_most", _("at most")


class ClaimModality(models.TextChoices):
    ASSERTED = "asserted", _("Asserted")
    ESTIMATED = "estimated", _("Estimated")
    REPORTED = "reported", _("Reported")
    SPECULATIVE = "speculative", _("Speculative")
    PLANNED = "planned", _("Planned")


class ClaimStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    FLAGGED = "flagged", _("Flagged")
    REJECTED = "rejected", _("Rejected")
    STALE = "stale", _("Stale")


class ClaimReason(models.TextChoices):
    FIGURE_DISPUTED = "figure_disputed", _("Figure disputed")
    SOURCE_UNCLEAR = "source_unclear", _("Source unclear")
    OUTDATED = "outdated", _("Outdated")
    MISATTRIBUTED = "misattributed", _("Misattributed")
    NOT_A_CLAIM = "not_a_claim", _("Not a claim")
    DUPLICATE = "duplicate", _("Duplicate")
    OTHER = "other", _("Other")


class ClaimOrigin(models.TextChoices):
    EXTRACTED = "extracted", _("Extracted")
    MANUAL = "manual", _("Added by hand")


class AttributionRole(models.TextChoices):
    ORIGIN = "origin", _("Origin")
    RELAY = "relay", _("Relay")


class Figure(models.Model):
    """A tracked quantity ('North Korean troops in Russia'): claims grouped across articles."""

    name = models.CharField(max_length=300, unique=True)
    description = models.TextField(blank=True)
    unit = models.CharField(max_length=60, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Claim(models.Model):
    """One figure in one article, with where it stands in the text and its review state."""

    Kind = ClaimKind

    Bound = ClaimBound

    Modality = ClaimModality

    Status = ClaimStatus

    Reason = ClaimReason

    Origin = ClaimOrigin

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="claims")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField(help_text="The words of the claim: article.body[start:end].")
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.COUNT)
    value = models.DecimalField(max_digits=24, decimal_places=6)
    value_high = models.DecimalField(max_digits=24, decimal_places=6, null=True, blank=True)
    approximate = models.BooleanField(default=False)
    bound = models.CharField(max_length=10, choices=Bound.choices, default=Bound.EXACT)
    unit = models.CharField(max_length=60, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    modality = models.CharField(max_length=12, choices=Modality.choices, default=Modality.ASSERTED)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    period_text = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    note = models.TextField(blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Raised on every change (optimistic locking).")
    fingerprint = models.CharField(max_length=64)
    origin = models.CharField(max_length=10, choices=Origin.choices, default=Origin.EXTRACTED)
    corrected = models.BooleanField(
        default=False, help_text="An editor changed what the extractor read (value, unit, sources, period)."
    )
    extractor_version = models.CharField(max_length=40, blank=True)
    figure = models.ForeignKey(
        Figure, null=True, blank=True, on_delete=models.SET_NULL, related_name="claims"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    class Meta:
        ordering = ["article_id", "start"]
        permissions = [("review_claim", "Can approve, flag, reject and correct claims")]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "fingerprint"],
                name="claim_fingerprint_unique",
                violation_error_message="This article has this claim already.",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="claim_span_not_empty",
                violation_error_message="A claim's end must come after its start.",
            ),
            models.CheckConstraint(
                condition=Q(sentence_start__lte=F("start")) & Q(sentence_end__gte=F("end")),
                name="claim_inside_sentence",
                violation_error_message="A claim must lie inside its sentence.",
            ),
            models.CheckConstraint(
                condition=Exact(Length("text"), F("end") - F("start")),
                name="claim_text_matches_span",
                violation_error_message=(
                    "A claim's text must be exactly the characters between its start and end."
                ),
            ),
            models.CheckConstraint(
                condition=Q(value_high__isnull=True) | Q(value_high__gte=F("value")),
                name="claim_range_ordered",
                violation_error_message="The high end of a range cannot be below its low end.",
            ),
            models.CheckConstraint(
                condition=Q(period_start__isnull=True)
                | Q(period_end__isnull=True)
                | Q(period_end__gte=F("period_start")),
                name="claim_period_ordered",
                violation_error_message="A period cannot end before it starts.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ClaimKind.values),
                name="claim_kind_valid",
                violation_error_message="Unknown claim kind.",
            ),
            models.CheckConstraint(
                condition=Q(bound__in=ClaimBound.values),
                name="claim_bound_valid",
                violation_error_message="Unknown bound.",
            ),
            models.CheckConstraint(
                condition=Q(modality__in=ClaimModality.values),
                name="claim_modality_valid",
                violation_error_message="Unknown modality.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=ClaimStatus.values),
                name="claim_status_valid",
                violation_error_message="Unknown review status.",
            ),
            models.CheckConstraint(
                # A flag or a rejection always says why.
                condition=~Q(status__in=["flagged", "rejected"]) | ~Q(reason=""),
                name="claim_flag_has_reason",
                violation_error_message="A flagged or rejected claim needs a reason.",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "created_at", "id"], name="claim_review_queue_idx"),
            models.Index(fields=["article", "start"], name="claim_article_idx"),
            models.Index(fields=["-period_start", "-id"], name="claim_period_idx"),
            models.Index(fields=["unit", "kind"], name="claim_unit_idx"),
            models.Index(fields=["figure", "period_start"], name="claim_figure_idx"),
        ]

    def __str__(self):
        return self.text


class Attribution(models.Model):
    """Claim ↔ source, with the mention's words in the text and its place in a chain."""

    Role = AttributionRole

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="attributions")
    source = models.ForeignKey("sources.Source", on_delete=models.PROTECT, related_name="attributions")
    start = models.PositiveIntegerField(null=True, blank=True)
    end = models.PositiveIntegerField(null=True, blank=True)
    text = models.CharField(max_length=300, blank=True)
    cue = models.CharField(max_length=60, blank=True)
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.ORIGIN)
    order = models.PositiveSmallIntegerField(default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["claim_id", "order"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "source", "order"],
                name="attribution_unique",
                violation_error_message="This source is attributed at this place of the chain already.",
            ),
            models.CheckConstraint(
                condition=(Q(start__isnull=True) & Q(end__isnull=True)) | Q(end__gt=F("start")),
                name="attribution_span_valid",
                violation_error_message="A source mention's end must come after its start.",
            ),
            models.CheckConstraint(
                condition=Q(role__in=["origin", "relay"]),
                name="attribution_role_valid",
                violation_error_message="An attribution's role is origin or relay.",
            ),
        ]
        indexes = [models.Index(fields=["source", "claim"], name="attribution_source_idx")]

    def __str__(self):
        return f"{self.claim_id} ← {self.source_id} ({self.role})"


class Quote(models.Model):
    """A direct quotation in an article, with its speaker and the sources it came through."""

    article = models.ForeignKey("articles.Article", on_delete=models.CASCADE, related_name="quotes")
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    speaker_name = models.CharField(max_length=300, blank=True)
    speaker_start = models.PositiveIntegerField(null=True, blank=True)
    speaker_end = models.PositiveIntegerField(null=True, blank=True)
    speaker = models.ForeignKey(
        "sources.Source",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="quotes",
    )
    via = models.ManyToManyField("sources.Source", blank=True, related_name="relayed_quotes")

    class Meta:
        ordering = ["article_id", "start"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "start", "end"],
                name="quote_span_unique",
                violation_error_message="This quote is stored already.",
            ),
            models.CheckConstraint(
                condition=Q(end__gt=F("start")),
                name="quote_span_not_empty",
                violation_error_message="A quote's end must come after its start.",
            ),
            models.CheckConstraint(
                condition=Exact(Length("text"), F("end") - F("start")),
                name="quote_text_matches_span",
                violation_error_message=(
                    "A quote's text must be exactly the characters between its start and end."
                ),
            ),
        ]

    def __str__(self):
        return self.text[:80]


class SuggestionStatus(models.TextChoices):
    PENDING = "pending", _("Suggested")
    ACCEPTED = "accepted", _("Accepted")
    DISMISSED = "dismissed", _("Dismissed")


class FigureSuggestion(models.Model):
    """A tracked figure the claim probably belongs to (see claims.suggest); a person decides."""

    Status = SuggestionStatus

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="suggestions")
    figure = models.ForeignKey(Figure, on_delete=models.CASCADE, related_name="suggestions")
    score = models.FloatField()
    reasons = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["claim_id", "-score", "figure_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "figure"],
                name="suggestion_unique",
                violation_error_message="This figure is suggested for this claim already.",
            ),
            models.CheckConstraint(
                condition=Q(status__in=SuggestionStatus.values),
                name="suggestion_status_valid",
                violation_error_message="Unknown suggestion status.",
            ),
        ]
        indexes = [models.Index(fields=["claim", "status"], name="suggestion_claim_idx")]

    def __str__(self):
        return f"{self.claim_id} → {self.figure_id} ({self.score:.2f})"
