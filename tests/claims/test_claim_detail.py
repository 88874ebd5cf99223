import pytest
from django.urls import reverse

from tests.claims.scenario import assert_inert, hostile_article, range_claim
from tracker.claims.services import claim_approve, claim_flag

pytestmark = pytest.mark.django_db


def url(claim):
    return reverse("claims:detail", args=[claim.pk])


def test_it_sends_anonymous_users_to_log_in(client):
    _, claim = hostile_article()
    assert client.get(url(claim)).url.startswith(reverse("login"))


def test_it_shows_the_sentence_with_the_claim_marked(journalist_client):
    _, claim = hostile_article()
    html = journalist_client.get(url(claim)).content.decode()
    assert f'<mark class="claim current" id="claim-{claim.pk}"' in html
    assert ">12.000 Soldaten</mark>" in html
    assert '<mark class="source" title="KCNA">KCNA</mark>' in html


def test_it_renders_hostile_text_inert(journalist_client):
    _, claim = hostile_article()
    assert_inert(journalist_client.get(url(claim)).content.decode())


def test_it_shows_the_chain_and_the_history_with_who_and_why(journalist_client, editor):
    article, _ = hostile_article()
    claim = range_claim(article)
    claim_flag(claim=claim, user=editor, version=1, reason="misattributed", note="CNN only relayed it")
    html = journalist_client.get(url(claim)).content.decode()
    assert "US officials</a>" in html and " → via <a" in html
    assert "Flagged (Misattributed): CNN only relayed it" in html
    assert editor.username in html
    assert "Pending" in html and "Flagged" in html  # status before → after


def test_journalists_see_no_review_forms(journalist_client, editor_client):
    _, claim = hostile_article()
    assert 'id="approve-form"' not in journalist_client.get(url(claim)).content.decode()
    html = editor_client.get(url(claim)).content.decode()
    assert 'id="approve-form"' in html and 'name="approve-version" value="1"' in html


def test_an_unknown_claim_is_404(journalist_client):
    assert journalist_client.get(reverse("claims:detail", args=[999999])).status_code == 404


def test_history_reads_in_a_fixed_number_of_queries(editor_client, editor, django_assert_max_num_queries):
    _, claim = hostile_article()
    for version in range(1, 6):
        claim_approve(claim=claim, user=editor, version=version)
    # + its suggested figures, its assignment, its comments, the editors to assign it to
    with django_assert_max_num_queries(16):
        assert editor_client.get(url(claim)).status_code == 200


def test_the_history_shows_chain_changes_from_a_correction(journalist_client, editor):
    from tracker.claims.services import claim_correct

    _, claim = hostile_article()
    claim_correct(
        claim=claim,
        user=editor,
        version=1,
        value=claim.value,
        value_high=None,
        bound="about",
        unit="soldier",
        kind="count",
        sources=["KCNA", "Yonhap"],
        period_start=None,
        period_end=None,
        note="Yonhap relayed it",
    )
    html = journalist_client.get(url(claim)).content.decode()
    assert "Source added" in html and "Yonhap (relay, position 2)" in html
    assert "Source removed" in html


def test_it_shows_the_figure_the_claim_is_tracked_as(journalist_client):
    from tests.factories import FigureFactory

    figure = FigureFactory(name="Troops <b>in</b> Russia")
    _, claim = hostile_article()
    claim.figure = figure
    claim.save()
    html = journalist_client.get(url(claim)).content.decode()
    assert reverse("claims:figure", args=[figure.pk]) in html
    assert "Troops &lt;b&gt;in&lt;/b&gt; Russia" in html
    assert reverse("claims:figure_assign") not in html


def test_editors_set_the_figure_from_the_claim_page(editor_client):
    from tests.factories import FigureFactory

    figure = FigureFactory(name="Troops in Russia")
    _, claim = hostile_article()
    html = editor_client.get(url(claim)).content.decode()
    assert reverse("claims:figure_assign") in html
    assert f'name="items" value="{claim.pk}:1"' in html
    response = editor_client.post(
        reverse("claims:figure_assign"), {"items": [f"{claim.pk}:1"], "figure": figure.pk, "next": url(claim)}
    )
    assert response.url == url(claim)
    html = editor_client.get(url(claim)).content.decode()
    assert f'<option value="{figure.pk}" selected>Troops in Russia</option>' in html
    assert "Tracked as Troops in Russia" in html  # the history's reason
    history = html[html.index('id="history-heading"') :]
    assert "<td>Troops in Russia</td>" in history  # the figure by its name, not its id


def test_the_correction_form_shows_the_period_in_the_date_inputs_format(editor_client):
    """<input type=date> takes only YYYY-MM-DD: a locale date (22/08/2025) shows as empty,
    and saving any correction then wiped the claim's period."""
    import datetime as dt

    _, claim = hostile_article()
    claim.period_start, claim.period_end = dt.date(2025, 8, 22), dt.date(2025, 8, 31)
    claim.save()
    html = editor_client.get(url(claim)).content.decode()
    assert 'name="correct-period_start" value="2025-08-22"' in html
    assert 'name="correct-period_end" value="2025-08-31"' in html
