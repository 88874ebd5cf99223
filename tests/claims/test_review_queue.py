import pytest
from django.urls import reverse

from tests.claims.scenario import assert_inert, hostile_article
from tests.factories import ClaimFactory
from tracker.claims.services import claim_approve

URL = reverse("claims:review")
pytestmark = pytest.mark.django_db


def test_it_is_for_editors_only(client, journalist_client, outsider_client):
    assert client.get(URL).url.startswith(reverse("login"))
    assert journalist_client.get(URL).status_code == 403
    assert outsider_client.get(URL).status_code == 403


def test_it_shows_the_oldest_pending_claim_first(editor_client, editor):
    first, second, third = ClaimFactory(), ClaimFactory(), ClaimFactory()
    claim_approve(claim=first, user=editor, version=1)
    slot = editor_client.get(URL).context["slot"]
    assert slot.claim == second and slot.next_pk == third.pk and slot.previous_pk is None
    assert slot.pending_count == 2


def test_it_moves_along_with_at(editor_client):
    first, second, third = ClaimFactory(), ClaimFactory(), ClaimFactory()
    slot = editor_client.get(URL, {"at": second.pk}).context["slot"]
    assert (slot.previous_pk, slot.claim, slot.next_pk) == (first.pk, second, third.pk)


def test_after_a_review_it_goes_on_with_the_next_claim(editor_client):
    first, second = ClaimFactory(), ClaimFactory()
    response = editor_client.post(
        reverse("claims:approve", args=[first.pk]),
        {"approve-version": 1, "next": f"{URL}?at={first.pk}"},
    )
    assert response.url == f"{URL}?at={first.pk}"
    assert editor_client.get(response.url).context["slot"].claim == second


def test_it_shows_the_article_context_inert(editor_client):
    _, claim = hostile_article()
    html = editor_client.get(URL).content.decode()
    assert f'id="claim-{claim.pk}"' in html
    assert 'id="approve-form"' in html and "js/review.js" in html
    assert_inert(html)


def test_an_empty_queue_says_so(editor_client):
    assert "Nothing to review" in editor_client.get(URL).content.decode()


@pytest.mark.parametrize("pending", [3, 30])
def test_its_query_count_is_fixed(editor_client, django_assert_num_queries, pending):
    for _ in range(pending):
        ClaimFactory()
    # session, user, user permissions, group permissions, current claim, its attributions,
    # the (capped) claims after it, the one before it, its suggested figures
    with django_assert_num_queries(9):
        editor_client.get(URL)
