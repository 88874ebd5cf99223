import pytest
from django.urls import reverse

from tests.claims.scenario import assert_inert, hostile_article, many_claims, range_claim
from tests.factories import ClaimFactory, SourceFactory
from tracker.claims.models import Claim

URL = reverse("claims:list")
pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_users_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


def test_it_refuses_users_without_a_role(outsider_client):
    assert outsider_client.get(URL).status_code == 403


def test_it_shows_value_hedge_unit_chain_and_status(journalist_client):
    article, _claim = hostile_article()
    range_claim(article)
    response = journalist_client.get(URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert "about 12,000" in html
    assert "25,000–30,000" in html
    assert "US officials → via CNN" in html
    assert "soldier" in html
    assert "Pending" in html


def test_it_renders_hostile_text_inert(journalist_client):
    hostile_article()
    assert_inert(journalist_client.get(URL).content.decode())


def test_it_hides_rejected_claims_unless_asked(journalist_client):
    kept = ClaimFactory(subject="kept")
    ClaimFactory(subject="gone-claim", status=Claim.Status.REJECTED, reason="not_a_claim")
    html = journalist_client.get(URL).content.decode()
    assert "gone-claim" not in html and kept.subject in html
    assert "gone-claim" in journalist_client.get(URL, {"status": "all"}).content.decode()
    assert "gone-claim" in journalist_client.get(URL, {"status": "rejected"}).content.decode()


def test_it_filters_by_source_kind_unit_and_text(journalist_client):
    article, claim = hostile_article()
    other = range_claim(article)
    cnn = other.attributions.get(order=1).source
    by_source = journalist_client.get(URL, {"source": cnn.pk}).context["page"].items
    assert by_source == [other]
    by_name = journalist_client.get(URL, {"source_name": "kcna"}).context["page"].items
    assert by_name == [claim]
    by_kind = journalist_client.get(URL, {"source_kind": "government"}).context["page"].items
    assert by_kind == [other]
    assert journalist_client.get(URL, {"unit": "euro"}).context["page"].items == []
    by_text = journalist_client.get(URL, {"q": "12.000"}).context["page"].items
    assert by_text == [claim]


def test_it_filters_by_article_language_and_period(journalist_client):
    import datetime

    claim = ClaimFactory(period_start=datetime.date(2025, 8, 1), period_end=datetime.date(2025, 8, 31))
    ClaimFactory(period_start=datetime.date(2024, 1, 1), period_end=datetime.date(2024, 1, 31))
    items = (
        journalist_client.get(URL, {"period_from": "2025-08-15", "period_to": "2025-09-01"})
        .context["page"]
        .items
    )
    assert items == [claim]
    assert journalist_client.get(URL, {"article": claim.article_id}).context["page"].items == [claim]
    assert journalist_client.get(URL, {"language": "en"}).context["page"].items == []


def test_it_sorts_by_value(journalist_client):
    from decimal import Decimal

    small = ClaimFactory(value=Decimal(5))
    big = ClaimFactory(value=Decimal(50000))
    assert journalist_client.get(URL, {"sort": "value"}).context["page"].items == [big, small]
    assert journalist_client.get(URL, {"sort": "value_asc"}).context["page"].items == [small, big]


def test_it_pages_without_counting(journalist_client):
    many_claims(55)
    first = journalist_client.get(URL)
    assert len(first.context["page"].items) == 50 and first.context["page"].has_next
    second = journalist_client.get(URL, {"page": 2})
    assert len(second.context["page"].items) == 5 and not second.context["page"].has_next


@pytest.mark.parametrize("rows", [5, 50])
def test_its_query_count_does_not_grow_with_rows(editor_client, django_assert_num_queries, rows):
    many_claims(rows, source=SourceFactory(name="KCNA"))
    # session, user, user permissions, group permissions, figures (filter and bulk selects),
    # claims (+ articles), attributions (+ sources), their total (capped count)
    with django_assert_num_queries(8):
        response = editor_client.get(URL)
    assert len(response.context["page"].items) == rows


def test_editors_see_bulk_and_inline_review(editor_client, journalist_client):
    ClaimFactory()
    assert 'id="bulk-form"' in editor_client.get(URL).content.decode()
    assert 'id="bulk-form"' not in journalist_client.get(URL).content.decode()


def test_a_claim_naming_a_source_twice_is_listed_once(journalist_client):
    from tests.factories import AttributionFactory

    kcna = SourceFactory(name="KCNA")
    twice, once = ClaimFactory(), ClaimFactory()
    AttributionFactory(claim=twice, source=kcna, order=0)
    AttributionFactory(claim=twice, source=kcna, order=1, role="relay")
    AttributionFactory(claim=once, source=kcna)
    assert journalist_client.get(URL, {"source": kcna.pk}).context["page"].items == [once, twice]
    oldest_first = journalist_client.get(URL, {"source": kcna.pk, "sort": "oldest"})
    assert oldest_first.context["page"].items == [twice, once]


def test_it_filters_by_figure_or_by_none(journalist_client):
    from tests.factories import FigureFactory

    figure = FigureFactory(name="Troops in Russia")
    tracked, untracked = ClaimFactory(figure=figure), ClaimFactory()
    assert journalist_client.get(URL, {"figure": figure.pk}).context["page"].items == [tracked]
    assert journalist_client.get(URL, {"figure": "none"}).context["page"].items == [untracked]
    html = journalist_client.get(URL, {"figure": figure.pk}).content.decode()
    assert f'<option value="{figure.pk}" selected>Troops in Russia</option>' in html


def test_editors_can_track_selected_claims_as_a_figure(editor_client, journalist_client):
    ClaimFactory()
    assert reverse("claims:figure_assign") in editor_client.get(URL).content.decode()
    assert reverse("claims:figure_assign") not in journalist_client.get(URL).content.decode()


def test_a_bad_value_in_one_filter_keeps_the_others(journalist_client):
    """A mistyped date is reported and ignored; the status and sort asked for still hold
    (rejected claims had vanished from `status=rejected` and the sort fell back to newest)."""
    from decimal import Decimal

    rejected = ClaimFactory(subject="gone-claim", status=Claim.Status.REJECTED, reason="not_a_claim")
    small = ClaimFactory(value=Decimal(5))
    big = ClaimFactory(value=Decimal(50000))
    response = journalist_client.get(URL, {"status": "rejected", "period_from": "2025-13-45"})
    assert response.context["page"].items == [rejected]
    assert "Enter a valid date" in response.content.decode()
    response = journalist_client.get(URL, {"sort": "value_asc", "page": "abc", "article": "x"})
    assert response.context["page"].items == [small, big]
    response = journalist_client.get(URL, {"sort": "value", "status": "all", "period_to": "no"})
    assert response.context["page"].items == [big, rejected, small]  # 50,000, 12,000, 5


def test_a_page_past_the_end_says_so_and_links_the_first_page(journalist_client):
    """?page=9999 used to say 'No claims match these filters' under 'Page 9999 (0–499900)'."""
    ClaimFactory(subject="the-only-claim")
    html = journalist_client.get(URL, {"page": 9999, "unit": "soldier"}).content.decode()
    assert "No claims match" not in html and "0–499900" not in html
    assert "Page 9999 is past the end of the list" in html
    assert 'href="?unit=soldier&amp;page=1"' in html


def test_an_empty_list_says_there_are_no_claims_yet(journalist_client):
    html = journalist_client.get(URL).content.decode()
    assert "No claims yet" in html and "match these filters" not in html
    html = journalist_client.get(URL, {"unit": "euro"}).content.decode()
    assert "No claims match these filters" in html


def test_filter_errors_name_the_field_by_its_label(journalist_client):
    html = journalist_client.get(URL, {"period_from": "2025-13-45"}).content.decode()
    assert "Period from: Enter a valid date." in html and "period_from:" not in html


def test_a_bad_source_id_is_not_said_to_restrict_the_list(journalist_client):
    """?source=abc is ignored (all claims listed): the page must not say 'Only claims of an
    unknown source (source #abc)', nor carry the bad id into the next search."""
    ClaimFactory()
    html = journalist_client.get(URL, {"source": "abc", "article": "x"}).content.decode()
    assert "Only claims of" not in html
    assert 'name="source" value="abc"' not in html and 'name="article" value="x"' not in html
    assert "Source id: Enter a whole number." in html


def test_a_merged_sources_list_links_the_source_it_was_merged_into(journalist_client, editor):
    """A shared link to a source's claims listed nothing once the source was merged, without
    saying where its claims went."""
    from tracker.sources.services import source_merge

    kept, duplicate = SourceFactory(name="KCNA"), SourceFactory(name="K.C.N.A.")
    many_claims(1, source=duplicate)
    source_merge(source=duplicate, into=kept, user=editor)
    html = journalist_client.get(URL, {"source": duplicate.pk}).content.decode()
    assert "merged into" in html
    assert f'<a href="?source={kept.pk}">KCNA</a>' in html


def test_sorting_by_period_puts_undated_claims_last_both_ways(journalist_client):
    """PostgreSQL sorts NULL first in descending order (SQLite in ascending): 'Period, latest
    first' opened on a page of undated claims."""
    import datetime

    undated = ClaimFactory(period_start=None, period_end=None)
    early = ClaimFactory(period_start=datetime.date(2024, 1, 1), period_end=datetime.date(2024, 1, 1))
    late = ClaimFactory(period_start=datetime.date(2025, 8, 1), period_end=datetime.date(2025, 8, 1))
    assert journalist_client.get(URL, {"sort": "date"}).context["page"].items == [late, early, undated]
    assert journalist_client.get(URL, {"sort": "date_asc"}).context["page"].items == [early, late, undated]


def test_the_unit_filter_takes_the_unit_as_the_list_prints_it(journalist_client):
    """The list prints '12,000 soldiers', '4,000 casualties', '40 %', '2,500 people'; typing that
    into Unit found nothing, as only the stored singular ('soldier') matched."""
    soldier = ClaimFactory(unit="soldier")
    casualty = ClaimFactory(unit="casualty")
    person = ClaimFactory(unit="person")
    percent = ClaimFactory(unit="percent")
    for typed, expected in [
        ("soldiers", soldier),
        ("Soldier", soldier),
        ("casualties", casualty),
        ("people", person),
        ("%", percent),
        ("percent", percent),
    ]:
        assert journalist_client.get(URL, {"unit": typed}).context["page"].items == [expected], typed


@pytest.mark.parametrize("name", ["source", "article", "figure"])
def test_an_id_too_large_for_the_database_is_refused_not_a_500(journalist_client, name):
    """?source=99999999999999999999 crashed the page (OverflowError: int too large for SQLite
    INTEGER)."""
    ClaimFactory()
    response = journalist_client.get(URL, {name: "99999999999999999999"})
    assert response.status_code == 200
    api = journalist_client.get(reverse("api:claims"), {name: "99999999999999999999"})
    assert api.status_code in (200, 400)
