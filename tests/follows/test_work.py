"""Work sharing: assign an article or claim to an editor, 'assigned to me' in the queue, comments."""

import pytest
from django.urls import reverse

from tests.factories import ClaimFactory
from tracker.follows.models import Notification
from tracker.work.models import Assignment, Comment

pytestmark = pytest.mark.django_db


def test_an_editor_assigns_a_claim_and_the_assignee_is_told(editor_client, editor, second_editor):
    claim = ClaimFactory()
    response = editor_client.post(
        reverse("work:assign_claim", args=[claim.pk]), {"assignee": second_editor.pk}
    )
    assert response.status_code == 302
    assert Assignment.objects.get(claim=claim).assignee == second_editor
    (note,) = Notification.objects.filter(user=second_editor)
    assert note.message == f"erika-editor assigned the claim #{claim.pk} (12.000 Soldaten) to you."
    assert note.link == reverse("claims:detail", args=[claim.pk])
    page = editor_client.get(reverse("claims:detail", args=[claim.pk])).content.decode()
    assert f'<option value="{second_editor.pk}" selected>' in page


def test_work_goes_to_editors_only_and_only_editors_assign(editor_client, journalist_client, journalist):
    claim = ClaimFactory()
    url = reverse("work:assign_claim", args=[claim.pk])
    assert journalist_client.post(url, {"assignee": journalist.pk}).status_code == 403
    response = editor_client.post(url, {"assignee": journalist.pk}, follow=True)
    assert "Work can only be assigned to an editor" in response.content.decode()
    assert not Assignment.objects.exists()


def test_assigned_to_me_in_the_review_queue_includes_an_assigned_articles_claims(
    editor_client, second_editor, editor
):
    mine, other, through_article = ClaimFactory(), ClaimFactory(), ClaimFactory()
    editor_client.post(reverse("work:assign_claim", args=[mine.pk]), {"assignee": editor.pk})
    editor_client.post(reverse("work:assign_claim", args=[other.pk]), {"assignee": second_editor.pk})
    editor_client.post(
        reverse("work:assign_article", args=[through_article.article_id]), {"assignee": editor.pk}
    )
    queue = editor_client.get(reverse("claims:review") + "?mine=1")
    assert queue.context["slot"].claim == mine
    assert queue.context["slot"].next_pk == through_article.pk and queue.context["slot"].pending_count == 2
    assert "Review queue: assigned to me" in queue.content.decode()
    everything = editor_client.get(reverse("claims:review")).context["slot"]
    assert everything.pending_count == 3
    article_page = editor_client.get(
        reverse("articles:detail", args=[through_article.article_id])
    ).content.decode()
    assert f'<option value="{editor.pk}" selected>' in article_page


def test_a_comment_is_kept_and_tells_the_assignee(journalist_client, editor, outsider_client):
    claim = ClaimFactory()
    Assignment.objects.create(claim=claim, assignee=editor)
    url = reverse("work:comment", args=[claim.pk])
    assert outsider_client.post(url, {"text": "hi"}).status_code == 403
    journalist_client.post(url, {"text": "KCNA said 10,000 last week."})
    (comment,) = Comment.objects.filter(claim=claim)
    assert comment.text == "KCNA said 10,000 last week."
    (note,) = Notification.objects.filter(user=editor)
    assert note.message.endswith(f"commented on claim #{claim.pk}: KCNA said 10,000 last week.")
    page = journalist_client.get(reverse("claims:detail", args=[claim.pk])).content.decode()
    assert "KCNA said 10,000 last week." in page and "Assigned to erika-editor" in page
    empty = journalist_client.post(url, {"text": "  "}, follow=True)
    assert "Write a comment first" in empty.content.decode()


def test_a_person_is_not_told_of_their_own_comment(editor_client, editor):
    claim = ClaimFactory()
    Assignment.objects.create(claim=claim, assignee=editor)
    editor_client.post(reverse("work:comment", args=[claim.pk]), {"text": "noted"})
    assert not Notification.objects.exists()
