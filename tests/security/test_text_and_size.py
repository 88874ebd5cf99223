"""Text in any encoding decoded, or refused with a reason; text too large answered kindly.

The probe: an upload in invalid UTF-8 was stored as mojibake; a 5 MB paste showed Django's
RequestDataTooBig page instead of the upload's "too large" message.
"""

from unittest import mock

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from tracker.articles.models import Article
from tracker.articles.text import NotText, decode_bytes

pytestmark = pytest.mark.django_db

GERMAN = "Laut Polizei kamen rund 2.500 Menschen. Die Bürgermeisterin äußerte sich über die Größe."


@pytest.fixture(autouse=True)
def no_queue():
    with mock.patch("tracker.articles.tasks.extract_article.delay"):
        yield


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_text_in_a_declared_or_guessable_encoding_is_decoded(encoding):
    text = GERMAN.replace("„", '"')
    assert decode_bytes(text.encode(encoding)) == text


def test_cyrillic_in_cp1251_is_decoded():
    text = "Согласно полиции, около 2500 человек пришли на митинг в Москве. Это больше, чем ожидалось."
    assert decode_bytes(text.encode("cp1251")) == text


def test_utf8_cut_inside_its_last_character_loses_only_that_character():
    assert decode_bytes("Die Fläche misst 300 m²".encode()[:-1]) == "Die Fläche misst 300 m"


@pytest.mark.parametrize(
    "data",
    [
        "Grüße aus München: 300 Menschen.".encode() + b"\xff",  # one stray byte
        "Grüße aus".encode() + b"\xc3\x28" + " München: 300 Menschen.".encode(),  # a broken character
        GERMAN.encode() + GERMAN.encode("cp1252"),  # two encodings in one file
        b"\xef\xbb\xbf" + "Grüße 300".encode() + b"\xff\xfe",  # a UTF-8 BOM, then not UTF-8
    ],
)
def test_damaged_or_mixed_utf8_is_refused_not_garbled(data):
    with pytest.raises(NotText, match="UTF-8"):
        decode_bytes(data)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n....", bytes(range(256)) * 8])
def test_binary_data_is_refused(data):
    with pytest.raises(NotText):
        decode_bytes(data)


def upload(client, name, data):
    return client.post(reverse("articles:upload"), {"file": SimpleUploadedFile(name, data)})


def test_an_upload_in_invalid_utf8_is_refused_with_the_reason(journalist_client):
    response = upload(journalist_client, "kaputt.txt", "Grüße aus München: 300 Menschen.".encode() + b"\xff")
    html = response.content.decode()
    assert response.status_code == 200 and "is not: the file is damaged or mixes two encodings" in html
    assert Article.objects.count() == 0


def test_an_upload_in_cp1252_is_stored_decoded(journalist_client):
    response = upload(journalist_client, "alt.txt", GERMAN.encode("cp1252"))
    assert response.status_code == 302
    assert Article.objects.get().body == GERMAN


@pytest.mark.parametrize("content_type", ["multipart", "application/x-www-form-urlencoded"])
def test_a_5_mb_paste_gets_the_uploads_friendly_message(journalist_client, content_type):
    body = "Zahl 5. " * 655_360
    if content_type == "multipart":
        response = journalist_client.post(reverse("articles:add"), {"body": body})
    else:
        response = journalist_client.post(reverse("articles:add"), f"body={body}", content_type=content_type)
    html = response.content.decode()
    assert response.status_code == 413
    assert "The article is too large (5.0 MB); the limit is 2.0 MB." in html
    assert 'name="body"' in html  # the form again, to paste a shorter text
    assert "RequestDataTooBig" not in html
    assert Article.objects.count() == 0


def test_a_paste_just_over_the_article_limit_gets_the_same_message(journalist_client):
    response = journalist_client.post(
        reverse("articles:add"),
        "body=" + "Zahl+5.+" * 300_000,
        content_type="application/x-www-form-urlencoded",
    )
    assert "The article is too large (2.3 MB); the limit is 2.0 MB." in response.content.decode()


@pytest.mark.parametrize("content_type", ["multipart", "application/x-www-form-urlencoded"])
def test_too_large_a_post_elsewhere_gets_a_short_page(editor_client, content_type):
    data = {"url": "x" * (4 * 1024 * 1024)}
    if content_type != "multipart":
        data = f"url={data['url']}"
        response = editor_client.post(reverse("articles:feeds"), data, content_type=content_type)
    else:
        response = editor_client.post(reverse("articles:feeds"), data)
    assert response.status_code == 413 and "too large" in response.content.decode()
