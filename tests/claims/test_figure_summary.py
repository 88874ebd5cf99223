"""The figure page leads with where the figure stands: range, latest words, conflicts, revisions, repeats."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.models import Attribution

pytestmark = pytest.mark.django_db
AUG = datetime.date(2025, 8, 1)


def tracked(figure, sources, value, day, *, bound="exact", published=None):
    claim = ClaimFactory(
        figure=figure,
        value=Decimal(value),
        period_start=day,
        bound=bound,
        approximate=bound != "exact",
        article=ArticleFactory(published=published or day),
    )
    for order, source in enumerate(sources):
        role = Attribution.Role.ORIGIN if order == 0 else Attribution.Role.RELAY
        AttributionFactory(claim=claim, source=source, order=order, role=role)
    return claim


@pytest.fixture
def troops():
    figure = FigureFactory(name="North Korean troops in Russia")
    cnn, kcna, yonhap = (SourceFactory(name=n) for n in ("CNN", "KCNA", "Yonhap"))
    claims = {
        "cnn": tracked(figure, [cnn], 15000, AUG),
        "kcna": tracked(figure, [kcna], 10000, AUG + datetime.timedelta(days=2)),
        "yonhap": tracked(figure, [cnn, yonhap], 15000, AUG, published=AUG + datetime.timedelta(days=3)),
    }
    return figure, claims, cnn


def test_it_shows_one_conflict_and_one_repeat(journalist_client, troops):
    figure, claims, _cnn = troops
    response = journalist_client.get(reverse("claims:figure", args=[figure.pk]))
    html = response.content.decode()
    summary = response.context["summary"]
    assert [(c["first"].pk, c["second"].pk) for c in summary["open_conflicts"]] == [
        (claims["cnn"].pk, claims["kcna"].pk)
    ]
    assert [(r["claim"].pk, r["original"].pk) for r in summary["repeats"]] == [
        (claims["yonhap"].pk, claims["cnn"].pk)
    ]
    assert summary["current_range"] == "10,000–15,000"
    assert "1 open conflict" in html and "relayed by Yonhap, first said by CNN" in html
    assert "across 2 sources, 1 repeat counted once" in html
    assert html.count('class="conflict-line"') == 1  # in the chart too
    assert 'class="mark unapproved repeat"' in html


def test_a_later_figure_of_the_same_source_is_a_revision_and_a_step(journalist_client, troops):
    figure, claims, cnn = troops
    revised = tracked(figure, [cnn], 12000, datetime.date(2025, 10, 1))
    response = journalist_client.get(reverse("claims:figure", args=[figure.pk]))
    html = response.content.decode()
    (revision,) = response.context["summary"]["revisions"]
    assert (revision["before"].pk, revision["after"].pk) == (claims["cnn"].pk, revised.pk)
    assert "revision of 15,000" in html
    cnn_series = next(s for s in response.context["chart"].series if s.name == "CNN")
    assert cnn_series.step.count("H") == 1
    # CNN's latest word is now 12,000 of October: the August conflict with KCNA is settled.
    assert response.context["summary"]["open_conflicts"] == []
    assert "1 earlier conflict settled by revisions" in html


def test_sources_that_agree_within_the_hedge_show_no_conflict(journalist_client):
    figure = FigureFactory()
    tracked(figure, [SourceFactory(name="NIS")], 12000, AUG, bound="about")
    tracked(figure, [SourceFactory(name="CNN")], 12500, AUG)
    html = journalist_client.get(reverse("claims:figure", args=[figure.pk])).content.decode()
    assert "No open conflicts" in html and 'class="conflict-line"' not in html


def test_a_repeat_in_another_article_names_both_articles(journalist_client, troops):
    figure, claims, cnn = troops
    again = tracked(figure, [cnn], 15000, AUG, published=AUG + datetime.timedelta(days=5))
    ArticleFactory._meta.model.objects.filter(pk=again.article_id).update(title="CNN <b>again</b>")
    ArticleFactory._meta.model.objects.filter(pk=claims["cnn"].article_id).update(title="First " + "x" * 80)
    html = journalist_client.get(reverse("claims:figure", args=[figure.pk])).content.decode()
    link = f'<a href="/claims/{again.pk}/">15,000</a>'
    assert f"{link} reported again in “CNN &lt;b&gt;again&lt;/b&gt;”" in html
    assert f"first said by CNN in “First {'x' * 53}…”" in html
