"""Archiving: an editor puts an article and all its claims out of sight, and can bring them back.

Archived articles and their claims leave the article and claims lists, the review queue, the
source pages and the API's lists; the article's own page still opens (with a Restore button).
Both changes are rows in the article's history, with who and why.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from tracker.articles.models import Article

from .submit import ArticleRejected


@transaction.atomic
def article_archive(*, article: Article, user, reason: str = "") -> Article:
    """Archive the article with its claims (editors); ArticleRejected if it is archived already.

    article_archive(article=article, user=editor, reason="pasted by mistake")
    article.archived  # True
    """
    _check(user)
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if locked.archived_at is not None:
        raise ArticleRejected(_("The article is archived already."))
    locked.archived_at = timezone.now()
    locked.archived_by = user
    locked._change_reason = f"Archived: {reason}" if reason else "Archived"
    locked._history_user = user
    locked.save(update_fields=["archived_at", "archived_by", "updated_at"])
    return locked


@transaction.atomic
def article_restore(*, article: Article, user) -> Article:
    """Bring an archived article and its claims back into the lists and the queue."""
    _check(user)
    locked = Article.objects.select_for_update().get(pk=article.pk)
    if locked.archived_at is None:
        raise ArticleRejected(_("The article is not archived."))
    locked.archived_at = None
    locked.archived_by = None
    locked._change_reason = "Restored from the archive"
    locked._history_user = user
    locked.save(update_fields=["archived_at", "archived_by", "updated_at"])
    return locked


def _check(user) -> None:
    if user is not None and not user.has_perm("articles.archive_article"):
        raise PermissionDenied(_("Only editors may archive or restore articles."))
