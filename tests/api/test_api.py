"""The JSON API: the same rules as the pages (roles, duplicates, bad input), answered in JSON."""

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

ARTICLES = "/api/articles/"
CLAIMS = "/api/claims/"
TEXT = "Laut Polizei kamen am Montag rund 2.500 Menschen zur Kundgebung."


def token_client(user):
    return Client(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")


def test_it_answers_401_without_credentials(client):
    assert client.get(CLAIMS).status_code == 401
    assert client.post(ARTICLES, {"body": TEXT}).status_code == 401


def test_a_journalist_submits_an_article_with_a_token(journalist, django_capture_on_commit_callbacks):
    api = token_client(journalist)
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(ARTICLES, {"title": "Kundgebung", "body": TEXT, "published": "2025-03-03"})
    assert response.status_code == 201, response.content
    article = Article.objects.get(pk=response.json()["id"])
    assert article.origin == Article.Origin.API
    assert article.added_by == journalist
    assert response.json()["page"].endswith(reverse("articles:detail", args=[article.pk]))
    detail = api.get(f"{ARTICLES}{article.pk}/").json()
    assert detail["status"] == "done"
    assert [(c["text"], c["value"], c["unit"]) for c in detail["claims"]] == [
        ("rund 2.500 Menschen", 2500, "person")
    ]
    assert detail["claims"][0]["sources"][0]["text"] == "Polizei"


def test_the_same_text_twice_points_at_the_first_article(journalist):
    api = token_client(journalist)
    first = api.post(ARTICLES, {"body": TEXT})
    again = api.post(ARTICLES, {"body": TEXT + "\n"})
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["duplicate"] is True
    assert again.json()["id"] == first.json()["id"]
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({}, "Send the article's text"),
        ({"body": "   "}, "Send the article's text"),
        ({"body": "text", "published": "yesterday"}, "Date has wrong format"),
        ({"url": "ftp://example.org/x"}, "Only http:// and https:// addresses"),
        ({"body": "\x00PNG" * 50}, "Null characters are not allowed"),
    ],
)
def test_bad_input_gets_a_clear_400_and_nothing_is_stored(journalist, payload, message):
    response = token_client(journalist).post(ARTICLES, payload)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Article.objects.exists()


def test_binary_text_is_refused_by_the_ingest_rules(journalist):
    response = token_client(journalist).post(ARTICLES, {"body": "\x01\x02\x03\x04\x05\x06PNG" * 50})
    assert response.status_code == 400
    assert "binary data" in response.json()["detail"]
    assert not Article.objects.exists()


def test_a_user_without_a_role_gets_403(outsider):
    api = token_client(outsider)
    assert api.get(CLAIMS).status_code == 403
    assert api.post(ARTICLES, {"body": TEXT}).status_code == 403


def test_claims_are_filtered_like_the_claims_page(journalist_client):
    kcna = SourceFactory(name="KCNA")
    wanted = AttributionFactory(source=kcna).claim
    ClaimFactory()  # attributed to nobody
    response = journalist_client.get(CLAIMS, {"source": kcna.pk})
    assert response.status_code == 200
    body = response.json()
    assert [c["id"] for c in body["results"]] == [wanted.pk]
    assert body["results"][0]["sources"][0]["source"] == "KCNA"
    assert body["has_next"] is False


def test_the_article_list_filters_by_status(journalist_client):
    done = ArticleFactory(status=Article.Status.DONE)
    ArticleFactory(status=Article.Status.FAILED, error="boom")
    body = journalist_client.get(ARTICLES, {"status": "done"}).json()
    assert [a["id"] for a in body["results"]] == [done.pk]
    assert "body" not in body["results"][0]


def test_an_unknown_article_status_is_a_400_like_the_claims_filters(journalist_client):
    """?status=Done (a typo) answered an empty list: a script could not tell 'none' from
    'wrong filter'."""
    ArticleFactory(status=Article.Status.DONE)
    response = journalist_client.get(ARTICLES, {"status": "Done"})
    assert response.status_code == 400
    assert "done" in response.json()["errors"]["status"][0]


def test_an_empty_post_answers_a_detail_as_the_readme_promises(journalist_client):
    """An empty POST answered `non_field_errors`; scripts read `detail`."""
    response = journalist_client.post(ARTICLES, {})
    assert response.status_code == 400
    assert response.json()["detail"] == "Send the article's text as `body`, or a `url` to fetch it from."
    response = journalist_client.post(ARTICLES, {"body": "x", "published": "gestern"})
    assert response.json()["detail"].startswith("published: ")


def test_claim_values_are_json_numbers(journalist_client):
    from decimal import Decimal

    ClaimFactory(value=Decimal("11000"), value_high=Decimal("12500.5"))
    claim = journalist_client.get(CLAIMS).json()["results"][0]
    assert claim["value"] == 11000 and claim["value_high"] == 12500.5
