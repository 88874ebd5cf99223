"""Floods: a paste dense with numbers gives at most the cap of claims, says it was truncated,
and its pages stay small (the probe: 577 KB of "1,1 2,2 …" made 50,000 claims, an 18 MB page)."""

import time

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, ClaimFactory
from tests.security.conftest import flood_text
from tracker.articles.models import Article
from tracker.claims.models import Claim
from tracker.claims.storage import claims_cap

pytestmark = pytest.mark.django_db


def claims_on(article, count, step=8):
    """`count` one-character claims of `article`, `step` characters apart, in text order."""
    return [
        ClaimFactory(
            article=article,
            start=n * step + 5,
            end=n * step + 6,
            sentence_start=n * step,
            sentence_end=n * step + 7,
            fingerprint=str(n),
        )
        for n in range(count)
    ]


@pytest.fixture(scope="module")
def flood():
    return flood_text()


def test_the_cap_is_one_claim_per_40_characters_and_2000_at_most():
    assert claims_cap(577_000) == 2000
    assert claims_cap(40_000) == 1000
    assert claims_cap(900) == 100  # short, dense texts keep their figures


def test_a_577_kb_flood_paste_stores_at_most_the_cap_and_says_so(editor_client, run_on_commit, flood):
    started = time.perf_counter()
    with run_on_commit():
        response = editor_client.post(reverse("articles:add"), {"body": flood, "title": "Flood"})
    stored_in = time.perf_counter() - started
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.status == Article.Status.DONE
    claims = Claim.objects.filter(article=article).count()
    assert claims <= 2000
    assert article.claims_truncated > 0

    started = time.perf_counter()
    page = editor_client.get(reverse("articles:detail", args=[article.pk]))
    page_seconds = time.perf_counter() - started
    html = page.content.decode()
    assert page.status_code == 200
    assert "Truncated:" in html and f"{article.claims_truncated:,}" in html
    assert len(page.content) < 1_000_000
    print(
        f"\nflood {len(flood):,} chars: {claims:,} claims stored, {article.claims_truncated:,} cut, "
        f"paste+extract {stored_in:.1f} s; "
        f"article page {len(page.content) / 1024:.0f} KB in {page_seconds:.2f} s"
    )

    api = editor_client.get(reverse("api:article", args=[article.pk]))
    assert api.status_code == 200 and len(api.content) < 2_500_000
    data = api.json()
    assert len(data["claims"]) == 200 and data["claims_has_next"] and data["claims_count"] == claims
    print(f"API answer {len(api.content) / 1024:.0f} KB (text and 200 claims)")


def test_the_article_page_shows_its_claims_a_page_at_a_time(journalist_client):
    article = ArticleFactory(body="Zahl 1. " * 400, content_hash=None)
    claims_on(article, 150)
    url = reverse("articles:detail", args=[article.pk])
    first = journalist_client.get(url).content.decode()
    assert first.count('<mark class="claim status') == 100
    assert "Claims (150)" in first and "Next →" in first
    second = journalist_client.get(url, {"page": 2}).content.decode()
    assert second.count('<mark class="claim status') == 50


def test_a_link_to_a_claim_opens_the_page_holding_it(journalist_client):
    article = ArticleFactory(body="Zahl 1. " * 400, content_hash=None)
    claims = claims_on(article, 150)
    html = journalist_client.get(
        reverse("articles:detail", args=[article.pk]), {"claim": claims[120].pk}
    ).content.decode()
    assert f'id="claim-{claims[120].pk}"' in html and f'id="claim-{claims[0].pk}"' not in html


def test_the_api_answers_an_article_a_page_of_claims_at_a_time(journalist_client):
    article = ArticleFactory(body="Zahl 1. " * 400, content_hash=None)
    claims_on(article, 250)
    url = reverse("api:article", args=[article.pk])
    first = journalist_client.get(url).json()
    assert len(first["claims"]) == 200 and first["claims_has_next"] and first["claims_count"] == 250
    second = journalist_client.get(url, {"claims_page": 2}).json()
    assert len(second["claims"]) == 50 and not second["claims_has_next"]
