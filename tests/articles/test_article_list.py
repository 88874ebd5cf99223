import pytest
from django.urls import reverse

from tests.claims.scenario import hostile_article
from tests.factories import ArticleFactory, ClaimFactory

URL = reverse("articles:list")
pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_users_to_log_in(client):
    assert client.get(URL).url.startswith(reverse("login"))


def test_outsiders_are_refused(outsider_client):
    assert outsider_client.get(URL).status_code == 403


def test_it_lists_articles_with_status_and_claim_counts(journalist_client):
    article = ArticleFactory(title="Truppen in Kursk", status="failed", error="boom")
    ClaimFactory(article=article)
    ClaimFactory(article=article, start=0, end=4, text=article.body[:4], fingerprint="x")
    html = journalist_client.get(URL).content.decode()
    assert "Truppen in Kursk" in html and "Failed" in html
    assert journalist_client.get(URL).context["page"].items[0].claim_count == 2


def test_it_filters_by_status_and_title(journalist_client):
    ArticleFactory(title="Alpha", status="done")
    ArticleFactory(title="Beta", status="failed", error="x")
    assert [a.title for a in journalist_client.get(URL, {"status": "failed"}).context["page"].items] == [
        "Beta"
    ]
    assert [a.title for a in journalist_client.get(URL, {"q": "alpha"}).context["page"].items] == ["Alpha"]


def test_it_renders_hostile_titles_inert(journalist_client):
    hostile_article()
    html = journalist_client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("rows", [5, 50])
def test_its_query_count_does_not_grow_with_rows(journalist_client, django_assert_num_queries, rows):
    for _ in range(rows):
        ClaimFactory()
    # session, user, user permissions, group permissions, articles, their claim counts,
    # whether any article waits for a worker too long, the total (capped count)
    with django_assert_num_queries(8):
        response = journalist_client.get(URL)
    assert len(response.context["page"].items) == rows


def test_a_search_counts_its_matches_up_to_a_bound_then_estimates(journalist_client, monkeypatch):
    """A common word's matches are not all walked to count them (issue 18): up to
    SEARCH_COUNT_UP_TO they are counted, beyond the planner estimates (PostgreSQL)."""
    from django.db import connection

    from tracker.articles import selectors_reading

    for n in range(4):
        ArticleFactory(title=f"Truppen {n}")
    ArticleFactory(title="Wetter")
    assert journalist_client.get(URL, {"q": "Truppen"}).context["total"].value == 4
    monkeypatch.setattr(selectors_reading, "SEARCH_COUNT_UP_TO", 2)
    total = journalist_client.get(URL, {"q": "Truppen"}).context["total"]
    if connection.vendor == "postgresql":
        assert not total.exact and total.value >= 3
    else:  # SQLite counts (up to EXACT_UP_TO)
        assert (total.value, total.exact) == (4, True)
