"""Values typed as the reader's language writes them, read by the engine's number reader; the
tenfold warning, the sign checks, the explicit "no source", and the "corrected" mark."""

from decimal import Decimal

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.claims.value_input import ValueNotRead, changes_tenfold, format_value, parse_value


@pytest.mark.parametrize(
    "text,language,value",
    [
        ("11.000", "de", Decimal(11000)),
        ("11,000", "en", Decimal(11000)),
        ("1.200.000", "de", Decimal(1200000)),
        ("1,5", "de", Decimal("1.5")),
        ("1.5", "en", Decimal("1.5")),
        ("1,2 Millionen", "de", Decimal(1200000)),
        ("1,5 Mio.", "de", Decimal(1500000)),
        ("2.5 bn", "en", Decimal(2500000000)),
        ("−3,5", "de", Decimal("-3.5")),
        ("4,2 %", "de", Decimal("4.2")),
    ],
)
def test_values_are_read_as_their_language_writes_them(text, language, value):
    assert parse_value(text, language) == value


@pytest.mark.parametrize("text", ["", "abc", "1..2", "12 Äpfel", "1,2,3,4"])
def test_what_is_no_number_says_so(text):
    with pytest.raises(ValueNotRead):
        parse_value(text, "de")


def test_values_are_shown_back_in_the_claims_language():
    assert format_value(Decimal("11000.000000"), "de") == "11.000"
    assert format_value(Decimal("1234.5"), "en") == "1,234.5"
    assert format_value(Decimal("1234.5"), "de") == "1.234,5"


def test_tenfold_means_ten_times_or_a_tenth():
    assert changes_tenfold(Decimal(11000), Decimal(11))
    assert changes_tenfold(Decimal(12), Decimal(120))
    assert not changes_tenfold(Decimal(11000), Decimal(12000))
    assert not changes_tenfold(Decimal(0), Decimal(5))


pytestmark = pytest.mark.django_db


def correct(client, claim, **fields):
    data = {
        "correct-version": claim.version,
        "correct-value": "12.000",
        "correct-bound": "about",
        "correct-kind": "count",
        "correct-unit": "soldier",
        "correct-sources": "KCNA",
        "correct-note": "checked",
    }
    data.update({f"correct-{k}": v for k, v in fields.items()})
    return client.post(reverse("claims:correct", args=[claim.pk]), data)


@pytest.fixture
def german_claim(editor_client):
    """A German article's claim, and an editor whose pages are German (their browser's
    language): the forms read numbers as the reader writes them."""
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "de-DE,de;q=0.9"
    claim = ClaimFactory(article=ArticleFactory(language="de"), value=Decimal(12000))
    AttributionFactory(claim=claim, source=SourceFactory(name="KCNA"))
    return claim


def test_a_german_correction_reads_11_000_as_eleven_thousand(editor_client, german_claim):
    response = correct(editor_client, german_claim, value="11.000")
    assert response.status_code == 302
    german_claim.refresh_from_db()
    assert german_claim.value == 11000 and german_claim.corrected and german_claim.status == "approved"


def test_the_form_shows_the_value_as_the_readers_language_writes_it(editor_client, german_claim):
    html = editor_client.get(reverse("claims:detail", args=[german_claim.pk])).content.decode()
    assert 'name="correct-value" value="12.000"' in html
    assert 'hx-get="/claims/value/"' in html and "&quot;language&quot;: &quot;de&quot;" in html
    assert "Zahlen, wie man sie im Deutschen schreibt" in html
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    html = editor_client.get(reverse("claims:detail", args=[german_claim.pk])).content.decode()
    assert 'name="correct-value" value="12,000"' in html and "&quot;language&quot;: &quot;en&quot;" in html


def test_an_english_reader_types_11_000_the_english_way_in_a_german_article(editor_client, german_claim):
    editor_client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    assert correct(editor_client, german_claim, value="11,000").status_code == 302
    german_claim.refresh_from_db()
    assert german_claim.value == 11000
    # 11.000 typed the German way by an English reader is eleven: a tenfold change, asked about
    response = correct(editor_client, german_claim, value="11.000")
    assert response.status_code == 400 and "is a tenth or less of the value" in response.content.decode()


def test_a_tenfold_change_needs_a_confirmation(editor_client, german_claim):
    # 11.000 typed the English way in a German article: read as 11, a thousandth of 12.000.
    response = correct(editor_client, german_claim, value="11")
    assert response.status_code == 400
    html = response.content.decode()
    assert "11 ist ein Zehntel oder weniger des aus dem Text gelesenen Werts (12.000)" in html
    german_claim.refresh_from_db()
    assert german_claim.value == 12000 and not german_claim.corrected
    assert correct(editor_client, german_claim, value="11", confirm_scale="on").status_code == 302


def test_a_count_cannot_be_negative_nor_a_factor_zero(editor_client, german_claim):
    response = correct(editor_client, german_claim, value="-12.000")
    assert "Anzahl kann nicht negativ sein" in response.content.decode()
    response = correct(editor_client, german_claim, value="0", kind="ratio", confirm_scale="on")
    assert "Ein Faktor muss über null liegen." in response.content.decode()
    assert (
        correct(editor_client, german_claim, value="-1,5", kind="percent", confirm_scale="on").status_code
        == 302
    )


def test_an_empty_sources_box_needs_an_explicit_no_source(editor_client, german_claim):
    response = correct(editor_client, german_claim, sources="")
    assert response.status_code == 400
    assert "Nennen Sie die Quelle oder kreuzen Sie „Keine Quelle“ an" in response.content.decode()
    assert german_claim.attributions.count() == 1
    assert correct(editor_client, german_claim, sources="", no_source="on").status_code == 302
    assert german_claim.attributions.count() == 0


def test_corrected_claims_are_marked_and_filtered(journalist_client, editor_client, german_claim):
    untouched = ClaimFactory()
    correct(editor_client, german_claim, value="11.000")
    html = journalist_client.get(reverse("claims:list")).content.decode()
    assert html.count('<span class="badge corrected">corrected</span>') == 1
    corrected = journalist_client.get(reverse("claims:list"), {"corrected": "yes"}).context["page"].items
    assert [c.pk for c in corrected] == [german_claim.pk]
    as_extracted = journalist_client.get(reverse("claims:list"), {"corrected": "no"}).context["page"].items
    assert [c.pk for c in as_extracted] == [untouched.pk]


def test_the_preview_says_how_the_value_is_read(editor_client, journalist_client):
    url = reverse("claims:value_preview")
    assert editor_client.get(url, {"correct-value": "11.000", "language": "de"}).content.decode() == (
        "Reads as 11.000 (11,000 in English notation)"
    )
    assert (
        "is not a number" in editor_client.get(url, {"add-value": "zwölf", "language": "en"}).content.decode()
    )
    assert journalist_client.get(url, {"correct-value": "1"}).status_code == 403
