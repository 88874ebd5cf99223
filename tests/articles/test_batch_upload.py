"""Many articles from the web at once (several files, or a .jsonl/.csv): stored, queued, and
followed on a batch page that htmx refreshes until every article is extracted."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.articles.documents import pdf
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db
URL = reverse("articles:upload")


def jsonl(n):
    lines = [
        json.dumps(
            {"title": f"Meldung {i}", "body": f"Laut Polizei kamen rund {i}.500 Menschen.", "language": "de"}
        )
        for i in range(1, n + 1)
    ]
    return ("\n".join([*lines, "{not json"]) + "\n").encode()


def test_a_jsonl_of_many_articles_becomes_a_batch_with_its_progress(
    journalist_client, django_capture_on_commit_callbacks, monkeypatch
):
    from tracker.articles.services import submit

    queued = []
    monkeypatch.setattr(submit, "enqueue_extraction_many", queued.append)
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(
            URL, {"file": SimpleUploadedFile("batch.jsonl", jsonl(5))}, follow=True
        )
    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith("/articles/batch/")
    assert "5 article(s) added, 0 already known, 1 refused." in html
    assert "Refused batch.jsonl:6: not valid JSON" in html
    assert "0 of 5 articles extracted" in html and 'hx-trigger="every 2s"' in html
    assert sorted(pk for chunk in queued for pk in chunk) == sorted(
        Article.objects.values_list("pk", flat=True)
    )
    # The workers finish: the polled fragment says so and stops polling.
    Article.objects.update(status="done")
    fragment = journalist_client.get(response.redirect_chain[-1][0], HTTP_HX_REQUEST="true").content.decode()
    assert fragment.startswith('<section id="batch-progress"')
    assert "5 of 5 articles extracted — finished" in fragment and "hx-trigger" not in fragment


def test_several_files_at_once_make_a_batch(journalist_client, django_capture_on_commit_callbacks):
    files = [
        SimpleUploadedFile("a.txt", b"Laut KCNA wurden etwa 12.000 Soldaten verlegt."),
        SimpleUploadedFile("b.pdf", pdf([["Nach Angaben der Feuerwehr wurden 120 Häuser evakuiert."]])),
        SimpleUploadedFile("scan.pdf", pdf([[]])),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        response = journalist_client.post(URL, {"file": files, "language": "de"})
    html = journalist_client.get(response.url).content.decode()
    assert "2 article(s) added, 0 already known, 1 refused." in html
    assert "scan.pdf" in html and "looks scanned" in html
    assert "2 of 2 articles extracted — finished" in html
    assert Article.objects.filter(status="done").count() == 2


def test_a_batch_belongs_to_the_session_that_uploaded_it(journalist_client, editor_client):
    response = journalist_client.post(URL, {"file": SimpleUploadedFile("batch.jsonl", jsonl(2))})
    batch_url = response.url
    assert journalist_client.get(batch_url).status_code == 200
    assert editor_client.get(batch_url).status_code == 404
    assert journalist_client.get(reverse("articles:batch", args=["unknown"])).status_code == 404


def test_a_csv_without_the_columns_is_refused(journalist_client):
    response = journalist_client.post(
        URL, {"file": SimpleUploadedFile("x.csv", b"name,age\nA,3\n")}, follow=True
    )
    assert "the first row must name the columns" in response.content.decode()
    assert not Article.objects.exists()
