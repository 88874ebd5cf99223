"""The claims list's total: exact when it is cheap to know, an estimate that says so when not,
and shown once (a search's summary carries it)."""

import pytest
from django.db import connection
from django.http import QueryDict
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.claims.filters import ClaimFilter
from tracker.claims.models import Claim
from tracker.claims.selectors import Total, claim_rows_queryset, count_in_source_sample
from tracker.claims.views.lists import source_total
from tracker.sources.selectors import source_attributions, source_claims_total

pytestmark = pytest.mark.django_db
ON_POSTGRESQL = connection.vendor == "postgresql"


@pytest.fixture
def kcna():
    """KCNA named by 7 claims: 4 pending, a rejected one, one naming KCNA twice (origin and
    relay), one of an archived article; and a claim of another source."""
    source = SourceFactory(name="KCNA")
    for _ in range(4):
        AttributionFactory(source=source)
    AttributionFactory(source=source, claim=ClaimFactory(status=Claim.Status.REJECTED, reason="not_a_claim"))
    twice = AttributionFactory(source=source).claim
    AttributionFactory(source=source, claim=twice, order=1, role="relay")
    archived = ArticleFactory()
    AttributionFactory(source=source, claim=ClaimFactory(article=archived))
    archived.__class__.objects.filter(pk=archived.pk).update(archived_at="2025-08-01T00:00:00Z")
    AttributionFactory(source=SourceFactory(name="CNN"))
    return source


def filtered(query: str) -> ClaimFilter:
    claim_filter = ClaimFilter(QueryDict(query), queryset=claim_rows_queryset())
    claim_filter.qs  # cleans the form
    return claim_filter


def live(query: str) -> int:
    return filtered(query).qs.order_by().count()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="per-source counts are kept on PostgreSQL only")
@pytest.mark.parametrize("status", ["", "all", "pending", "rejected", "approved"])
def test_a_sources_total_from_its_kept_counts_equals_a_live_count(kcna, status):
    query = f"source={kcna.pk}&status={status}"
    claim_filter = filtered(query)
    assert claim_filter.only_source
    expected = live(query)
    assert source_claims_total(kcna.pk, claim_filter.statuses) == expected
    assert source_total(claim_filter) == Total(expected, True)
    assert expected == {"": 5, "all": 6, "pending": 5, "rejected": 1, "approved": 0}[status]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="per-source counts are kept on PostgreSQL only")
def test_the_kept_total_follows_status_changes_and_archiving(kcna, editor):
    from tracker.articles.services.archive import article_archive, article_restore

    claim = Claim.objects.filter(attributions__source=kcna, status="pending").first()
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.APPROVED)
    assert source_claims_total(kcna.pk, ["approved"]) == live(f"source={kcna.pk}&status=approved") == 1
    article_archive(article=claim.article, user=editor)
    assert source_claims_total(kcna.pk, ["approved"]) == 0
    article_restore(article=claim.article, user=editor)
    assert source_attributions(kcna.pk) == 8 and source_claims_total(kcna.pk, ["approved"]) == 1


@pytest.mark.skipif(not ON_POSTGRESQL, reason="per-source counts are kept on PostgreSQL only")
def test_a_source_with_other_filters_is_counted_in_a_sample(kcna):
    claim_filter = filtered(f"source={kcna.pk}&unit=soldier")
    assert not claim_filter.only_source and claim_filter.source_id == kcna.pk
    assert source_total(claim_filter) == Total(5, True)  # 8 mentions: fewer than the sample


def test_the_sample_is_exact_for_a_small_source_and_an_estimate_beyond(kcna):
    claims = filtered(f"source={kcna.pk}").qs
    assert count_in_source_sample(claims, kcna.pk, 8) == Total(5, True)
    # Every second claim id in the sample: the matches found there, twice, said to be estimated.
    estimate = count_in_source_sample(claims, kcna.pk, 8, sample=4)
    kept = [pk for pk in claims.values_list("pk", flat=True) if pk % 2 == 0]
    assert estimate == Total(2 * len(kept), False)


def test_an_estimate_says_so_in_two_significant_digits():
    assert str(Total(12341, False)) == "about 12,000" and str(Total(12341, True)) == "12,341"
    assert str(Total(87, False)) == "about 87"


def test_the_list_shows_a_sources_total_once(journalist_client, kcna):
    html = journalist_client.get(f"{reverse('claims:list')}?source={kcna.pk}").content.decode()
    assert '<small class="muted total">5 claims</small>' in html


def test_a_search_shows_its_total_once_in_its_summary(journalist_client, kcna):
    for query in ("q=Soldaten", f"q=Soldaten&source={kcna.pk}"):
        html = journalist_client.get(f"{reverse('claims:list')}?{query}").content.decode()
        assert 'class="muted total"' not in html, query
        expected = 5 if "source" in query else 6
        assert f"{expected} claims match “Soldaten”" in html, query


def test_an_estimate_is_bounded_by_the_pages_rows():
    from tracker.claims.selectors import Page
    from tracker.claims.views.lists import page_bounds

    rows = list(range(50))
    assert page_bounds(Total(0, False), Page(rows, 3, 50, True)) == Total(151, False)
    assert page_bounds(Total(900, False), Page(rows[:7], 2, 50, False)) == Total(57, True)
    assert page_bounds(Total(900, False), Page(rows, 1, 50, True)) == Total(900, False)
    assert page_bounds(Total(3, True), Page(rows, 1, 50, True)) == Total(3, True)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="per-source counts are kept on PostgreSQL only")
def test_a_source_named_very_often_gets_an_estimated_total_without_grouping_its_mentions(kcna, monkeypatch):
    from tracker.claims.views import lists

    monkeypatch.setattr(lists, "SOURCE_EXACT_UP_TO", 7)  # KCNA is named 8 times
    # its claim naming it twice is counted twice: 6 where the exact total is 5
    assert source_total(filtered(f"source={kcna.pk}")) == Total(6, False)
    monkeypatch.setattr(lists, "SOURCE_EXACT_UP_TO", 8)
    assert source_total(filtered(f"source={kcna.pk}")) == Total(5, True)


def test_a_source_list_walks_the_sources_attributions_and_lists_a_claim_once(kcna):
    """The list by source joins the source's attributions (ordered by their claim ids, which
    PostgreSQL serves from the (source, claim) index): a claim naming it twice is one row."""
    claim_filter = filtered(f"source={kcna.pk}")
    ids = list(claim_filter.qs.values_list("pk", flat=True))
    assert len(ids) == len(set(ids)) == 5 and ids == sorted(ids, reverse=True)
    assert list(filtered(f"source={kcna.pk}&sort=oldest").qs.values_list("pk", flat=True)) == ids[::-1]
