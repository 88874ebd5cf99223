"""A single article's task takes along other articles queued one by one and stores them as one
chunk (issue 18: the web/API path at the bulk path's cost); each is still extracted once."""

import datetime as dt
from unittest import mock

import pytest
from django.db import OperationalError
from django.utils import timezone

from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.articles.services.extraction import article_extract
from tracker.articles.tasks import extract_article

pytestmark = pytest.mark.django_db

TEXT = "Laut Polizei wurden etwa 12.000 Menschen evakuiert."
GRACE = dt.timedelta(minutes=5)


def queued(origin=Article.Origin.API, **fields):
    body = TEXT + f" Meldung {Article.objects.count() + 1}."
    return ArticleFactory(body=body, status=Article.Status.QUEUED, origin=origin, **fields)


def statuses(articles):
    return [Article.objects.get(pk=a.pk).status for a in articles]


def test_the_task_takes_along_the_articles_queued_one_by_one_and_their_tasks_skip_them():
    first, second, third = queued(), queued(Article.Origin.PASTE), queued(Article.Origin.URL)
    assert extract_article.apply(args=[first.pk]).get() == "done"
    assert statuses([first, second, third]) == ["done"] * 3
    assert all(
        Article.objects.get(pk=a.pk).claims.filter(text__contains="12.000").count() == 1
        for a in (first, second, third)
    )
    # their own tasks come later and find them done: extracted once
    assert extract_article.apply(args=[second.pk]).get() == "skipped"
    assert Article.objects.get(pk=second.pk).attempts == 1


def test_bulk_and_feed_articles_are_left_to_their_chunk_tasks():
    single = queued()
    bulk, feed = queued(Article.Origin.BULK), queued(Article.Origin.FEED)
    assert article_extract(single.pk, drain=19) == "done"
    assert statuses([bulk, feed]) == ["queued", "queued"]


def test_the_drain_is_bounded_and_takes_the_oldest_first():
    articles = [queued(status_changed_at=timezone.now() - dt.timedelta(seconds=60 - n)) for n in range(5)]
    assert article_extract(articles[4].pk, drain=2) == "done"
    assert statuses(articles) == ["done", "done", "queued", "queued", "done"]


def test_an_article_another_worker_claimed_lately_is_left_to_it():
    """Its task's first delivery skips it (the worker that took it along stores it); a claim
    older than the sweeper's grace period is taken over (that worker died)."""
    busy = queued()
    Article.objects.filter(pk=busy.pk).update(
        status=Article.Status.EXTRACTING, status_changed_at=timezone.now()
    )
    assert article_extract(busy.pk, busy_since=timezone.now() - GRACE) == "skipped"
    assert extract_article.apply(args=[busy.pk]).get() == "skipped"
    assert statuses([busy]) == ["extracting"]
    Article.objects.filter(pk=busy.pk).update(status_changed_at=timezone.now() - 2 * GRACE)
    assert extract_article.apply(args=[busy.pk]).get() == "done"


def test_a_failure_of_an_article_taken_along_marks_it_failed_with_its_reason():
    first, broken, third = queued(), queued(), queued()
    from tracker.extraction import extract

    def engine_failing_on_broken(body, **kwargs):
        if body == Article.objects.get(pk=broken.pk).body:
            raise KeyError("unit")
        return extract(body, **kwargs)

    with mock.patch(
        "tracker.articles.services.extraction.engine", return_value=("9", engine_failing_on_broken)
    ):
        assert article_extract(first.pk, drain=19) == "done"
    assert statuses([first, broken, third]) == ["done", "failed", "done"]
    assert Article.objects.get(pk=broken.pk).error == "Extraction failed: KeyError: 'unit'"


def test_articles_taken_along_that_a_transient_error_hits_are_queued_again_as_a_chunk():
    first, other = queued(), queued()
    with (
        mock.patch(
            "tracker.articles.services.extraction.extractions_store", side_effect=OperationalError("x")
        ),
        mock.patch("tracker.articles.services.extraction.enqueue_extraction_many") as requeue,
        pytest.raises(OperationalError),
    ):
        article_extract(first.pk, drain=19)
    requeue.assert_called_once_with([other.pk])
    # still claimed: the chunk task (or the sweeper) takes it over
    assert statuses([first, other]) == ["extracting", "extracting"]


def test_a_long_article_keeps_its_own_task(monkeypatch):
    from tracker.articles.services import pipeline

    monkeypatch.setattr(pipeline, "DRAIN_MAX_BYTES", len(TEXT) + 20)
    first, short = queued(), queued()
    long = ArticleFactory(body=TEXT + " Lang." * 10, status=Article.Status.QUEUED, origin=Article.Origin.API)
    assert article_extract(first.pk, drain=19) == "done"
    assert statuses([short, long]) == ["done", "queued"]
