"""Re-extraction: the editor's button (articles:reextract), the service and `manage.py reextract`."""

import datetime as dt
import io
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.articles.services import article_reextract
from tracker.claims.models import Claim

pytestmark = pytest.mark.django_db

TEXT = "Nach Angaben der Regierung wurden etwa 12.000 Soldaten verlegt. Laut KCNA starben 300 von ihnen."


@pytest.fixture
def article(django_capture_on_commit_callbacks):
    article = ArticleFactory(body=TEXT, status=Article.Status.QUEUED)
    from tracker.articles.tasks import extract_article

    extract_article(article.pk)
    article.refresh_from_db()
    return article


def url(article):
    return reverse("articles:reextract", args=[article.pk])


def test_it_requires_login(client, article):
    assert client.post(url(article)).status_code == 302


@pytest.mark.parametrize("persona", ["outsider_client", "journalist_client"])
def test_only_editors_may_reextract(request, persona, article):
    client = request.getfixturevalue(persona)
    with mock.patch("tracker.articles.tasks.extract_article.delay") as delay:
        assert client.post(url(article)).status_code == 403
    delay.assert_not_called()
    assert Article.objects.get().status == Article.Status.DONE


def test_get_is_not_allowed(editor_client, article):
    assert editor_client.get(url(article)).status_code == 405


def test_an_editor_queues_it_again_and_returns_to_the_article(
    editor_client, article, django_capture_on_commit_callbacks
):
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay") as delay,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = editor_client.post(url(article))
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    assert Article.objects.get().status == Article.Status.QUEUED
    delay.assert_called_once_with(article.pk)


def test_the_button_enforces_csrf(editor, article):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(url(article)).status_code == 403


def test_reextracting_keeps_review_decisions(editor, article, django_capture_on_commit_callbacks):
    claim = article.claims.first()
    Claim.objects.filter(pk=claim.pk).update(status="approved", version=2, reviewed_by=editor)
    count = article.claims.count()
    with django_capture_on_commit_callbacks(execute=True):
        article_reextract(article=article, user=editor)
    article.refresh_from_db()
    claim.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert (claim.status, claim.version) == ("approved", 2)
    assert article.claims.count() == count


def test_the_service_refuses_journalists(journalist, article):
    with pytest.raises(PermissionDenied):
        article_reextract(article=article, user=journalist)


def test_a_failed_fetch_is_fetched_again(editor, django_capture_on_commit_callbacks):
    article = ArticleFactory(
        body="", content_hash=None, url="https://example.org/x", status="failed", error="404"
    )
    with (
        mock.patch("tracker.articles.tasks.fetch_article.delay") as fetch,
        django_capture_on_commit_callbacks(execute=True),
    ):
        article_reextract(article=article, user=editor)
    assert Article.objects.get().status == Article.Status.FETCHING
    fetch.assert_called_once_with(article.pk)


# --- manage.py reextract --------------------------------------------------------------------


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Run the command; the ids it queued (after commit)."""

    def run(*args):
        with (
            mock.patch("tracker.articles.tasks.extract_article.delay") as delay,
            django_capture_on_commit_callbacks(execute=True),
        ):
            call_command("reextract", *args, stdout=io.StringIO())
        return sorted(c.args[0] for c in delay.call_args_list)

    return run


@pytest.fixture
def three_articles():
    old = ArticleFactory(extractor_version="2025.1.0")
    mid = ArticleFactory(extractor_version="2026.9.0")
    new = ArticleFactory(extractor_version="2026.11.1")
    Article.objects.filter(pk=old.pk).update(created_at=timezone.now() - dt.timedelta(days=30))
    return old, mid, new


def test_reextract_all(three_articles, run):
    assert run("--all") == sorted(a.pk for a in three_articles)


def test_reextract_since_a_date(three_articles, run):
    _old, mid, new = three_articles
    since = (timezone.now() - dt.timedelta(days=1)).date().isoformat()
    assert run("--since", since) == sorted([mid.pk, new.pk])


def test_reextract_version_below_compares_numbers(three_articles, run):
    old, mid, _new = three_articles
    assert run("--version-below", "2026.10") == sorted([old.pk, mid.pk])


def test_reextract_needs_a_selection():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("reextract")
