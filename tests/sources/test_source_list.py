import pytest
from django.urls import reverse

from tests.claims.scenario import IMG, hostile_article, many_claims
from tests.factories import AttributionFactory, ClaimFactory, SourceFactory
from tracker.sources.models import Source

URL = reverse("sources:list")
pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_users_to_log_in(client):
    assert client.get(URL).url.startswith(reverse("login"))


def test_it_counts_claims_by_status_per_source(journalist_client):
    kcna = SourceFactory(name="KCNA", kind="state_media")
    for status, reason in [("pending", ""), ("pending", ""), ("approved", ""), ("flagged", "outdated")]:
        AttributionFactory(claim=ClaimFactory(status=status, reason=reason), source=kcna)
    SourceFactory(name="Unused")
    response = journalist_client.get(URL)
    rows = {s.name: s for s in response.context["page"].items}
    assert (rows["KCNA"].pending, rows["KCNA"].approved, rows["KCNA"].flagged) == (2, 1, 1)
    assert rows["KCNA"].latest_claim_at is not None
    assert rows["Unused"].pending == 0 and rows["Unused"].latest_claim_at is None
    html = response.content.decode()
    assert f'?source={kcna.pk}&amp;status=pending">2</a>' in html
    assert "<td>State media</td>" in html


def test_it_filters_by_kind_and_name_and_hides_merged(journalist_client):
    kcna = SourceFactory(name="KCNA", kind="state_media")
    SourceFactory(name="CNN", kind="news_outlet")
    SourceFactory(name="KCNA duplicate", kind="state_media", merged_into=kcna)
    names = lambda response: [s.name for s in response.context["page"].items]  # noqa: E731
    assert names(journalist_client.get(URL, {"kind": "state_media"})) == ["KCNA"]
    assert names(journalist_client.get(URL, {"q": "cnn"})) == ["CNN"]
    assert names(journalist_client.get(URL, {"merged": "1", "kind": "state_media"})) == [
        "KCNA",
        "KCNA duplicate",
    ]


def test_it_renders_hostile_names_inert(journalist_client):
    hostile_article()
    html = journalist_client.get(URL).content.decode()
    assert IMG not in html and "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in html


@pytest.mark.parametrize("sources", [5, 50])
def test_its_query_count_does_not_grow_with_rows(journalist_client, django_assert_num_queries, sources):
    for index in range(sources):
        many_claims(1, source=SourceFactory(name=f"Source {index:03}"))
    # session, user, user permissions, group permissions, one page of sources with their
    # counts, the total (capped count)
    with django_assert_num_queries(6):
        response = journalist_client.get(URL)
    assert len(response.context["page"].items) == min(sources + 1, 50)  # + the relay source CNN


def test_it_pages(journalist_client):
    Source.objects.bulk_create([Source(name=f"S{index:03}") for index in range(60)])
    assert journalist_client.get(URL).context["page"].has_next
    assert len(journalist_client.get(URL, {"page": 2}).context["page"].items) == 10


def test_a_page_past_the_end_says_so(journalist_client):
    SourceFactory(name="KCNA")
    html = journalist_client.get(URL, {"page": 40, "q": "kcna"}).content.decode()
    assert "No sources" not in html
    assert "Page 40 is past the end of the list" in html and 'href="?q=kcna&amp;page=1"' in html


def test_a_sources_claims_page_past_the_end_says_so(journalist_client):
    source = SourceFactory(name="KCNA")
    many_claims(3, source=source)
    html = journalist_client.get(reverse("sources:detail", args=[source.pk]), {"page": 7}).content.decode()
    assert "No claims." not in html
    assert "Page 7 is past the end of the list" in html and 'href="?page=1"' in html


def test_counts_in_the_table_have_thousands_separators(db):
    from types import SimpleNamespace

    from tracker.sources.views import _source_rows

    source = SimpleNamespace(
        pk=1,
        name="KCNA",
        get_kind_display=lambda: "State media",
        country="KP",
        verified=True,
        merged_into_id=None,
        latest_claim_at=None,
        pending=12957,
        approved=1200,
        flagged=0,
        rejected=None,
        stale=3,
    )
    row = _source_rows([source])[0]
    assert (row["pending"], row["approved"], row["rejected"], row["stale"]) == ("12,957", "1,200", "0", "3")
