"""Following figures and sources; what moved a figure; who was told, in the app, by email, by webhook."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Follow(models.Model):
    """A person follows one tracked figure or one source."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    figure = models.ForeignKey(
        "claims.Figure", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    source = models.ForeignKey(
        "sources.Source", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(figure__isnull=True) ^ Q(source__isnull=True),
                name="follow_one_thing",
                violation_error_message="Follow a figure or a source.",
            ),
            models.UniqueConstraint(fields=["user", "figure"], name="follow_figure_unique"),
            models.UniqueConstraint(fields=["user", "source"], name="follow_source_unique"),
        ]
        indexes = [
            models.Index(fields=["figure", "user"], name="follow_figure_idx"),
            models.Index(fields=["source", "user"], name="follow_source_idx"),
        ]

    def __str__(self):
        return f"{self.user_id} follows {self.figure or self.source}"


class EventKind(models.TextChoices):
    NEW_SOURCE = "new_source", _("New source")
    REVISION = "revision", _("Revision")
    CONFLICT = "conflict", _("New conflict")


class FigureEvent(models.Model):
    """A claim joined a figure and moved it: a new source, a revision or a new conflict."""

    Kind = EventKind

    figure = models.ForeignKey("claims.Figure", on_delete=models.CASCADE, related_name="events")
    claim = models.ForeignKey("claims.Claim", null=True, on_delete=models.SET_NULL, related_name="+")
    source = models.ForeignKey(
        "sources.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    message = models.CharField(max_length=500)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["figure", "-created_at"], name="figure_event_idx")]

    def __str__(self):
        return self.message


class Notification(models.Model):
    """Something for one person: a figure they follow moved (`event`), or work for them
    (`message` and `link`: a claim assigned to them, a comment on it)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    event = models.ForeignKey(
        FigureEvent, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    message = models.CharField(max_length=500, blank=True)
    link = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(fields=["user", "event"], name="notification_unique")]
        indexes = [
            models.Index(fields=["user"], condition=Q(read_at__isnull=True), name="notification_unread_idx"),
            models.Index(fields=["user", "-created_at"], name="notification_user_idx"),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.event_id}"


class Webhook(models.Model):
    """Where to POST a person's notifications, signed with HMAC-SHA256 of the body under `secret`."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="webhooks")
    url = models.URLField(max_length=2000)
    secret = models.CharField(max_length=128)
    active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return self.url


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")


class WebhookDelivery(models.Model):
    Status = DeliveryStatus

    webhook = models.ForeignKey(Webhook, on_delete=models.CASCADE, related_name="deliveries")
    event = models.ForeignKey(FigureEvent, on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.webhook_id} {self.event_id} ({self.status})"


class FeedToken(models.Model):
    """A person's secret for feed readers: the Atom feeds of what they follow, read with the key
    in the URL instead of a login (a reader cannot log in). Read-only, one per person; a new one
    replaces the old, and revoking it ends every feed URL made with it."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feed_token")
    key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"feed token of {self.user_id}"
