import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.claims.scenario import IMG, SCRIPT, assert_inert, hostile_article, range_claim
from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.models import Claim

pytestmark = pytest.mark.django_db


def url(figure):
    return reverse("claims:figure", args=[figure.pk])


def tracked(figure, source, value, day, **extra):
    claim = ClaimFactory(figure=figure, value=Decimal(value), period_start=day, **extra)
    AttributionFactory(claim=claim, source=source)
    return claim


def test_it_sends_anonymous_users_to_log_in(client):
    response = client.get(url(FigureFactory()))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_it_refuses_users_without_a_role(outsider_client):
    assert outsider_client.get(url(FigureFactory())).status_code == 403


def test_an_unknown_figure_is_404(journalist_client):
    assert journalist_client.get(reverse("claims:figure", args=[999999])).status_code == 404


def test_it_reads_sensibly_without_claims(journalist_client):
    response = journalist_client.get(url(FigureFactory(name="Troops")))
    html = response.content.decode()
    assert response.status_code == 200
    assert "No claims are tracked as this figure yet" in html
    assert "<svg viewBox" not in html


def test_it_plots_a_single_claim(journalist_client):
    figure = FigureFactory()
    tracked(figure, SourceFactory(name="KCNA"), 12000, datetime.date(2025, 8, 1))
    html = journalist_client.get(url(figure)).content.decode()
    assert html.count('class="mark') == 1
    assert "KCNA" in html and "1 claim from 1 source" in html


def test_it_plots_every_source_with_its_own_marker_and_hides_rejected(journalist_client):
    figure = FigureFactory(name="North Korean troops in Russia")
    kcna, cnn = SourceFactory(name="KCNA"), SourceFactory(name="CNN")
    tracked(figure, kcna, 12000, datetime.date(2025, 6, 1), status=Claim.Status.APPROVED)
    tracked(figure, kcna, 14000, datetime.date(2025, 9, 1))
    tracked(figure, cnn, 25000, datetime.date(2025, 8, 1), value_high=Decimal(30000), bound="exact")
    tracked(
        figure,
        cnn,
        99999,
        datetime.date(2025, 8, 2),
        status=Claim.Status.REJECTED,
        reason="not_a_claim",
    )
    response = journalist_client.get(url(figure))
    html = response.content.decode()
    chart = response.context["chart"]
    assert [(s.name, s.count) for s in chart.series] == [("KCNA", 2), ("CNN", 1)]
    assert len({(s.colour, s.shape) for s in chart.series}) == 2
    assert html.count('class="mark"') == 1  # the approved one is filled
    assert html.count('class="mark unapproved"') == 2
    assert 'class="range"' in html  # the CNN range as a bar
    assert "99,999" not in html
    # The comparison: each source's latest value and date.
    groups = {g.name: g for g in response.context["groups"]}
    assert groups["KCNA"].latest.value == 14000
    assert "1 Sep 2025" in html and "25,000–30,000" in html


def test_claims_without_a_period_sit_at_their_articles_date(journalist_client):
    figure = FigureFactory()
    article = ArticleFactory(published=datetime.date(2025, 3, 4))
    tracked(figure, SourceFactory(name="KCNA"), 5, None, article=article)
    tracked(figure, SourceFactory(name="CNN"), 6, None)  # no date at all
    response = journalist_client.get(url(figure))
    assert response.context["chart"].undated == 1
    html = response.content.decode()
    assert "article of 4 Mar 2025" in html and "1 without any date is not plotted" in html


@pytest.mark.parametrize("persona", ["journalist_client", "editor_client"])
def test_hostile_names_stay_inert_in_the_page_and_the_chart(request, persona):
    figure = FigureFactory(name=f"Troops {SCRIPT}", unit=IMG, description=SCRIPT)
    article, claim = hostile_article()
    other = range_claim(article)
    Claim.objects.filter(pk__in=[claim.pk, other.pk]).update(
        figure=figure, period_start=datetime.date(2025, 8, 1)
    )
    html = request.getfixturevalue(persona).get(url(figure)).content.decode()
    assert_inert(html)  # the claims' rows (built in Python), for editors with their Remove forms
    svg = html[html.index("<svg viewBox") : html.index("</svg>", html.index("<svg viewBox"))]
    assert "Troops &lt;script&gt;" in svg and "<script" not in svg
    assert "&quot;&gt;&lt;img src=x" in svg and "<img" not in svg  # the unit, in each tooltip


@pytest.mark.parametrize("persona", ["journalist_client", "editor_client"])
@pytest.mark.parametrize("count", [2, 30])
def test_its_query_count_does_not_grow_with_claims(request, django_assert_num_queries, count, persona):
    client = request.getfixturevalue(persona)
    figure = FigureFactory()
    sources = [SourceFactory(name=f"Source {n}") for n in range(5)]
    for n in range(count):
        tracked(figure, sources[n % 5], 1000 + n, datetime.date(2025, 1, 1) + datetime.timedelta(days=n))
    # session, user, user permissions, group permissions, the figure, its claims (+ articles),
    # their attributions (+ sources), whether the user follows it
    with django_assert_num_queries(8):
        response = client.get(url(figure))
    assert len(response.context["claims"]) == count


def test_editors_get_the_edit_form_and_journalists_do_not(editor_client, journalist_client):
    figure = FigureFactory()
    assert reverse("claims:figure_edit", args=[figure.pk]) in editor_client.get(url(figure)).content.decode()
    assert (
        reverse("claims:figure_edit", args=[figure.pk])
        not in journalist_client.get(url(figure)).content.decode()
    )


def test_a_huge_figure_shows_its_latest_claims_and_says_so(journalist_client, monkeypatch):
    from tracker.claims import figure_selectors
    from tracker.claims.views import figures

    monkeypatch.setattr(figure_selectors, "FIGURE_CLAIMS_CAP", 2)
    monkeypatch.setattr(figures, "FIGURE_CLAIMS_CAP", 2)
    figure = FigureFactory()
    source = SourceFactory(name="KCNA")
    undated = tracked(figure, source, 1, None)
    for month in (1, 2, 3):
        tracked(figure, source, month * 1000, datetime.date(2025, month, 1))
    response = journalist_client.get(url(figure))
    assert [c.value for c in response.context["claims"]] == [3000, 2000]
    assert undated not in response.context["claims"]
    assert "only the latest 2 are shown" in response.content.decode()


def test_editors_can_remove_a_claim_from_the_figure(editor_client, journalist_client):
    figure = FigureFactory(name="Troops")
    claim = tracked(figure, SourceFactory(name="KCNA"), 12000, datetime.date(2025, 8, 1))
    assert "Remove claim" not in journalist_client.get(url(figure)).content.decode()
    html = editor_client.get(url(figure)).content.decode()
    assert f"Remove claim {claim.pk} from this figure" in html
    response = editor_client.post(
        reverse("claims:figure_assign"),
        {"items": [f"{claim.pk}:{claim.version}"], "figure": "none", "next": url(figure)},
        follow=True,
    )
    assert "No claims are tracked as this figure yet" in response.content.decode()
    claim.refresh_from_db()
    assert claim.figure is None
    assert claim.history.first().history_change_reason == "Removed from Troops"


def test_its_claim_cells_carry_labels_for_the_stacked_phone_layout(journalist_client):
    figure = FigureFactory(name="Troops")
    ClaimFactory(figure=figure)
    html = journalist_client.get(url(figure)).content.decode()
    for label in ("Period", "Attributed to", "Status", "Article"):
        assert f'<td data-label="{label}">' in html
