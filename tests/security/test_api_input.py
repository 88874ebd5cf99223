"""The API under hostile bodies: nested JSON, oversize bodies, wrong types, random JSON.

Each answer is a 4xx with a `detail` saying what was wrong, never a 500, and nothing is stored.
"""

import json
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ArticleFactory
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db

ARTICLES = reverse("api:articles")
BODY = "Laut Polizei kamen rund 2.500 Menschen."


@pytest.fixture(autouse=True)
def no_queue():
    with (
        mock.patch("tracker.articles.tasks.extract_article.delay"),
        mock.patch("tracker.articles.tasks.fetch_article.delay"),
    ):
        yield


def post_raw(client, data: bytes | str, content_type="application/json"):
    return client.post(ARTICLES, data=data, content_type=content_type)


def test_10000_nested_arrays_get_a_400_not_a_recursion_error(editor_client):
    response = post_raw(editor_client, "[" * 10_000 + "]" * 10_000)
    assert response.status_code == 400
    assert "nested too deeply" in response.json()["detail"]


def test_moderately_nested_json_is_refused_too(editor_client):
    payload = {"body": BODY, "title": json.loads("[" * 30 + "]" * 30)}
    response = post_raw(editor_client, json.dumps(payload))
    assert response.status_code == 400 and "nested too deeply" in response.json()["detail"]


def test_an_11_mb_body_is_refused_before_it_is_read(editor_client):
    huge = json.dumps({"body": "x" * (11 * 1024 * 1024)})
    with mock.patch("tracker.api.parsers.BoundedJSONParser.parse") as parse:
        response = post_raw(editor_client, huge)
    assert response.status_code == 400
    assert "too large" in response.json()["detail"]
    parse.assert_not_called()
    assert Article.objects.count() == 0


def test_a_body_without_a_length_is_read_only_up_to_the_limit(rf, editor, settings):
    """Chunked uploads carry no Content-Length: the parser stops reading at the limit."""
    import io

    from tracker.api.parsers import BoundedJSONParser

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    stream = io.BytesIO(json.dumps({"body": "x" * 5000}).encode())
    request = rf.post(ARTICLES, data=b"", content_type="application/json")
    request.META.pop("CONTENT_LENGTH", None)
    from rest_framework.exceptions import ParseError

    with pytest.raises(ParseError, match="too large"):
        BoundedJSONParser().parse(stream, parser_context={"request": request})
    assert stream.tell() == 1001


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"body": 5}, "body"),
        ({"body": ["Laut Polizei 5 Tote."]}, "body"),
        ({"body": {"text": "x"}}, "body"),
        ({"body": True}, "body"),
        ({"body": BODY, "title": 7}, "title"),
        ({"body": BODY, "publisher": None}, "publisher"),
        ({"body": BODY, "url": 42}, "url"),
        ({"body": BODY, "published": 20250101}, "published"),
        ({"body": BODY, "language": ["de"]}, "language"),
    ],
)
def test_wrong_types_are_400_with_the_field_named(editor_client, payload, field):
    response = post_raw(editor_client, json.dumps(payload))
    assert response.status_code == 400
    data = response.json()
    assert data["detail"].startswith(f"{field}:") and field in data["errors"]
    assert Article.objects.count() == 0


@pytest.mark.parametrize("raw", ["", "null", "5", '"text"', "[1, 2]", "{", "NaN", '{"body": NaN}'])
def test_bodies_that_are_not_an_object_are_400_with_a_detail(editor_client, raw):
    response = post_raw(editor_client, raw)
    assert response.status_code == 400 and response.json()["detail"]


def test_a_form_post_over_the_limit_gets_a_detail_too(editor_client):
    response = editor_client.post(ARTICLES, data={"body": "x" * (4 * 1024 * 1024)})
    assert response.status_code == 400 and "too large" in response.json()["detail"]


def test_a_valid_body_still_works(editor_client):
    response = post_raw(editor_client, json.dumps({"body": BODY, "title": "Demo"}))
    assert response.status_code == 201, response.content


# --- random JSON at every endpoint ----------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
field_names = st.sampled_from(["title", "body", "url", "publisher", "published", "language", "x", ""])
article_bodies = st.dictionaries(field_names, json_values, max_size=6) | json_values
query_values = st.text(max_size=30) | st.integers().map(str)
query_names = st.sampled_from(
    ["page", "status", "source", "unit", "q", "period_from", "period_to", "claims_page", "archived", "kind"]
)
queries = st.dictionaries(query_names, query_values, max_size=4)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


@pytest.fixture
def api_client(editor):
    client = Client()
    client.force_login(editor)
    return client


@FAST
@given(payload=article_bodies)
def test_random_json_posted_to_the_articles_endpoint_never_gives_a_500(api_client, payload):
    response = post_raw(api_client, json.dumps(payload))
    assert response.status_code in (200, 201, 400), response.content[:300]
    if response.status_code == 400:
        assert response.json()["detail"]


@FAST
@given(payload=json_values)
def test_random_json_posted_to_the_token_endpoint_never_gives_a_500(client, payload):
    response = client.post(reverse("api:token"), data=json.dumps(payload), content_type="application/json")
    assert response.status_code in (400, 429), response.content[:300]
    assert response.json()["detail"]


@FAST
@given(query=queries, payload=json_values)
def test_random_queries_and_bodies_on_the_read_endpoints_never_give_a_500(api_client, query, payload):
    article = Article.objects.first() or ArticleFactory()
    for url in (ARTICLES, reverse("api:article", args=[article.pk]), reverse("api:claims")):
        response = api_client.get(url, query)
        assert response.status_code in (200, 400), (url, query, response.content[:300])
        if response.status_code == 400:
            assert response.json()["detail"]
    for url in (reverse("api:article", args=[article.pk]), reverse("api:claims")):
        response = api_client.post(url, data=json.dumps(payload), content_type="application/json")
        assert response.status_code in (403, 405), (url, response.content[:300])
