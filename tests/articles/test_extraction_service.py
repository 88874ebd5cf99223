"""The extraction service (not the task): one article through the engine into the database."""

import datetime as dt
from unittest import mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.db import OperationalError

from tests.factories import ArticleFactory
from tracker.articles.models import Article
from tracker.articles.services.extraction import article_extract
from tracker.articles.tasks import extract_article

pytestmark = pytest.mark.django_db

TEXT = "Laut Polizei wurden etwa 12.000 Menschen evakuiert."


def queued():
    body = TEXT + f" Meldung {Article.objects.count() + 1}."
    return ArticleFactory(body=body, status=Article.Status.QUEUED, published=dt.date(2025, 8, 22))


def test_the_service_extracts_and_stores_an_article_then_skips_it():
    article = queued()
    assert article_extract(article.pk) == "done"
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    claim = article.claims.get(text__contains="12.000")
    assert claim.text.startswith("etwa 12.000 Menschen") and claim.bound == "about"
    assert article_extract(article.pk) == "skipped"  # up to date: nothing more happens
    assert article_extract(10**9) == "skipped"  # gone


def test_an_engine_error_marks_the_article_failed_with_its_reason():
    article = queued()
    with mock.patch("tracker.articles.services.extraction.engine", return_value=("9", _broken)):
        assert article_extract(article.pk) == "failed"
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "Extraction failed: KeyError: 'unit'"


def test_transient_errors_and_interrupts_pass_to_the_caller():
    article = queued()
    with (
        mock.patch(
            "tracker.articles.services.extraction.extractions_store", side_effect=OperationalError("x")
        ),
        pytest.raises(OperationalError),
    ):
        article_extract(article.pk)
    article = queued()
    with (
        mock.patch("tracker.articles.services.extraction.engine", return_value=("9", _slow)),
        pytest.raises(SoftTimeLimitExceeded),
    ):
        article_extract(article.pk, interrupts=(SoftTimeLimitExceeded,))


def test_the_task_marks_an_article_stopped_by_its_time_limit():
    article = queued()
    with mock.patch("tracker.articles.services.extraction.engine", return_value=("9", _slow)):
        assert extract_article.apply(args=[article.pk]).get() == "failed"
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "Extraction took too long and was stopped."


def _broken(*args, **kwargs):
    raise KeyError("unit")


def _slow(*args, **kwargs):
    raise SoftTimeLimitExceeded()
