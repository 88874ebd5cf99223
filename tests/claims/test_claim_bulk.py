import pytest
from django.urls import reverse

from tests.factories import ClaimFactory
from tracker.claims.models import Claim
from tracker.claims.services import claim_approve

URL = reverse("claims:bulk")
pytestmark = pytest.mark.django_db


def test_journalists_may_not(journalist_client):
    claim = ClaimFactory()
    assert journalist_client.post(URL, {"items": [f"{claim.pk}:1"], "action": "approve"}).status_code == 403


def test_it_approves_the_selected_claims(editor_client):
    picked, left = ClaimFactory(), ClaimFactory()
    response = editor_client.post(
        URL, {"items": [f"{picked.pk}:1"], "action": "approve", "next": "/claims/?status=pending"}
    )
    assert response.status_code == 302 and response.url == "/claims/?status=pending"
    assert Claim.objects.get(pk=picked.pk).status == "approved"
    assert Claim.objects.get(pk=left.pk).status == "pending"


def test_it_flags_with_reason_and_note(editor_client):
    claims = [ClaimFactory(), ClaimFactory()]
    editor_client.post(
        URL,
        {
            "items": [f"{c.pk}:1" for c in claims],
            "action": "flag",
            "reason": "source_unclear",
            "note": "who?",
        },
    )
    assert set(Claim.objects.values_list("status", "reason")) == {("flagged", "source_unclear")}


def test_flagging_without_a_note_changes_nothing(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(URL, {"items": [f"{claim.pk}:1"], "action": "flag", "reason": "outdated"})
    assert response.status_code == 302
    assert Claim.objects.get(pk=claim.pk).status == "pending"


def test_stale_claims_are_reported_and_left_alone(editor_client, second_editor):
    claim = ClaimFactory()
    claim_approve(claim=claim, user=second_editor, version=1)
    response = editor_client.post(
        URL, {"items": [f"{claim.pk}:1"], "action": "flag", "reason": "outdated", "note": "x"}, follow=True
    )
    assert "changed meanwhile" in response.content.decode()
    assert Claim.objects.get(pk=claim.pk).status == "approved"


def test_nothing_selected_says_so(editor_client):
    """'This field is required.' named no field: the editor had ticked no claim."""
    response = editor_client.post(URL, {"action": "approve", "next": "/claims/"}, follow=True)
    messages = [str(m) for m in response.context["messages"]]
    assert messages == ["Select at least one claim."]


@pytest.mark.parametrize("name", ["claims:bulk", "claims:figure_assign"])
def test_a_claim_id_too_large_for_the_database_is_refused_not_a_500(editor_client, name):
    """'99999999999999999999:1' passed the pk:version check and overflowed SQLite's INTEGER."""
    editor_client.raise_request_exception = False
    data = {"items": ["99999999999999999999:1"], "action": "approve", "new_figure": "Troops"}
    response = editor_client.post(reverse(name), {**data, "next": "/claims/"})
    assert response.status_code == 302 and response.url == "/claims/"
