import pytest
from django.urls import reverse

from tests.factories import ArticleFactory
from tracker.claims.models import Claim

pytestmark = pytest.mark.django_db
BODY = "Erste Zeile.\r\nEs kamen 300 Menschen laut Polizei. 🙂 Dann 40 Autos."


def form(article, words, **extra):
    start = article.body.find(words)
    data = {
        "add-start": start,
        "add-end": start + len(words),
        "add-text": words,
        "add-value": "300",
        "add-bound": "exact",
        "add-kind": "count",
        "add-unit": "person",
        "add-modality": "reported",
        "add-sources": "Polizei",
    }
    data.update(extra)
    return data


def test_journalists_may_not_add(journalist_client):
    article = ArticleFactory(body=BODY)
    response = journalist_client.post(reverse("claims:add", args=[article.pk]), form(article, "300 Menschen"))
    assert response.status_code == 403
    assert not Claim.objects.exists()


def test_an_editor_adds_a_claim_from_selected_words(editor_client, editor):
    article = ArticleFactory(body=BODY)
    response = editor_client.post(reverse("claims:add", args=[article.pk]), form(article, "300 Menschen"))
    claim = Claim.objects.get()
    assert response.status_code == 302
    assert response.url.startswith(reverse("articles:detail", args=[article.pk]))
    assert (claim.text, claim.origin, claim.reviewed_by) == ("300 Menschen", "manual", editor)
    assert claim.attributions.get().source.name == "Polizei"


def test_offsets_off_by_a_little_are_repaired_from_the_words(editor_client):
    article = ArticleFactory(body=BODY)
    data = form(article, "40 Autos")
    data["add-start"] -= 1  # e.g. a browser counting CRLF as one character
    data["add-end"] -= 1
    data["add-value"] = "40"
    editor_client.post(reverse("claims:add", args=[article.pk]), data)
    claim = Claim.objects.get()
    assert article.body[claim.start : claim.end] == "40 Autos"


def test_words_not_in_the_article_are_refused(editor_client):
    article = ArticleFactory(body=BODY)
    data = form(article, "300 Menschen")
    data["add-text"] = "999 Panzer"
    response = editor_client.post(reverse("claims:add", args=[article.pk]), data)
    assert response.status_code == 400
    assert not Claim.objects.exists()


def test_the_form_page_shows_the_text_to_select(editor_client):
    article = ArticleFactory(body=BODY)
    html = editor_client.get(reverse("claims:add", args=[article.pk])).content.decode()
    assert 'data-claim-select="add"' in html and "js/claim-select.js" in html
    assert "Erste Zeile.&#13;\n" in html
