"""Bulk work beyond approve and flag: reject and back to pending, every claim matching the
filter after a confirmation naming the count, totals on the lists, the review queue's
filters."""

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.claims.models import Claim
from tracker.claims.selectors import Total, count_capped

pytestmark = pytest.mark.django_db
BULK = reverse("claims:bulk")


def items(*claims):
    return [f"{c.pk}:{c.version}" for c in claims]


def test_ticked_claims_are_rejected_and_put_back_to_pending(editor_client):
    first, second = ClaimFactory(), ClaimFactory()
    response = editor_client.post(
        BULK, {"items": items(first, second), "action": "reject", "reason": "not_a_claim", "note": "dates"}
    )
    assert response.status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.reason, second.status) == ("rejected", "not_a_claim", "rejected")
    editor_client.post(BULK, {"items": items(first), "action": "pending"})
    first.refresh_from_db()
    assert (first.status, first.reason, first.reviewed_by) == ("pending", "", None)
    reasons = list(first.history.values_list("history_change_reason", flat=True)[:2])
    assert reasons == ["Back to pending", "Rejected (Not a claim): dates"]


def test_a_rejection_needs_a_reason(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(BULK, {"items": items(claim), "action": "reject"}, follow=True)
    assert "Choose a reason for the rejection." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "pending"


def test_select_all_asks_to_confirm_the_count_then_acts_on_every_match(editor_client):
    kcna = SourceFactory(name="KCNA")
    matching = [AttributionFactory(source=kcna).claim for _ in range(3)]
    other = ClaimFactory()
    query = f"source={kcna.pk}"
    data = {"select_all": "on", "filter_query": query, "action": "approve"}
    confirm = editor_client.post(BULK, data)
    html = confirm.content.decode()
    assert confirm.status_code == 200 and "Approved: 3 claims?" in html
    assert 'name="confirmed_count" value="3"' in html
    assert Claim.objects.filter(status="approved").count() == 0  # nothing yet
    # A fourth claim arrives before the confirmation: the count is asked again.
    late = AttributionFactory(source=kcna).claim
    again = editor_client.post(BULK, {**data, "confirmed_count": "3"})
    assert (
        "The list changed meanwhile: 3 claims matched when you asked, 4 match now." in again.content.decode()
    )
    done = editor_client.post(
        BULK, {**data, "confirmed_count": "4", "next": "/claims/?" + query}, follow=True
    )
    assert "4 claim(s) approved." in done.content.decode()
    assert {c.pk for c in Claim.objects.filter(status="approved")} == {c.pk for c in [*matching, late]}
    other.refresh_from_db()
    assert other.status == "pending"


def test_lists_show_their_totals(editor_client):
    for _ in range(3):
        ClaimFactory()
    ClaimFactory(status="rejected", reason="not_a_claim")
    html = editor_client.get(reverse("claims:list")).content.decode()
    assert '<small class="muted total">3 claims</small>' in html
    assert "All 3 claims matching the filter" in html
    assert (
        '<small class="muted total">4 articles</small>'
        in editor_client.get(reverse("articles:list")).content.decode()
    )


def test_totals_are_exact_up_to_the_cap_then_a_bound():
    for _ in range(4):
        ClaimFactory()
    assert count_capped(Claim.objects.all(), cap=10) == Total(4, True)
    capped = count_capped(Claim.objects.all(), cap=3)
    assert not capped.exact and capped.value >= 4 and str(capped).startswith("about ")


def test_the_review_queue_is_narrowed_by_article_language_source_kind_unit_and_status(editor_client):
    url = reverse("claims:review")
    german = ClaimFactory(unit="soldier")
    english = ClaimFactory(article=ArticleFactory(language="en"), unit="euro", kind="money")
    kcna = AttributionFactory(source=SourceFactory(name="KCNA")).claim
    flagged = ClaimFactory(status="flagged", reason="other", note="check")

    def current(**params):
        return editor_client.get(url, params).context["slot"].claim

    assert current(language="en") == english
    assert current(kind="money") == english
    assert current(unit="euro") == english
    assert current(source_name="KCNA") == kcna
    assert current(article=german.article_id) == german
    assert current(status="flagged") == flagged
    html = editor_client.get(url, {"language": "de", "unit": "soldier"}).content.decode()
    # moving along and reviewing keep the filters
    assert "language=de&amp;unit=soldier&amp;at=" in html
