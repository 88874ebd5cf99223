"""The four review actions through their views: approve, flag, reject, correct."""

import pytest
from django.urls import reverse

from tests.claims.scenario import hostile_article
from tests.factories import ClaimFactory
from tracker.claims.models import Claim

pytestmark = pytest.mark.django_db


def post(client, action, claim, **data):
    return client.post(reverse(f"claims:{action}", args=[claim.pk]), data)


def test_approving_redirects_to_the_claim(editor_client, editor):
    claim = ClaimFactory()
    response = post(editor_client, "approve", claim, **{"approve-version": 1})
    assert response.status_code == 302 and response.url == reverse("claims:detail", args=[claim.pk])
    claim.refresh_from_db()
    assert claim.status == "approved" and claim.reviewed_by == editor


def test_approving_follows_a_local_next_only(editor_client):
    claim = ClaimFactory()
    response = post(
        editor_client, "approve", claim, **{"approve-version": 1, "next": "https://evil.example/"}
    )
    assert response.url == reverse("claims:detail", args=[claim.pk])
    other = ClaimFactory()
    response = post(editor_client, "approve", other, **{"approve-version": 1, "next": "/claims/review/?at=1"})
    assert response.url == "/claims/review/?at=1"


def test_flagging_without_a_note_is_refused(editor_client):
    claim = ClaimFactory()
    response = post(
        editor_client, "flag", claim, **{"flag-version": 1, "flag-reason": "outdated", "flag-note": ""}
    )
    assert response.status_code == 400
    assert "Say why the claim is flagged." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "pending"


def test_flagging_records_reason_and_note(editor_client, editor):
    claim = ClaimFactory()
    response = post(
        editor_client,
        "flag",
        claim,
        **{"flag-version": 1, "flag-reason": "outdated", "flag-note": "From 2023"},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.reason, claim.note) == ("flagged", "outdated", "From 2023")
    assert claim.history.first().history_user == editor


def test_rejecting_hides_the_claim_from_default_lists(editor_client):
    claim = ClaimFactory(subject="false-positive")
    post(editor_client, "reject", claim, **{"reject-version": 1, "reject-reason": "not_a_claim"})
    claim.refresh_from_db()
    assert claim.status == "rejected"
    assert "false-positive" not in editor_client.get(reverse("claims:list")).content.decode()


def test_correcting_changes_the_value_with_a_note(editor_client, editor):
    _, claim = hostile_article()
    response = post(
        editor_client,
        "correct",
        claim,
        **{
            "correct-version": 1,
            "correct-value": "13000",
            "correct-value_high": "",
            "correct-bound": "about",
            "correct-unit": "soldier",
            "correct-kind": "count",
            "correct-sources": "KCNA → CNN",
            "correct-period_start": "2025-08-01",
            "correct-period_end": "",
            "correct-note": "Typo in the feed",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    claim.refresh_from_db()
    assert claim.value == 13000 and claim.note == "Typo in the feed"
    assert [a.source.name for a in claim.attributions.order_by("order")] == ["KCNA", "CNN"]
    assert claim.history.first().history_change_reason == "Corrected: Typo in the feed"


def test_correcting_without_a_note_is_refused(editor_client):
    claim = ClaimFactory()
    response = post(
        editor_client,
        "correct",
        claim,
        **{"correct-version": 1, "correct-value": "1", "correct-bound": "exact", "correct-kind": "count"},
    )
    assert response.status_code == 400
    claim.refresh_from_db()
    assert claim.value == 12000


@pytest.mark.parametrize(
    "action,data",
    [
        ("approve", {"approve-version": 1}),
        ("flag", {"flag-version": 1, "flag-reason": "outdated", "flag-note": "late"}),
        ("reject", {"reject-version": 1, "reject-reason": "duplicate"}),
        (
            "correct",
            {
                "correct-version": 1,
                "correct-value": "5",
                "correct-bound": "exact",
                "correct-kind": "count",
                "correct-no_source": "on",
                "correct-confirm_scale": "on",
                "correct-note": "x",
            },
        ),
    ],
)
def test_a_stale_form_is_refused_with_what_changed(editor_client, second_editor, action, data):
    from tracker.claims.services import claim_flag

    claim = ClaimFactory()
    claim_flag(claim=claim, user=second_editor, version=1, reason="figure_disputed", note="Disputed by AP")
    response = post(editor_client, action, claim, **data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "changed while you were looking at it" in html
    assert "Disputed by AP" in html and second_editor.username in html
    claim.refresh_from_db()
    assert (claim.status, claim.version, claim.value) == ("flagged", 2, 12000)


def test_inline_approve_with_htmx_returns_the_row(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(
        reverse("claims:approve", args=[claim.pk]), {"approve-version": 1}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith(f'<tr id="claim-row-{claim.pk}"') and "Approved" in html
    assert Claim.objects.get(pk=claim.pk).status == "approved"


def test_inline_flag_with_htmx_answers_409_when_stale(editor_client, editor):
    from tracker.claims.services import claim_approve

    claim = ClaimFactory()
    claim_approve(claim=claim, user=editor, version=1)
    response = editor_client.post(
        reverse("claims:flag", args=[claim.pk]),
        {"flag-version": 1, "flag-reason": "outdated", "flag-note": "x"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 409
    assert "Changed by someone else" in response.content.decode()


def test_a_stale_form_keeps_what_the_editor_typed_for_the_current_version(editor_client, second_editor):
    """The conflict page shows the editor's own reason and note (not empty forms), ready to
    send again against the version they have now seen."""
    from tracker.claims.services import claim_approve

    claim = ClaimFactory()
    claim_approve(claim=claim, user=second_editor, version=1)
    data = {"flag-version": 1, "flag-reason": "misattributed", "flag-note": "Yonhap said it, not KCNA"}
    response = post(editor_client, "flag", claim, **data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Yonhap said it, not KCNA</textarea>" in html
    assert '<option value="misattributed" selected>' in html
    assert 'name="flag-version" value="2"' in html
    response = post(editor_client, "flag", claim, **{**data, "flag-version": 2})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.note) == ("flagged", "Yonhap said it, not KCNA")


def test_correcting_without_a_note_says_why_one_is_needed(editor_client):
    claim = ClaimFactory()
    data = {"correct-version": 1, "correct-value": "5", "correct-bound": "exact", "correct-kind": "count"}
    response = post(editor_client, "correct", claim, **data)
    assert response.status_code == 400
    assert "Say why the claim is corrected." in response.content.decode()


def test_a_refused_form_from_the_review_queue_leads_back_to_the_queue(editor_client, second_editor):
    """A stale (409) or invalid (400) form sent from the queue keeps its way back: sent again,
    it returns to the queue, not to the claim page; a foreign address is still never kept."""
    from tracker.claims.services import claim_approve

    claim = ClaimFactory()
    claim_approve(claim=claim, user=second_editor, version=1)
    back = f"/claims/review/?at={claim.pk}"
    flag = {"flag-reason": "outdated", "flag-note": "Figure from 2023", "next": back}
    stale = post(editor_client, "flag", claim, **{**flag, "flag-version": 1})
    assert stale.status_code == 409
    assert f'name="next" value="{back}"' in stale.content.decode().replace("&amp;", "&")
    invalid = post(editor_client, "flag", claim, **{**flag, "flag-version": 2, "flag-note": ""})
    assert invalid.status_code == 400
    assert f'name="next" value="{back}"' in invalid.content.decode().replace("&amp;", "&")
    again = post(editor_client, "flag", claim, **{**flag, "flag-version": 2})
    assert again.status_code == 302 and again.url == back
    foreign = post(
        editor_client,
        "flag",
        claim,
        **{**flag, "flag-version": 3, "flag-note": "", "next": "https://evil.example/"},
    )
    assert foreign.status_code == 400 and "evil.example" not in foreign.content.decode()
