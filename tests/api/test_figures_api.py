"""Figures, sources and ClaimReview in the API, each answer checked against the OpenAPI schema."""

import datetime
from decimal import Decimal

import pytest
from django.test import override_settings

from tests.api.openapi import assert_matches_schema, load_schema
from tests.api.test_api import token_client
from tests.factories import (
    ArticleFactory,
    AttributionFactory,
    ClaimFactory,
    FigureFactory,
    SourceAliasFactory,
    SourceFactory,
)
from tracker.claims.models import Attribution, Claim

pytestmark = pytest.mark.django_db
AUG = datetime.date(2025, 8, 1)
REVIEWED_AT = datetime.datetime(2025, 8, 3, 12, tzinfo=datetime.UTC)


@pytest.fixture
def api(journalist):
    return token_client(journalist)


@pytest.fixture
def schema(api):
    return load_schema(api)


def tracked(figure, sources, value, day, **extra):
    extra.setdefault("approximate", False)
    published = extra.pop("published", day)
    article = ArticleFactory(published=published, url=f"https://news.example/{day}/{value}/{len(sources)}")
    claim = ClaimFactory(
        figure=figure,
        value=Decimal(value),
        period_start=day,
        bound="exact",
        article=article,
        **extra,
    )
    for order, source in enumerate(sources):
        role = Attribution.Role.ORIGIN if order == 0 else Attribution.Role.RELAY
        AttributionFactory(claim=claim, source=source, order=order, role=role)
    return claim


@pytest.fixture
def troops():
    figure = FigureFactory(name="North Korean troops in Russia", unit="soldier")
    cnn, kcna, yonhap = (SourceFactory(name=n) for n in ("CNN", "KCNA", "Yonhap"))
    SourceAliasFactory(source=kcna, text="Korean Central News Agency", language="en")
    claims = {
        "cnn": tracked(figure, [cnn], 15000, AUG),
        "kcna": tracked(figure, [kcna], 10000, AUG),
        "relay": tracked(figure, [cnn, yonhap], 15000, AUG, published=AUG + datetime.timedelta(days=2)),
        "revised": tracked(figure, [cnn], 12000, datetime.date(2025, 10, 1)),
    }
    return figure, claims, {"cnn": cnn, "kcna": kcna}


def test_the_schema_documents_every_endpoint_and_is_valid_openapi(api):
    from drf_spectacular.validation import validate_schema

    schema = load_schema(api)
    validate_schema(schema)
    assert schema["openapi"].startswith("3.")
    for path in (
        "/api/articles/",
        "/api/articles/{id}/",
        "/api/claims/",
        "/api/claims/{id}/claimreview/",
        "/api/figures/",
        "/api/figures/{id}/",
        "/api/sources/",
        "/api/sources/{id}/",
    ):
        assert path in schema["paths"], path


def test_the_schema_needs_a_login_and_has_a_browsable_page(client, journalist_client):
    assert client.get("/api/schema/").status_code in (302, 401, 403)
    page = journalist_client.get("/api/schema/docs/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "swagger-ui" in html and "<script>" not in html.replace(" ", "")  # no inline script (CSP)
    assert "<style" not in html and "css/swagger.css" in html
    script = journalist_client.get("/api/schema/docs/?script=")
    assert script.status_code == 200 and "SwaggerUIBundle" in script.content.decode()


def test_figures_are_listed(api, schema, troops):
    response = api.get("/api/figures/")
    assert response.status_code == 200
    assert_matches_schema(schema, response)
    (figure,) = response.json()["results"]
    assert (figure["name"], figure["claim_count"], figure["source_count"]) == (
        "North Korean troops in Russia",
        4,
        2,
    )


def test_a_figure_gives_latest_words_conflicts_revisions_and_repeats(api, schema, troops):
    figure, claims, _sources = troops
    response = api.get(f"/api/figures/{figure.pk}/")
    assert response.status_code == 200
    assert_matches_schema(schema, response)
    body = response.json()
    assert [(r["source"], r["claim"]) for r in body["latest"]] == [
        ("CNN", claims["revised"].pk),
        ("KCNA", claims["kcna"].pk),
    ]
    assert [(c["first"]["claim"], c["second"]["claim"], c["open"]) for c in body["conflicts"]] == [
        (claims["cnn"].pk, claims["kcna"].pk, False)
    ]
    assert [(r["before"]["claim"], r["after"]["claim"], r["direction"]) for r in body["revisions"]] == [
        (claims["cnn"].pk, claims["revised"].pk, "down")
    ]
    assert [(r["claim"]["claim"], r["original"]["claim"]) for r in body["repeats"]] == [
        (claims["relay"].pk, claims["cnn"].pk)
    ]
    assert body["repeats"][0]["claim"]["relays"] == ["Yonhap"]
    assert body["current_range"] == {"low": 10000, "high": 12000}
    assert len(body["claims"]) == 4 and body["claims"][0]["sources"][0]["source"] == "CNN"


def test_an_unknown_figure_is_404_and_journalists_need_a_login(api, client):
    assert api.get("/api/figures/999999/").status_code == 404
    assert client.get("/api/figures/").status_code == 401


def test_sources_are_listed_and_filtered(api, schema, troops):
    response = api.get("/api/sources/")
    assert_matches_schema(schema, response)
    names = [s["name"] for s in response.json()["results"]]
    assert {"CNN", "KCNA", "Yonhap"} <= set(names)
    found = api.get("/api/sources/?q=central news")
    assert [s["name"] for s in found.json()["results"]] == ["KCNA"]
    bad = api.get("/api/sources/?kind=wizard")
    assert bad.status_code == 400 and "Unknown kind" in bad.json()["errors"]["kind"][0]


def test_a_source_gives_its_aliases_counts_and_figures(api, schema, troops):
    figure, _claims, sources = troops
    response = api.get(f"/api/sources/{sources['kcna'].pk}/")
    assert_matches_schema(schema, response)
    body = response.json()
    assert body["aliases"] == [{"text": "Korean Central News Agency", "language": "en"}]
    assert body["claim_count"] == 1 and body["status_counts"]["pending"] == 1
    assert body["figures"] == [{"id": figure.pk, "name": figure.name}]
    assert api.get("/api/sources/999999/").status_code == 404


@override_settings(
    CLAIMREVIEW_ORGANIZATION_NAME="Example Desk", CLAIMREVIEW_ORGANIZATION_URL="https://desk.example/"
)
def test_claimreview_of_a_reviewed_range(api, schema, editor):
    article = ArticleFactory(
        title="Troops", url="https://news.example/troops", published=AUG, publisher="Example Zeitung",
        body="Laut US-Beamten und CNN sind 25.000 bis 30.000 Soldaten in Russland.",
    )  # fmt: skip
    start = article.body.index("25.000")
    claim = ClaimFactory(
        article=article, start=start, end=start + len("25.000 bis 30.000 Soldaten"),
        sentence_start=0, sentence_end=len(article.body), value=Decimal(25000), value_high=Decimal(30000),
        status=Claim.Status.APPROVED, reviewed_by=editor, reviewed_at=REVIEWED_AT,
    )  # fmt: skip
    AttributionFactory(claim=claim, source=SourceFactory(name="US officials", kind="government"), order=0)
    AttributionFactory(
        claim=claim, source=SourceFactory(name="CNN", kind="news_outlet"), order=1, role="relay"
    )
    response = api.get(f"/api/claims/{claim.pk}/claimreview/")
    assert response.status_code == 200 and response["Content-Type"] == "application/ld+json"
    assert_matches_schema(schema, response)
    review = response.json()
    # schema.org / Google's required ClaimReview properties
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    for key in ("url", "claimReviewed", "author", "reviewRating", "itemReviewed", "datePublished"):
        assert review[key], key
    assert review["claimReviewed"] == article.body
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Desk",
        "url": "https://desk.example/",
    }
    assert review["reviewRating"]["alternateName"] == "Correctly reported"
    item = review["itemReviewed"]
    assert item["@type"] == "Claim" and item["datePublished"] == "2025-08-01"
    assert [a["name"] for a in item["author"]] == ["US officials", "CNN"]
    assert item["appearance"]["url"] == "https://news.example/troops"
    assert item["about"] == {
        "@type": "QuantitativeValue",
        "unitText": "soldier",
        "minValue": 25000,
        "maxValue": 30000,
    }
    assert review["datePublished"] == "2025-08-03"


def test_claimreview_needs_a_review(api, schema):
    pending = ClaimFactory()
    response = api.get(f"/api/claims/{pending.pk}/claimreview/")
    assert response.status_code == 404 and "not been reviewed yet" in response.json()["detail"]
    flagged = ClaimFactory(status=Claim.Status.FLAGGED, reason="figure_disputed")
    body = api.get(f"/api/claims/{flagged.pk}/claimreview/").json()
    assert body["reviewRating"]["alternateName"] == "Flagged: Figure disputed"
    assert body["itemReviewed"]["about"]["value"] == 12000


def test_the_older_endpoints_match_the_schema_too(api, schema):
    claim = ClaimFactory()
    AttributionFactory(claim=claim)
    for path in ("/api/articles/", f"/api/articles/{claim.article_id}/", "/api/claims/"):
        response = api.get(path)
        assert response.status_code == 200
        assert_matches_schema(schema, response)
    bad = api.get("/api/articles/?status=nonsense")
    assert bad.status_code == 400
    assert_matches_schema(schema, bad)


def test_the_source_list_takes_the_same_queries_for_one_source_or_a_full_page(api, troops):
    """The claim counts come with the page's one query (sources' claim counts kept by the
    database on PostgreSQL, aggregated in the same query elsewhere), never one per source."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        api.get(url)  # the token's user and the session cached alike
        with CaptureQueriesContext(connection) as captured:
            response = api.get(url)
        assert response.status_code == 200
        return len(captured), len(response.json()["results"])

    one = queries("/api/sources/?q=central news")
    for n in range(40):
        AttributionFactory(claim=ClaimFactory(), source=SourceFactory(name=f"Agency {n:02}"))
    full = queries("/api/sources/")
    assert one[1] == 1 and full[1] > 30
    assert one[0] == full[0]
    body = api.get("/api/sources/?q=Agency 07").json()["results"]
    assert [(s["name"], s["claim_count"]) for s in body] == [("Agency 07", 1)]
