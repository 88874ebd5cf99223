"""article_submit: normalising, refusing bad input, duplicates, queuing after commit."""

from unittest import mock

import pytest

from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit

pytestmark = pytest.mark.django_db

TEXT = "Laut KCNA wurden 12.000 Soldaten verlegt. Die Regierung nannte 300 Tote."


def submit(**kwargs):
    kwargs.setdefault("title", "Kim")
    kwargs.setdefault("body", TEXT)
    kwargs.setdefault("origin", Article.Origin.PASTE)
    return article_submit(**kwargs)


def test_it_stores_a_queued_article_and_queues_extraction_after_commit(django_capture_on_commit_callbacks):
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay") as delay,
        django_capture_on_commit_callbacks(execute=True) as callbacks,
    ):
        result = submit(url="https://example.org/kim", publisher="Spiegel", published="2025-08-22")
        delay.assert_not_called()  # nothing is queued before the row is committed
    assert result.created
    article = result.article
    assert article.status == Article.Status.QUEUED
    assert article.published.isoformat() == "2025-08-22"
    assert article.content_hash and article.language == "de"
    assert len(callbacks) == 1
    delay.assert_called_once_with(article.pk)


def test_it_normalises_the_text():
    body = "Cafe\u0301 \r\nzwei\x00 Soldaten  \r\n\r\n\r\n\r\nEnde\t \n"
    article = submit(body=body).article
    assert article.body == "Café\nzwei Soldaten\n\nEnde"


def test_it_takes_the_title_from_the_first_line_when_none_is_given():
    article = submit(title="", body="# Überschrift\n\n" + TEXT).article
    assert article.title == "Überschrift"


@pytest.mark.parametrize("body", ["", "   \n\t  ", "\x00\x00"])
def test_it_refuses_empty_text(body):
    with pytest.raises(ArticleRejected):
        submit(body=body)
    assert Article.objects.count() == 0


def test_it_refuses_text_larger_than_the_limit(settings):
    settings.ARTICLE_MAX_BYTES = 1000
    with pytest.raises(ArticleRejected, match="too large"):
        submit(body="x" * 1001)
    assert Article.objects.count() == 0


def test_it_refuses_binary_text():
    with pytest.raises(ArticleRejected, match="binary"):
        submit(body="%PDF-1.7\x00\x01\x02\x03" * 50)
    assert Article.objects.count() == 0


def test_the_same_url_is_a_duplicate():
    first = submit(url="https://example.org/a").article
    second = submit(url="https://example.org/a#comments", body="Ganz anderer Text mit 5 Zahlen.")
    assert not second.created
    assert second.article == first
    assert Article.objects.count() == 1


def test_the_same_text_is_a_duplicate_even_re_wrapped():
    first = submit().article
    second = submit(title="Other", body=TEXT.replace(". ", ".\r\n  "))
    assert not second.created and second.article == first


def test_a_race_on_the_unique_constraint_returns_the_existing_article():
    first = submit().article
    with mock.patch("tracker.articles.services.submit._find_existing", side_effect=[first]) as find:
        second = submit(title="Again")
    assert not second.created and second.article == first
    assert Article.objects.count() == 1
    assert find.call_count == 1  # looked up only once the insert was refused


def test_html_is_stored_as_text_only():
    body = (
        "<html><body><script>alert('x')</script><iframe src='https://evil'></iframe>"
        "<p>12 Soldaten</p></body></html>"
    )
    article = submit(body=body).article
    assert "<script" not in article.body and "<iframe" not in article.body
    assert "12 Soldaten" in article.body


def test_an_unreachable_broker_keeps_the_article_queued(django_capture_on_commit_callbacks, caplog):
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay", side_effect=ConnectionRefusedError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        result = submit()
    result.article.refresh_from_db()
    assert result.article.status == Article.Status.QUEUED
    assert "sweeper will retry" in caplog.text


def test_the_language_is_detected_when_not_given():
    article = submit(body="The troops were moved, officials said, according to the report of 5 May.").article
    assert article.language == "en"
