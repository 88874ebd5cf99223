"""Archiving an article with its claims (articles:archive / articles:restore): editors only;
hidden from the lists, the queue, the source pages and the API; restorable; in the history."""

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory
from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_archive, article_restore

pytestmark = pytest.mark.django_db


@pytest.fixture
def junk():
    """An article whose claim is pending review and attributed to a source."""
    claim = ClaimFactory(article=ArticleFactory(title="Flood of numbers"))
    attribution = AttributionFactory(claim=claim)
    return claim.article, claim, attribution.source


def archive(client, article, reason=""):
    return client.post(reverse("articles:archive", args=[article.pk]), {"reason": reason})


def test_journalists_may_not_archive(journalist_client, junk):
    article, _, _ = junk
    assert archive(journalist_client, article).status_code == 403
    assert not Article.objects.get(pk=article.pk).archived


def test_anonymous_users_are_sent_to_log_in(client, junk):
    assert archive(client, junk[0]).url.startswith(reverse("login"))


def test_archiving_hides_the_article_and_its_claims_everywhere(editor_client, junk):
    article, claim, source = junk
    response = archive(editor_client, article, "pasted by mistake")
    assert response.url == reverse("articles:detail", args=[article.pk])
    listing = editor_client.get(reverse("articles:list")).content.decode()
    assert "Flood of numbers" not in listing
    assert (
        "Flood of numbers" in editor_client.get(reverse("articles:list"), {"archived": "1"}).content.decode()
    )
    claims = editor_client.get(reverse("claims:list")).content.decode()
    assert f'id="claim-row-{claim.pk}"' not in claims and claim.text not in claims
    queue = editor_client.get(reverse("claims:review")).content.decode()
    assert claim.text not in queue
    source_page = editor_client.get(reverse("sources:detail", args=[source.pk])).content.decode()
    assert reverse("articles:detail", args=[article.pk]) not in source_page
    api = editor_client.get(reverse("api:claims")).json()
    assert api["results"] == []
    assert editor_client.get(reverse("api:articles")).json()["results"] == []
    page = editor_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "Archived" in page and "Restore from the archive" in page


def test_restoring_brings_them_back(editor_client, junk):
    article, claim, _ = junk
    archive(editor_client, article)
    editor_client.post(reverse("articles:restore", args=[article.pk]))
    assert not Article.objects.get(pk=article.pk).archived
    assert claim.text in editor_client.get(reverse("claims:review")).content.decode()
    assert "Flood of numbers" in editor_client.get(reverse("articles:list")).content.decode()


def test_both_are_recorded_in_the_history(editor, junk):
    article, _, _ = junk
    article_archive(article=article, user=editor, reason="junk paste")
    article_restore(article=article, user=editor)
    records = list(article.history.order_by("history_date", "history_id"))
    reasons = [r.history_change_reason for r in records[-2:]]
    assert reasons == ["Archived: junk paste", "Restored from the archive"]
    assert {r.history_user_id for r in records[-2:]} == {editor.pk}


def test_archiving_twice_says_so(editor, junk):
    article_archive(article=junk[0], user=editor)
    with pytest.raises(ArticleRejected, match="archived already"):
        article_archive(article=junk[0], user=editor)


def test_a_figures_page_leaves_out_archived_claims(editor_client, editor, junk):
    from tracker.claims.models import Figure

    article, claim, _ = junk
    figure = Figure.objects.create(name="Soldaten in Russland", created_by=editor)
    type(claim).objects.filter(pk=claim.pk).update(figure=figure)
    url = reverse("claims:figure", args=[figure.pk])
    assert reverse("claims:detail", args=[claim.pk]) in editor_client.get(url).content.decode()
    article_archive(article=article, user=editor)
    assert reverse("claims:detail", args=[claim.pk]) not in editor_client.get(url).content.decode()
