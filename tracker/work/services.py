"""Assign articles and claims to editors, comment on claims; the assignee is notified.

>>> assign(claim=claim, assignee=erika, user=emil)
>>> comment_add(claim=claim, text="Check KCNA's earlier figure", user=emil)   # Erika is told
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext

from tracker.claims.templatetags.claim_format import number
from tracker.follows.models import Notification

from .models import Assignment, Comment

COMMENT_MAX = 5000


def editors():
    """People who review claims: those an item can be assigned to."""
    users = get_user_model().objects.filter(is_active=True)
    editor = Q(groups__permissions__codename="review_claim") | Q(user_permissions__codename="review_claim")
    return users.filter(editor | Q(is_superuser=True)).distinct().order_by("username")


def _require_editor(user) -> None:
    if not (user and user.is_authenticated and user.has_perm("claims.review_claim")):
        raise PermissionDenied(gettext("Only editors assign work."))


def _notify(user, message: str, link: str, *, actor) -> None:
    if user.pk != getattr(actor, "pk", None):
        Notification.objects.create(user=user, message=message[:500], link=link)


@transaction.atomic
def assign(*, user, assignee, article=None, claim=None) -> Assignment | None:
    """Assign the article or claim to `assignee` (None: to nobody); the assignee is notified."""
    _require_editor(user)
    if (article is None) == (claim is None):
        raise ValidationError(gettext("Assign an article or a claim."))
    if assignee is not None and not editors().filter(pk=assignee.pk).exists():
        raise ValidationError(gettext("Work can only be assigned to an editor."))
    target = {"article": article} if article is not None else {"claim": claim}
    if assignee is None:
        Assignment.objects.filter(**target).delete()
        return None
    assignment, _ = Assignment.objects.update_or_create(
        **target, defaults={"assignee": assignee, "assigned_by": user}
    )
    if article is not None:
        what, link = f"article “{article.title or article.pk}”", reverse("articles:detail", args=[article.pk])
    else:
        what, link = f"claim #{claim.pk} ({claim.text})", reverse("claims:detail", args=[claim.pk])
    _notify(assignee, f"{user.get_username()} assigned the {what} to you.", link, actor=user)
    return assignment


def assignee_of(claim) -> Assignment | None:
    """The claim's own assignment, else its article's (one query)."""
    return (
        Assignment.objects.filter(Q(claim=claim) | Q(article_id=claim.article_id))
        .select_related("assignee")
        .order_by("article_id")  # the claim's own (article NULL) first
        .first()
    )


def assigned_to(user) -> Q:
    """Claims assigned to `user`, directly or through their article: a filter for claim querysets."""
    claims = Assignment.objects.filter(assignee=user, claim__isnull=False).values("claim_id")
    articles = Assignment.objects.filter(assignee=user, article__isnull=False).values("article_id")
    return Q(pk__in=claims) | Q(article_id__in=articles)


@transaction.atomic
def comment_add(*, claim, text: str, user) -> Comment:
    """A comment on the claim, kept with its history; the assignee (if not the author) is told."""
    if not (user and user.has_perm("claims.view_claim")):
        raise PermissionDenied(gettext("Only journalists and editors comment."))
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": gettext("Write a comment first.")})
    if len(text) > COMMENT_MAX:
        raise ValidationError(
            {"text": gettext("A comment has at most %(n)s characters.") % {"n": number(COMMENT_MAX)}}
        )
    comment = Comment.objects.create(claim=claim, author=user, text=text)
    assignment = assignee_of(claim)
    if assignment is not None:
        message = f"{user.get_username()} commented on claim #{claim.pk}: {text[:200]}"
        _notify(assignment.assignee, message, reverse("claims:detail", args=[claim.pk]), actor=user)
    return comment
