"""The paste form: articles:add."""

from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

URL = reverse("articles:add")
TEXT = "Laut KCNA wurden 12.000 Soldaten verlegt."


@pytest.fixture(autouse=True)
def delay():
    with mock.patch("tracker.articles.tasks.extract_article.delay") as delay:
        yield delay


def test_it_requires_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_outsiders_get_403(outsider_client):
    assert outsider_client.get(URL).status_code == 403
    assert outsider_client.post(URL, {"body": TEXT}).status_code == 403
    assert Article.objects.count() == 0


def test_it_shows_the_form_with_links_to_upload_and_url(journalist_client):
    response = journalist_client.get(URL)
    assert response.status_code == 200
    assert reverse("articles:upload") in response.content.decode()
    assert reverse("articles:add_url") in response.content.decode()


def test_a_journalist_adds_an_article_and_lands_on_it(
    journalist_client, journalist, django_capture_on_commit_callbacks, delay
):
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(
            URL,
            {
                "title": "Kim",
                "body": TEXT,
                "publisher": "Spiegel",
                "published": "2025-08-22",
                "language": "de",
            },
        )
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    assert article.added_by == journalist
    assert article.origin == Article.Origin.PASTE
    assert article.status == Article.Status.QUEUED
    delay.assert_called_once_with(article.pk)


def test_a_duplicate_shows_a_link_to_the_existing_article(journalist_client):
    existing = ArticleFactory(body=TEXT, content_hash=None, url="https://example.org/kim")
    response = journalist_client.post(URL, {"body": "Ein anderer Text.", "url": "https://example.org/kim"})
    assert response.status_code == 200
    assert "already stored" in response.content.decode()
    assert reverse("articles:detail", args=[existing.pk]) in response.content.decode()
    assert Article.objects.count() == 1


def test_empty_text_is_refused_with_a_message(journalist_client):
    response = journalist_client.post(URL, {"body": "  \n  "})
    assert response.status_code == 200
    assert Article.objects.count() == 0
    assert "required" in response.content.decode() or "no text" in response.content.decode()


def test_markup_is_never_stored_and_the_page_escapes_text(journalist_client):
    body = "<p>12 Soldaten</p><script>alert(1)</script><iframe src='https://evil.example'></iframe>"
    journalist_client.post(URL, {"body": body})
    article = Article.objects.get()
    assert "<script" not in article.body and "<iframe" not in article.body


def test_the_form_enforces_csrf(journalist):
    client = Client(enforce_csrf_checks=True)
    client.force_login(journalist)
    assert client.post(URL, {"body": TEXT}).status_code == 403
    assert Article.objects.count() == 0


def test_each_help_text_is_the_one_its_field_points_to(journalist_client):
    """Screen readers read a field's help through aria-describedby: the id must exist."""
    import re

    html = journalist_client.get(URL).content.decode()
    described = re.findall(r'aria-describedby="([^"]+)"', html)
    assert described
    for target in described:
        assert f'id="{target}"' in html
