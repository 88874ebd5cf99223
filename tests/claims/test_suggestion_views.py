"""Suggested figures on the claim page and in the review queue: accept, dismiss, create, warn."""

import datetime
from decimal import Decimal

import pytest
from django.urls import reverse

from tests.factories import AttributionFactory, ClaimFactory, FigureFactory, SourceFactory
from tracker.claims.models import Claim, Figure, FigureSuggestion

pytestmark = pytest.mark.django_db
TROOPS = "North Korean troops in Russia"


@pytest.fixture
def troops():
    figure = FigureFactory(name=TROOPS, unit="soldier")
    claim = ClaimFactory(
        figure=figure,
        value=Decimal(15000),
        period_start=datetime.date(2025, 8, 1),
        status=Claim.Status.APPROVED,
    )
    AttributionFactory(claim=claim, source=SourceFactory(name="CNN"))
    return figure


@pytest.fixture
def suggested(troops):
    claim = ClaimFactory(value=Decimal(10000), subject="nordkoreanische Soldaten in Russland")
    return FigureSuggestion.objects.create(
        claim=claim, figure=troops, score=0.9, reasons=["same unit (soldier)", "same words: North Korea"]
    )


def accept(client, suggestion, **extra):
    url = reverse("claims:suggestion_accept", args=[suggestion.pk])
    return client.post(url, {"version": suggestion.claim.version, **extra})


def test_the_claim_page_shows_the_suggestion_with_its_keys(editor_client, suggested):
    html = editor_client.get(reverse("claims:detail", args=[suggested.claim_id])).content.decode()
    assert "Suggested figures" in html and TROOPS in html and "90 %" in html
    assert 'id="suggestion-accept-form"' in html and 'id="suggestion-dismiss-form"' in html
    assert "same unit (soldier); same words: North Korea" in html
    assert "js/suggestions.js" in html
    assert 'value="Nordkoreanische Soldaten in Russland"' in html  # a new figure from its words


def test_journalists_see_no_suggestions_and_cannot_decide(journalist_client, suggested):
    html = journalist_client.get(reverse("claims:detail", args=[suggested.claim_id])).content.decode()
    assert "Suggested figures" not in html
    assert accept(journalist_client, suggested).status_code == 403
    dismiss = reverse("claims:suggestion_dismiss", args=[suggested.pk])
    assert journalist_client.post(dismiss).status_code == 403
    assert (
        journalist_client.post(reverse("claims:figure_from_claim", args=[suggested.claim_id])).status_code
        == 403
    )


def test_anonymous_users_are_sent_to_log_in(client, suggested):
    response = accept(client, suggested)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_the_review_queue_offers_the_suggestion(editor_client, suggested):
    html = editor_client.get(reverse("claims:review")).content.decode()
    assert TROOPS in html and "<kbd>t</kbd>/<kbd>x</kbd> accept/dismiss the suggested figure" in html


def test_accepting_tracks_the_claim_and_goes_back(editor_client, suggested):
    response = accept(editor_client, suggested, next="/claims/review/")
    assert response.status_code == 302 and response.url == "/claims/review/"
    assert Claim.objects.get(pk=suggested.claim_id).figure_id == suggested.figure_id
    page = editor_client.get(reverse("claims:detail", args=[suggested.claim_id])).content.decode()
    assert "Suggested figures" not in page  # tracked now


def test_accepting_a_stale_form_changes_nothing(editor_client, suggested):
    response = accept(editor_client, suggested, version=7)
    assert response.status_code == 302
    assert Claim.objects.get(pk=suggested.claim_id).figure_id is None


def test_dismissing_hides_it(editor_client, suggested):
    editor_client.post(reverse("claims:suggestion_dismiss", args=[suggested.pk]))
    suggested.refresh_from_db()
    assert suggested.status == "dismissed"
    html = editor_client.get(reverse("claims:detail", args=[suggested.claim_id])).content.decode()
    assert "No tracked figure seems to fit this claim" in html


def test_a_misfit_asks_before_it_joins(editor_client, troops):
    army = ClaimFactory(value=Decimal(1_200_000))
    suggestion = FigureSuggestion.objects.create(claim=army, figure=troops, score=0.6)
    response = accept(editor_client, suggestion)
    html = response.content.decode()
    assert response.status_code == 409
    assert "1,200,000 is 80× the figure’s typical 15,000" in html and "Track anyway" in html
    assert Claim.objects.get(pk=army.pk).figure_id is None
    accept(editor_client, suggestion, confirm="1")
    assert Claim.objects.get(pk=army.pk).figure_id == troops.pk


def test_tracking_by_hand_warns_about_a_misfit_too(editor_client, troops):
    army = ClaimFactory(value=Decimal(1_200_000))
    data = {"items": f"{army.pk}:{army.version}", "figure": troops.pk}
    response = editor_client.post(reverse("claims:figure_assign"), data)
    assert response.status_code == 409 and "does not fit the figure" in response.content.decode()
    assert Claim.objects.get(pk=army.pk).figure_id is None
    editor_client.post(reverse("claims:figure_assign"), {**data, "confirm": "1"})
    assert Claim.objects.get(pk=army.pk).figure_id == troops.pk


def test_a_figure_from_a_claim_takes_its_words(editor_client):
    claim = ClaimFactory(subject="nordkoreanische Soldaten")
    url = reverse("claims:figure_from_claim", args=[claim.pk])
    response = editor_client.post(url, {"version": claim.version, "name": ""})
    figure = Figure.objects.get(name="Nordkoreanische Soldaten")
    assert response.url == reverse("claims:figure", args=[figure.pk])
    assert Claim.objects.get(pk=claim.pk).figure == figure
    again = editor_client.post(url, {"version": 2, "name": "Nordkoreanische Soldaten"}, follow=True)
    assert "A figure with this name exists already" in again.content.decode()
