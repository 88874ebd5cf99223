"""Uploading a file: articles:upload, and the file rules of article_submit_file."""

import codecs
from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from tracker.articles.models import Article
from tracker.articles.services import ArticleRejected, article_submit_file

pytestmark = pytest.mark.django_db

URL = reverse("articles:upload")
TEXT = "Laut KCNA wurden 12.000 Soldaten nach Kursk verlegt. Über 300 starben, heißt es."
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256))
SCRIPTED_HTML = """<!doctype html><html><head><title>Kim trauert</title>
<script>document.write('<b>evil</b>')</script><style>p {color: red}</style></head>
<body><iframe src="https://evil.example/frame"></iframe>
<article><h1>Kim trauert</h1><p>Laut KCNA wurden 12.000 Soldaten nach Kursk verlegt.</p>
<p>Nach Angaben Seouls starben über 300 von ihnen.</p><script>alert("x")</script></article>
<iframe srcdoc="<script>alert(1)</script>"></iframe></body></html>"""


@pytest.fixture(autouse=True)
def delay():
    with mock.patch("tracker.articles.tasks.extract_article.delay") as delay:
        yield delay


def upload(client, name, data, **fields):
    return client.post(URL, {"file": SimpleUploadedFile(name, data), **fields})


def test_it_requires_login(client):
    assert client.get(URL).status_code == 302


def test_outsiders_get_403(outsider_client):
    assert upload(outsider_client, "a.txt", TEXT.encode()).status_code == 403
    assert Article.objects.count() == 0


def test_a_journalist_uploads_a_text_file(journalist_client, journalist):
    response = upload(journalist_client, "kim.txt", ("Kim trauert\n\n" + TEXT).encode(), language="de")
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("articles:detail", args=[article.pk])
    assert article.title == "Kim trauert"
    assert article.origin == Article.Origin.UPLOAD and article.added_by == journalist


def test_the_form_enforces_csrf(journalist):
    client = Client(enforce_csrf_checks=True)
    client.force_login(journalist)
    assert upload(client, "a.txt", TEXT.encode()).status_code == 403


def test_a_20_mb_upload_is_refused_with_a_message(journalist_client):
    response = upload(journalist_client, "huge.txt", b"a" * (20 * 1024 * 1024))
    # refused before the body is read (tracker.accounts.middleware), the form shown again
    assert response.status_code == 413
    assert "The article is too large (20.0 MB); the limit is 2.0 MB." in response.content.decode()
    assert 'name="file"' in response.content.decode()
    assert Article.objects.count() == 0


@pytest.mark.parametrize(("data", "kind"), [(PDF, "PDF"), (PNG, "PNG")])
def test_a_pdf_or_image_renamed_txt_is_refused(journalist_client, data, kind):
    response = upload(journalist_client, "article.txt", data)
    assert response.status_code == 200
    assert kind in response.content.decode()
    assert Article.objects.count() == 0


def test_other_file_types_are_refused(journalist_client):
    response = upload(journalist_client, "article.odt", b"PK\x03\x04whatever")
    assert "cannot be read" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_damaged_word_file_is_refused_with_a_message(journalist_client):
    response = upload(journalist_client, "article.docx", b"PK\x03\x04whatever")
    assert "The Word file could not be read" in response.content.decode()
    assert Article.objects.count() == 0


def test_html_full_of_scripts_is_stored_as_text_and_shown_escaped(journalist_client):
    upload(journalist_client, "kim.html", SCRIPTED_HTML.encode())
    article = Article.objects.get()
    assert "<script" not in article.body
    assert "<iframe" not in article.body and "evil" not in article.body
    assert "12.000 Soldaten" in article.body
    assert article.title == "Kim trauert"
    page = journalist_client.get(reverse("articles:detail", args=[article.pk])).content.decode()
    assert "<script>alert" not in page


def test_a_duplicate_upload_links_the_existing_article(journalist_client):
    upload(journalist_client, "kim.txt", TEXT.encode())
    response = upload(journalist_client, "kim-again.txt", TEXT.encode())
    assert response.status_code == 200
    assert "already stored" in response.content.decode()
    assert Article.objects.count() == 1


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("latin-1"),
        TEXT.encode("cp1252"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    ],
    ids=["latin-1", "cp1252", "utf-16-le-bom", "utf-16", "utf-8-bom"],
)
def test_encodings_are_detected(data):
    article = article_submit_file(name="kim.txt", data=data).article
    assert article.body == TEXT


def test_markdown_files_are_accepted():
    article = article_submit_file(name="kim.md", data=("# Kim\n\n" + TEXT).encode()).article
    assert article.title == "Kim"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\n ", "empty"),
        ("noise.txt", bytes(range(1, 32)) * 100, "control characters"),
        ("a.pdf", PDF, "The PDF could not be read"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(name, data, message):
    with pytest.raises(ArticleRejected, match=message):
        article_submit_file(name=name, data=data)
    assert Article.objects.count() == 0
