import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ClaimFactory, FigureFactory
from tracker.claims.models import Claim, Figure
from tracker.claims.services import claim_approve

URL = reverse("claims:figure_assign")
pytestmark = pytest.mark.django_db


def test_editors_track_picked_claims_as_a_figure(editor_client, editor):
    figure = FigureFactory(name="Troops in Russia")
    picked, left = ClaimFactory(), ClaimFactory()
    response = editor_client.post(
        URL, {"items": [f"{picked.pk}:1"], "figure": figure.pk, "next": "/claims/?status=pending"}
    )
    assert response.status_code == 302 and response.url == "/claims/?status=pending"
    picked.refresh_from_db()
    assert picked.figure == figure and picked.version == 2
    assert Claim.objects.get(pk=left.pk).figure is None
    record = picked.history.first()
    assert (record.history_user, record.history_change_reason) == (editor, "Tracked as Troops in Russia")


def test_a_new_figure_is_created_by_its_name(editor_client, editor):
    claims = [ClaimFactory(), ClaimFactory()]
    response = editor_client.post(
        URL,
        {"items": [f"{c.pk}:1" for c in claims], "figure": "", "new_figure": " Troops  in Russia "},
        follow=True,
    )
    figure = Figure.objects.get()
    assert (figure.name, figure.created_by) == ("Troops in Russia", editor)
    assert set(Claim.objects.values_list("figure", flat=True)) == {figure.pk}
    assert "2 claim(s) tracked as Troops in Russia" in response.content.decode()


def test_a_new_name_that_exists_reuses_that_figure(editor_client):
    figure = FigureFactory(name="Troops in Russia")
    claim = ClaimFactory()
    editor_client.post(URL, {"items": [f"{claim.pk}:1"], "new_figure": "troops in russia"})
    assert Figure.objects.count() == 1
    assert Claim.objects.get(pk=claim.pk).figure == figure


def test_none_stops_tracking(editor_client):
    claim = ClaimFactory(figure=FigureFactory(name="Troops"))
    response = editor_client.post(URL, {"items": [f"{claim.pk}:1"], "figure": "none"}, follow=True)
    assert Claim.objects.get(pk=claim.pk).figure is None
    assert "no longer tracked" in response.content.decode()


def test_without_a_figure_nothing_changes(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(URL, {"items": [f"{claim.pk}:1"], "figure": ""}, follow=True)
    assert "Choose a figure or name a new one" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).version == 1


def test_without_claims_nothing_changes(editor_client):
    response = editor_client.post(URL, {"new_figure": "Troops"}, follow=True)
    assert "Select at least one claim" in response.content.decode()
    assert not Figure.objects.exists()


def test_an_unknown_figure_is_reported(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(URL, {"items": [f"{claim.pk}:1"], "figure": "999999"}, follow=True)
    assert "does not exist" in response.content.decode()


def test_stale_claims_are_reported_and_left_alone(editor_client, second_editor):
    figure = FigureFactory()
    stale, fresh = ClaimFactory(), ClaimFactory()
    claim_approve(claim=stale, user=second_editor, version=1)
    response = editor_client.post(
        URL, {"items": [f"{stale.pk}:1", f"{fresh.pk}:1"], "figure": figure.pk}, follow=True
    )
    html = response.content.decode()
    assert "1 claim(s) tracked" in html
    assert f"changed meanwhile and were left alone: #{stale.pk}" in html
    assert Claim.objects.get(pk=stale.pk).figure is None
    assert Claim.objects.get(pk=fresh.pk).figure == figure


def test_journalists_may_not(journalist_client):
    claim = ClaimFactory()
    response = journalist_client.post(URL, {"items": [f"{claim.pk}:1"], "new_figure": "Mine"})
    assert response.status_code == 403
    assert not Figure.objects.exists() and Claim.objects.get(pk=claim.pk).version == 1


def test_it_needs_the_csrf_token(editor):
    claim = ClaimFactory()
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    assert client.post(URL, {"items": [f"{claim.pk}:1"], "new_figure": "Troops"}).status_code == 403
    assert not Figure.objects.exists()


def test_it_refuses_to_redirect_elsewhere(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(
        URL, {"items": [f"{claim.pk}:1"], "new_figure": "Troops", "next": "https://evil.example/"}
    )
    assert response.url == reverse("claims:list")
