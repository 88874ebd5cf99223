"""An engine crash is a failed article with its reason, never an article "with no figures"."""

import logging
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse

import tracker.extraction as extraction
from tracker.articles.models import Article
from tracker.articles.services import article_submit
from tracker.articles.services.extraction import failure_summary

pytestmark = pytest.mark.django_db

TEXT = "Nach Angaben der Polizei wurden etwa 1.200 Menschen in Sicherheit gebracht."


def _crash(*args, **kwargs):
    raise LookupError("no unit table for this text\nsecond line of a long message")


def submit_with_a_broken_engine(callbacks):
    """An article submitted while a bug deep in the engine raises on every text."""
    with mock.patch.object(extraction, "_run", _crash), callbacks(execute=True):
        return article_submit(title="Evakuierung", body=TEXT, origin=Article.Origin.PASTE).article


def test_the_engine_raises_instead_of_returning_an_empty_result():
    with mock.patch.object(extraction, "_run", _crash), pytest.raises(LookupError):
        extraction.extract(TEXT, "de")


def test_a_crash_marks_the_article_failed_logged_with_its_id(django_capture_on_commit_callbacks, caplog):
    with caplog.at_level(logging.ERROR, logger="tracker.articles.services.extraction"):
        article = submit_with_a_broken_engine(django_capture_on_commit_callbacks)
    article.refresh_from_db()
    assert article.status == Article.Status.FAILED
    assert article.error == "Extraction failed: LookupError: no unit table for this text"
    assert not article.claims.exists()
    record = next(r for r in caplog.records if f"article {article.pk}" in r.getMessage())
    assert record.exc_info and record.exc_info[0] is LookupError  # the traceback is in the log


def test_the_failure_shows_on_the_article_page_and_in_the_list_filter(
    django_capture_on_commit_callbacks, journalist_client
):
    article = submit_with_a_broken_engine(django_capture_on_commit_callbacks)
    done = Article.objects.create(
        title="Fertig", body="Ein anderer Text.", origin=Article.Origin.PASTE, status=Article.Status.DONE
    )
    page = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "Extraction error:" in page and "LookupError: no unit table" in page
    listed = journalist_client.get(reverse("articles:list"), {"status": "failed"}).content.decode()
    assert "Evakuierung" in listed and done.title not in listed


def test_a_retry_from_the_page_extracts_it_once_the_engine_works(
    django_capture_on_commit_callbacks, editor_client
):
    article = submit_with_a_broken_engine(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("articles:reextract", args=[article.pk]))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.DONE and article.error == ""
    assert article.claims.filter(text__contains="1.200").exists()


def test_reextract_command_runs_failed_articles_again(django_capture_on_commit_callbacks):
    article = submit_with_a_broken_engine(django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("reextract", "--all")
    article.refresh_from_db()
    assert article.status == Article.Status.DONE
    assert article.claims.exists()


def test_the_summary_is_one_short_line():
    assert failure_summary(ValueError("")) == "Extraction failed: ValueError"
    long = failure_summary(RuntimeError("x" * 1000))
    assert len(long) < 330 and long.endswith("…") and "\n" not in long
