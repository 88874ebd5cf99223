"""The extract_article task with the real engine, its failures, and the sweeper."""

import datetime as dt
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone

from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.articles.services import MAX_ATTEMPTS, article_submit, articles_sweep
from tracker.articles.tasks import extract_article, sweep_stuck_articles
from tracker.claims.models import Claim
from tracker.extraction import EXTRACTOR_VERSION

pytestmark = pytest.mark.django_db

TEXT = (
    "Nach Angaben des ukrainischen Geheimdienstes sind derzeit etwa 12.000 nordkoreanische "
    "Soldaten in Russland. Laut KCNA starben 300 von ihnen."
)


def queued(**kwargs):
    body = TEXT + f" Meldung {Article.objects.count() + 1}."
    return ArticleFactory(body=body, status=Article.Status.QUEUED, published=dt.date(2025, 8, 22), **kwargs)


def test_a_submitted_article_is_extracted_after_commit(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = article_submit(
            title="Kim", body=TEXT, origin=Article.Origin.PASTE, published="2025-08-22"
        ).article
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.extractor_version == EXTRACTOR_VERSION and article.attempts == 1
    texts = list(article.claims.values_list("text", flat=True))
    assert any("12.000" in text for text in texts)
    claim = article.claims.get(text__contains="12.000")
    assert claim.attributions.exists()


def test_running_the_task_twice_leaves_one_set_of_claims():
    article = queued()
    extract_article(article.pk)
    count = Claim.objects.count()
    Article.objects.filter(pk=article.pk).update(status=Article.Status.QUEUED)
    extract_article(article.pk)
    assert Claim.objects.count() == count > 0


def test_it_returns_quietly_for_a_missing_article_or_one_already_done():
    assert extract_article(987654) == "skipped"
    article = queued()
    extract_article(article.pk)
    assert extract_article(article.pk) == "skipped"
    assert Article.objects.get().attempts == 1


def test_an_engine_error_marks_the_article_failed_with_a_readable_error():
    article = queued()
    with mock.patch("tracker.extraction.extract", side_effect=ValueError("bad input")):
        assert extract_article(article.pk) == "failed"
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "Extraction failed: ValueError: bad input"


def test_transient_database_errors_are_retried():
    article = queued()
    with (
        mock.patch(
            "tracker.articles.services.extraction.extractions_store",
            side_effect=OperationalError("gone away"),
        ),
        mock.patch.object(extract_article, "retry", side_effect=RuntimeError("retry")) as retry,
        pytest.raises(RuntimeError, match="retry"),
    ):
        extract_article.run(article.pk)
    assert retry.called
    assert extract_article.max_retries == 5 and extract_article.soft_time_limit == 60


def test_the_sweeper_requeues_stuck_articles_only(django_capture_on_commit_callbacks):
    old = timezone.now() - dt.timedelta(seconds=600)
    stuck_queued = queued(status_changed_at=old)
    stuck_extracting = queued(status_changed_at=old)
    Article.objects.filter(pk=stuck_extracting.pk).update(status="extracting")
    fresh = queued()
    stuck_fetch = ArticleFactory(
        body="", content_hash=None, url="https://example.org/x", status="fetching", status_changed_at=old
    )
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay") as extract,
        mock.patch("tracker.articles.tasks.fetch_article.delay") as fetch,
        django_capture_on_commit_callbacks(execute=True),
    ):
        counts = sweep_stuck_articles()
    assert counts == {"extract": 2, "fetch": 1, "failed": 0}
    assert sorted(c.args[0] for c in extract.call_args_list) == sorted([stuck_queued.pk, stuck_extracting.pk])
    fetch.assert_called_once_with(stuck_fetch.pk)
    assert fresh.pk not in [c.args[0] for c in extract.call_args_list]
    # Touched: the next sweep a minute later leaves them alone.
    with mock.patch("tracker.articles.tasks.extract_article.delay") as extract:
        assert articles_sweep()["extract"] == 0


def test_the_sweeper_gives_up_after_repeated_attempts():
    article = queued(status_changed_at=timezone.now() - dt.timedelta(hours=1), attempts=MAX_ATTEMPTS)
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        assert articles_sweep()["failed"] == 1
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED and "5 times" in article.error


def test_the_sweeper_extracts_what_a_broker_outage_left_queued(django_capture_on_commit_callbacks):
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay", side_effect=ConnectionRefusedError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        article = article_submit(title="Kim", body=TEXT, origin=Article.Origin.PASTE).article
    assert Article.objects.get().status == Article.Status.QUEUED
    with django_capture_on_commit_callbacks(execute=True):
        articles_sweep(stuck_after=0)
    article.refresh_from_db()
    assert article.status == Article.Status.DONE


def test_marking_extracting_returns_what_extraction_needs():
    import datetime

    from tracker.articles.services import article_mark_extracting

    article = queued()
    Article.objects.filter(pk=article.pk).update(published=datetime.date(2025, 8, 22))
    claimed = article_mark_extracting(article_id=article.pk, current_version="v1")
    assert (claimed.pk, claimed.body, claimed.published) == (
        article.pk,
        article.body,
        datetime.date(2025, 8, 22),
    )
    stored = Article.objects.get(pk=article.pk)
    assert (stored.status, stored.attempts) == (Article.Status.EXTRACTING, 1)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE, extractor_version="v1")
    assert article_mark_extracting(article_id=article.pk, current_version="v1") is None
    assert article_mark_extracting(article_id=article.pk, current_version="v2") is not None
