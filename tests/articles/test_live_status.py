"""The live status of an article: polled while queued, fetching or extracting; done with its
count of claims, failed with the reason and a retry button; a banner when no worker picks work
up; and, with no broker, extraction after the response instead of during it."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.factories import ArticleFactory, ClaimFactory
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db


def status(client, article, **params):
    return client.get(reverse("articles:status", args=[article.pk]), params)


def test_a_queued_article_polls_its_status_until_it_is_done(journalist_client):
    article = ArticleFactory(status=Article.Status.QUEUED)
    page = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    poll = f'hx-get="{reverse("articles:status", args=[article.pk])}" hx-trigger="every 2s"'
    assert poll in page and "Waiting for a worker" in page
    html = status(journalist_client, article).content.decode()
    assert poll in html and "Extraction: Queued" in html
    # A worker picks it up, then finishes: the same poll now says so, and stops polling.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTING)
    assert "Extracting the figures" in status(journalist_client, article).content.decode()
    ClaimFactory(article=article)
    ClaimFactory(article=article, status="rejected", reason="not_a_claim", fingerprint="other")
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    html = status(journalist_client, article).content.decode()
    assert "Extraction: Done" in html and "1 claim found." in html
    assert "hx-trigger" not in html
    assert "Show them in the text" in html


def test_a_failed_article_shows_its_reason_and_a_retry_button(
    journalist_client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(status=Article.Status.FAILED, error="Extraction failed: ValueError: bad")
    html = status(journalist_client, article).content.decode()
    assert "Extraction error:</strong> Extraction failed: ValueError: bad" in html
    assert "Retry extraction" in html and "hx-trigger" not in html
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(reverse("articles:retry", args=[article.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.DONE and article.error == ""


def test_retry_refuses_an_article_that_did_not_fail(journalist_client):
    article = ArticleFactory(status=Article.Status.DONE)
    response = journalist_client.post(reverse("articles:retry", args=[article.pk]), follow=True)
    assert "Only a failed article can be retried." in response.content.decode()


def test_status_and_retry_need_a_role(client, outsider_client):
    article = ArticleFactory(status=Article.Status.FAILED, error="x")
    assert status(client, article).status_code == 302
    assert status(outsider_client, article).status_code == 403
    assert outsider_client.post(reverse("articles:retry", args=[article.pk])).status_code == 403
    assert client.get(reverse("articles:retry", args=[article.pk])).status_code in (302, 405)


def test_after_a_minute_unpicked_a_banner_says_the_workers_seem_down(journalist_client):
    article = ArticleFactory(status=Article.Status.QUEUED)
    assert "workers seem down" not in status(journalist_client, article).content.decode()
    assert "workers seem down" not in journalist_client.get(reverse("articles:list")).content.decode()
    Article.objects.filter(pk=article.pk).update(status_changed_at=timezone.now() - dt.timedelta(seconds=150))
    html = status(journalist_client, article).content.decode()
    assert "The workers seem down:</strong> nothing has picked this article up for 2 minutes" in html
    assert "The workers seem down" in journalist_client.get(reverse("articles:list")).content.decode()


def test_the_article_list_polls_only_the_rows_still_in_progress(journalist_client):
    waiting = ArticleFactory(status=Article.Status.QUEUED)
    done = ArticleFactory(status=Article.Status.DONE)
    html = journalist_client.get(reverse("articles:list")).content.decode()
    assert f"{reverse('articles:status', args=[waiting.pk])}?compact=1" in html
    assert f"{reverse('articles:status', args=[done.pk])}?compact=1" not in html
    badge = status(journalist_client, waiting, compact=1).content.decode()
    assert badge.startswith('<span class="article-status-badge"') and "Queued" in badge


def test_a_failed_url_added_again_says_it_is_fetched_again(
    journalist_client, monkeypatch, django_capture_on_commit_callbacks
):
    from tracker.articles.services import submit

    fetched = []
    monkeypatch.setattr(submit, "enqueue_fetch", fetched.append)
    article = ArticleFactory(
        url="https://example.org/down", body="", content_hash=None, status="failed", error="timed out"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(
            reverse("articles:add_url"), {"url": "https://example.org/down"}, follow=True
        )
    html = response.content.decode()
    assert "fetching it again now" in html and "Article added" not in html
    article.refresh_from_db()
    assert article.status == Article.Status.FETCHING and fetched == [article.pk]
    assert "Fetching the page" in html


@pytest.fixture
def roles(transactional_db):
    """A transactional test flushed the groups the migration made: make them again."""
    from django.apps import apps

    from tracker.accounts.roles import sync_roles

    sync_roles(apps)


@pytest.mark.django_db(transaction=True)
def test_without_a_broker_the_form_answers_before_the_extraction_runs(
    roles, journalist_client, settings, monkeypatch
):
    """The embedded default ran a 1.9 MB paste's extraction inside the request (23 s)."""
    import threading

    from tracker.articles import inprocess, tasks

    settings.TASKS_IN_BACKGROUND_THREAD = True
    gate = threading.Event()
    real = tasks.article_extract

    def slow_extract(article_id, **kwargs):
        assert gate.wait(10), "the request did not return before the extraction started"
        return real(article_id, **kwargs)

    monkeypatch.setattr(tasks, "article_extract", slow_extract)
    response = journalist_client.post(
        reverse("articles:add"),
        {"title": "Demo", "body": "Laut Polizei kamen rund 2.500 Menschen.", "language": "de"},
    )
    assert response.status_code == 302  # answered while the extraction waits on the gate
    article = Article.objects.get(title="Demo")
    assert article.status == Article.Status.QUEUED
    gate.set()
    assert inprocess.wait_idle(timeout=20)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims.count() == 1
