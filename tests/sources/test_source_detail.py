import datetime

import pytest
from django.urls import reverse

from tests.claims.scenario import IMG, hostile_article
from tests.factories import AttributionFactory, ClaimFactory, QuoteFactory, SourceAliasFactory, SourceFactory

pytestmark = pytest.mark.django_db


def url(source):
    return reverse("sources:detail", args=[source.pk])


def test_it_sends_anonymous_users_to_log_in(client):
    assert client.get(url(SourceFactory())).url.startswith(reverse("login"))


def test_it_shows_aliases_counts_and_a_chart(journalist_client):
    kcna = SourceFactory(name="KCNA", kind="state_media")
    SourceAliasFactory(source=kcna, text="nordkoreanische Staatsmedien")
    for month in (1, 1, 3):
        AttributionFactory(claim=ClaimFactory(period_start=datetime.date(2025, month, 5)), source=kcna)
    response = journalist_client.get(url(kcna))
    html = response.content.decode()
    assert "nordkoreanische Staatsmedien" in html
    assert "3 claims" in html
    chart = response.context["chart"]
    assert [(bar.month, bar.count) for bar in chart.bars] == [
        (datetime.date(2025, 1, 1), 2),
        (datetime.date(2025, 3, 1), 1),
    ]
    assert "<svg" in html and "<rect" in html
    assert "Merge this duplicate" not in html


def test_editors_get_the_merge_form(editor_client):
    assert "Merge this duplicate" in editor_client.get(url(SourceFactory())).content.decode()


def test_it_renders_hostile_text_inert(journalist_client):
    _, claim = hostile_article()
    source = claim.attributions.get(order=1).source
    html = journalist_client.get(url(source)).content.decode()
    assert IMG not in html and "<script>alert(1)</script>" not in html


@pytest.mark.parametrize("claims", [3, 25])
def test_its_query_count_is_fixed(journalist_client, django_assert_num_queries, claims):
    kcna = SourceFactory(name="KCNA")
    for _ in range(claims):
        claim = AttributionFactory(claim=ClaimFactory(), source=kcna).claim
        QuoteFactory(article=claim.article, speaker=kcna).via.add(kcna)
    # session, user, source with its counts, user permissions, group permissions, aliases,
    # merged sources, quotes (with speaker and article), their via-sources, chart, claims
    # page, their attributions, whether the user follows it
    with django_assert_num_queries(13):
        journalist_client.get(url(kcna))


def test_the_chart_leaves_a_gap_for_months_without_claims(journalist_client):
    """January and March drew as two neighbouring bars under 'Jan 2025 – Mar 2025', as if
    one month followed the other."""
    kcna = SourceFactory(name="KCNA", kind="state_media")
    for month in (1, 3):
        AttributionFactory(claim=ClaimFactory(period_start=datetime.date(2025, month, 5)), source=kcna)
    january, march = journalist_client.get(url(kcna)).context["chart"].bars
    slot = january.width / 0.8
    assert march.x - january.x == pytest.approx(2 * slot, abs=0.2)


def test_counts_have_thousands_separators_like_every_other_number(journalist_client, monkeypatch):
    """'12957 pending' beside '12,000 soldiers': counts were printed raw."""
    from tracker.sources import views

    source = SourceFactory(name="KCNA")
    counts = {"pending": 12957, "approved": 1200, "flagged": 0, "rejected": 0, "stale": 0}
    monkeypatch.setattr(
        views, "source_status_counts", lambda s: {**counts, "total": 14157, "latest_claim_at": None}
    )
    html = journalist_client.get(url(source)).content.decode()
    assert "14,157 claims" in html and "12,957 pending, 1,200 approved" in html
