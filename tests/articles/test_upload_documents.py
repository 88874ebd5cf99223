"""PDF press releases and Word files: their text layer becomes the article, pages as
paragraphs; a scanned PDF is refused with a message that says what to do."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tests.articles.documents import docx, pdf
from tracker.articles.models import Article

pytestmark = pytest.mark.django_db
URL = reverse("articles:upload")

RELEASE = [
    [
        "Pressemitteilung der Stadt Köln",
        "",
        "Laut Polizei kamen am Montag rund 2.500 Menschen zur Kundgebung.",
    ],
    ["Nach Angaben der Feuerwehr wurden 120 Häuser evakuiert."],
]


def upload(client, name, data, **fields):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), **fields})


def test_a_pdf_press_release_uploads_and_yields_its_claims(
    journalist_client, journalist, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(
            journalist_client, "pressemitteilung.pdf", pdf(RELEASE, title="Kundgebung"), language="de"
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert article.title == "Kundgebung" and article.added_by == journalist
    # The page break is a paragraph break: the second page's sentence starts a paragraph.
    assert "zur Kundgebung.\n\nNach Angaben der Feuerwehr" in article.body
    assert "Köln" in article.body
    article.refresh_from_db()
    assert article.status == "done"
    claims = {(c.text, int(c.value)) for c in article.claims.all()}
    assert ("rund 2.500 Menschen", 2500) in claims
    assert any(value == 120 for _, value in claims)


def test_a_scanned_pdf_is_refused_with_a_clear_message(journalist_client):
    response = upload(journalist_client, "scan.pdf", pdf([[], []]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "has no text layer" in html and "looks scanned" in html and "OCR" in html
    assert Article.objects.count() == 0


def test_a_damaged_pdf_is_refused(journalist_client):
    response = upload(journalist_client, "broken.pdf", b"%PDF-1.4\nnot really")
    assert "The PDF could not be read" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_word_file_uploads_with_page_breaks_as_paragraphs(
    journalist_client, django_capture_on_commit_callbacks
):
    data = docx(
        ["Nach Angaben der Regierung wurden etwa 12.000 Soldaten verlegt", "Zweite Seite."],
        page_break_after=0,
        title="Truppen",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(journalist_client, "bericht.docx", data, language="de")
    assert response.status_code == 302
    article = Article.objects.get()
    assert article.title == "Truppen"
    assert article.body == "Nach Angaben der Regierung wurden etwa 12.000 Soldaten verlegt\n\nZweite Seite."


def test_ingest_reads_pdfs_too(tmp_path, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    (tmp_path / "release.pdf").write_bytes(pdf(RELEASE))
    (tmp_path / "scan.pdf").write_bytes(pdf([[]]))
    call_command("ingest", str(tmp_path), "--no-progress")
    article = Article.objects.get()
    assert "rund 2.500 Menschen" in article.body
