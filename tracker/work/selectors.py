"""Reads for work sharing on the claim page."""

from django.urls import reverse

from .models import Assignment, Comment
from .services import assignee_of, editors


def work_context(claim, *, editor: bool) -> dict:
    """The claim's assignment (its own or its article's), comments, and for editors whom to assign."""
    return {
        "assignment": assignee_of(claim),
        "comments": list(Comment.objects.filter(claim=claim).select_related("author")),
        "editors": list(editors()) if editor else None,
        "assign_url": reverse("work:assign_claim", args=[claim.pk]),
        "assign_id": f"claim-{claim.pk}",
    }


def article_work_context(article, *, editor: bool) -> dict:
    """For editors: the article's assignment and whom to assign it to (two queries)."""
    if not editor:
        return {}
    return {
        "assignment": Assignment.objects.filter(article=article).select_related("assignee").first(),
        "editors": list(editors()),
        "assign_url": reverse("work:assign_article", args=[article.pk]),
        "assign_id": f"article-{article.pk}",
    }
