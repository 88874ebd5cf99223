"""Adding by URL: articles:add_url stores a `fetching` article and queues the fetch."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

URL = reverse("articles:add_url")


@pytest.fixture(autouse=True)
def delay():
    with mock.patch("tracker.articles.tasks.fetch_article.delay") as delay:
        yield delay


def test_it_requires_login(client):
    assert client.get(URL).status_code == 302


def test_outsiders_get_403(outsider_client):
    assert outsider_client.post(URL, {"url": "https://example.org/a"}).status_code == 403
    assert Article.objects.count() == 0


def test_a_journalist_adds_a_url_and_the_fetch_is_queued_after_commit(
    journalist_client, django_capture_on_commit_callbacks, delay
):
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(URL, {"url": "https://example.org/kim", "language": "de"})
    article = Article.objects.get()
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    assert article.status == Article.Status.FETCHING
    assert article.body == "" and article.origin == Article.Origin.URL
    delay.assert_called_once_with(article.pk)


def test_the_same_url_again_links_the_existing_article(journalist_client):
    journalist_client.post(URL, {"url": "https://example.org/kim"})
    response = journalist_client.post(URL, {"url": "https://example.org/kim"})
    assert response.status_code == 200
    assert "already stored" in response.content.decode()
    assert Article.objects.count() == 1


@pytest.mark.parametrize("url", ["ftp://example.org/a", "javascript:alert(1)", "not a url"])
def test_non_http_addresses_are_refused(journalist_client, url):
    response = journalist_client.post(URL, {"url": url})
    assert response.status_code == 200
    assert Article.objects.count() == 0


def test_the_form_enforces_csrf(journalist):
    client = Client(enforce_csrf_checks=True)
    client.force_login(journalist)
    assert client.post(URL, {"url": "https://example.org/a"}).status_code == 403


def test_a_failed_fetch_is_shown_on_the_article(journalist_client, server, settings):
    settings.FETCH_TIMEOUT_SECONDS = 1
    journalist_client.post(URL, {"url": server.url("/missing")})
    article = Article.objects.get()
    from tracker.articles.services import article_fetch

    article_fetch(article_id=article.pk)
    page = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "404" in page


def test_the_same_url_in_capitals_links_the_existing_article(journalist_client):
    """Scheme and host name are case-blind: HTTPS://Example.ORG/kim is the same page
    (the path is not: /Kim may be another one)."""
    journalist_client.post(URL, {"url": "https://example.org/kim"})
    response = journalist_client.post(URL, {"url": "HTTPS://Example.ORG/kim"})
    assert "already stored" in response.content.decode()
    journalist_client.post(URL, {"url": "https://example.org/Kim"})
    assert sorted(Article.objects.values_list("url", flat=True)) == [
        "https://example.org/Kim",
        "https://example.org/kim",
    ]


def _failed_fetch(client, url="https://example.org/kim"):
    client.post(URL, {"url": url})
    article = Article.objects.get(url=url)
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.FAILED, error="The host name could not be resolved."
    )
    return article


def test_adding_a_url_whose_fetch_failed_fetches_it_again(
    journalist_client, django_capture_on_commit_callbacks, delay
):
    """A journalist had no way to retry: the URL was 'already stored' as an empty, failed
    article (only editors see Re-extract)."""
    article = _failed_fetch(journalist_client)
    delay.reset_mock()
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(URL, {"url": "https://example.org/kim"})
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    article.refresh_from_db()
    assert (article.status, article.error) == (Article.Status.FETCHING, "")
    delay.assert_called_once_with(article.pk)
    assert Article.objects.count() == 1


def test_pasting_the_text_of_a_url_whose_fetch_failed_fills_that_article(
    journalist_client, django_capture_on_commit_callbacks
):
    """The other way round a site that refuses the fetch: paste the text with its URL. The
    text was dropped as 'already stored' (the empty article)."""
    article = _failed_fetch(journalist_client)
    body = "Laut Polizei kamen rund 2.500 Menschen nach Köln."
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay") as extract,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = journalist_client.post(
            reverse("articles:add"), {"body": body, "url": "https://example.org/kim"}
        )
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    article.refresh_from_db()
    assert (article.body, article.status, article.error) == (body, Article.Status.QUEUED, "")
    assert article.content_hash and article.language == "de"
    extract.assert_called_once_with(article.pk)
    assert Article.objects.count() == 1
