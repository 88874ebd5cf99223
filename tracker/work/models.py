"""Work sharing: an article or a claim assigned to an editor, and comments on a claim."""

from django.conf import settings
from django.db import models
from django.db.models import Q


class Assignment(models.Model):
    """Who is to look at an article (all its claims) or at one claim."""

    article = models.OneToOneField(
        "articles.Article", null=True, blank=True, on_delete=models.CASCADE, related_name="assignment"
    )
    claim = models.OneToOneField(
        "claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="assignment"
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments"
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(article__isnull=True) ^ Q(claim__isnull=True),
                name="assignment_one_thing",
                violation_error_message="Assign an article or a claim.",
            )
        ]
        indexes = [models.Index(fields=["assignee", "claim", "article"], name="assignment_assignee_idx")]

    def __str__(self):
        return f"{self.article_id or self.claim_id} → {self.assignee_id}"


class Comment(models.Model):
    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["claim", "created_at"], name="comment_claim_idx")]

    def __str__(self):
        return self.text[:80]
