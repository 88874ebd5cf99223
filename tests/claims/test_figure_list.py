import datetime
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests.claims.scenario import SCRIPT, assert_inert
from tests.factories import AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.models import Claim, Figure

URL = reverse("claims:figures")
pytestmark = pytest.mark.django_db


def test_it_sends_anonymous_users_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_it_refuses_users_without_a_role(outsider_client):
    assert outsider_client.get(URL).status_code == 403


def test_it_says_so_when_nothing_is_tracked(journalist_client):
    assert "No figures are tracked yet" in journalist_client.get(URL).content.decode()


def test_it_shows_each_figures_numbers_without_rejected_claims(journalist_client):
    figure = FigureFactory(name="Troops in Russia", unit="soldier")
    kcna, cnn = SourceFactory(name="KCNA"), SourceFactory(name="CNN")
    for source, value, high, day in [
        (kcna, 12000, None, datetime.date(2025, 6, 1)),
        (kcna, 14000, None, datetime.date(2025, 9, 1)),
        (cnn, 25000, 30000, datetime.date(2025, 8, 1)),
    ]:
        claim = ClaimFactory(
            figure=figure, value=Decimal(value), value_high=high and Decimal(high), period_start=day
        )
        AttributionFactory(claim=claim, source=source)
        AttributionFactory(claim=claim, source=SourceFactory(name="relay"), order=1, role="relay")
    ClaimFactory(figure=figure, value=Decimal(1), status=Claim.Status.REJECTED, reason="not_a_claim")
    FigureFactory(name="Empty one")
    response = journalist_client.get(URL)
    rows = {f.name: f for f in response.context["figures"]}
    troops = rows["Troops in Russia"]
    assert (troops.claim_count, troops.source_count) == (3, 2)
    assert troops.values == "12,000–30,000" and troops.latest == datetime.date(2025, 9, 1)
    assert (rows["Empty one"].claim_count, rows["Empty one"].values) == (0, "")
    html = response.content.decode()
    assert "12,000–30,000" in html and "1 Sep 2025" in html


def test_hostile_names_render_inert(journalist_client):
    FigureFactory(name=f"Troops {SCRIPT}", description=SCRIPT, unit=SCRIPT)
    assert_inert(journalist_client.get(URL).content.decode())


@pytest.mark.parametrize("figures", [2, 20])
def test_its_query_count_does_not_grow_with_figures(journalist_client, django_assert_num_queries, figures):
    for n in range(figures):
        figure = FigureFactory()
        claim = ClaimFactory(figure=figure, value=Decimal(n + 1))
        AttributionFactory(claim=claim, source=SourceFactory(name=f"Source {n}"))
    # session, user, user permissions, group permissions, the figures with their numbers
    with django_assert_num_queries(5):
        response = journalist_client.get(URL)
    assert len(response.context["figures"]) == figures


def test_editors_get_the_create_form_and_journalists_do_not(editor_client, journalist_client):
    assert 'name="new-name"' in editor_client.get(URL).content.decode()
    assert 'name="new-name"' not in journalist_client.get(URL).content.decode()


def test_editors_create_a_figure(editor_client, editor):
    response = editor_client.post(URL, {"new-name": "Troops in Russia", "new-unit": "soldier"})
    figure = Figure.objects.get()
    assert response.status_code == 302 and response.url == reverse("claims:figure", args=[figure.pk])
    assert (figure.name, figure.unit, figure.created_by) == ("Troops in Russia", "soldier", editor)


def test_a_taken_name_is_refused_with_a_message(editor_client):
    FigureFactory(name="Troops")
    response = editor_client.post(URL, {"new-name": "troops"})
    assert response.status_code == 400
    assert "exists already" in response.content.decode()
    assert Figure.objects.count() == 1


def test_journalists_may_not_create(journalist_client):
    assert journalist_client.post(URL, {"new-name": "Mine"}).status_code == 403
    assert not Figure.objects.exists()


def test_creating_needs_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(URL, {"new-name": "Troops"}).status_code == 403
    assert not Figure.objects.exists()
