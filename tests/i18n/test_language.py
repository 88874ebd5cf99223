"""The pages speak the reader's language: their choice on their profile, else the browser's
Accept-Language; numbers, ranges and dates as that language writes them."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory
from tracker.accounts.models import Profile

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    article = ArticleFactory(title="Kim ehrt Soldaten", published=datetime.date(2025, 8, 22))
    about = ClaimFactory(article=article, period_start=datetime.date(2025, 8, 22))
    AttributionFactory(claim=about, source=SourceFactory(name="KCNA"))
    ranged = ClaimFactory(
        article=article,
        value=Decimal(25000),
        value_high=Decimal(30000),
        bound="exact",
        approximate=False,
        status="approved",
    )
    return about, ranged


def test_claims_list_in_german_for_a_german_browser(journalist_client, claims):
    html = journalist_client.get("/claims/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9").content.decode()
    assert '<html lang="de">' in html
    assert ">Angaben</a>" in html and "Abmelden" in html and "2 Angaben" in html
    assert "etwa 12.000</a>" in html and "Soldaten" in html
    assert "25.000–30.000" in html
    assert "22. Aug. 2025" in html
    assert "Genehmigt" in html  # the status badge
    assert "about 12,000" not in html and "Log out" not in html
    assert ">English</button>" in html and ">Deutsch</button>" in html  # each language in its own name


def test_claims_list_in_english_for_an_english_browser(journalist_client, claims):
    html = journalist_client.get("/claims/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9").content.decode()
    assert '<html lang="en">' in html
    assert ">Claims</a>" in html and "Log out" in html and "2 claims" in html
    assert "about 12,000</a>" in html and "soldiers" in html
    assert "25,000–30,000" in html
    assert "22 Aug 2025" in html
    assert "Approved" in html


def test_no_accept_language_is_english(journalist_client, claims):
    assert "about 12,000" in journalist_client.get(reverse("claims:list")).content.decode()


def test_the_choice_on_the_profile_wins_over_the_browser_and_follows_the_user(journalist, journalist_client):
    response = journalist_client.post(
        reverse("set_language"), {"language": "de", "next": "/claims/"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 302 and response["Location"] == "/claims/"
    assert Profile.objects.get(user=journalist).language == "de"
    assert "Abmelden" in journalist_client.get("/claims/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # another browser: the profile's choice comes along at log-in
    other = Client()
    other.force_login(journalist)
    assert "Abmelden" in other.get("/claims/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    # '' follows the browser again
    journalist_client.post(reverse("set_language"), {"language": "", "next": "/claims/"})
    assert Profile.objects.get(user=journalist).language == ""
    assert "Log out" in journalist_client.get("/claims/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_the_header_offers_the_switch_and_the_login_page_too(journalist_client):
    html = journalist_client.get("/claims/").content.decode()
    assert 'action="/language/"' in html and 'value="de" lang="de"' in html and ">Deutsch</button>" in html
    anonymous = Client()
    login = anonymous.get("/login/").content.decode()
    assert 'action="/language/"' in login
    response = anonymous.post("/language/", {"language": "de", "next": "/login/"})
    assert response.cookies["django_language"].value == "de"
    assert "Benutzername" in anonymous.get("/login/").content.decode()


def test_an_unknown_language_or_an_outside_next_is_refused_quietly(journalist, journalist_client):
    response = journalist_client.post(
        reverse("set_language"), {"language": "xx", "next": "https://evil.example/"}
    )
    assert response.status_code == 302 and response["Location"] == reverse("home")
    assert Profile.objects.get(user=journalist).language == ""
    assert journalist_client.get(reverse("set_language")).status_code == 405


def test_a_german_reader_exports_german_headers_statuses_and_units(journalist_client, claims):
    raw = b"".join(
        journalist_client.get(reverse("claims:export"), HTTP_ACCEPT_LANGUAGE="de").streaming_content
    ).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=";"))
    assert {row["Wert"] for row in rows} == {"12000", "25000"}
    assert {row["Status"] for row in rows} == {"Offen", "Genehmigt"}
    assert {row["Einheit"] for row in rows} == {"Soldaten"}
    english = b"".join(journalist_client.get(reverse("claims:export")).streaming_content).decode("utf-8-sig")
    assert english.startswith("id,status,value,") and ",approved," in english and ",soldier," in english


def test_api_errors_speak_the_readers_language(journalist_client):
    response = journalist_client.post(
        "/api/articles/", {"title": "x"}, content_type="application/json", HTTP_ACCEPT_LANGUAGE="de"
    )
    assert response.status_code == 400
    assert "Senden Sie den Text" in response.json()["detail"]


def test_the_number_filters_write_numbers_as_the_language_does():
    from django.utils import translation

    from tracker.claims.templatetags.claim_format import format_number, number, short_date, unit_label

    with translation.override("de"):
        assert number(12000) == "12.000" and format_number(Decimal("1500000")) == "1,5 Millionen"
        assert short_date(datetime.date(2025, 3, 5)) == "5. März 2025"
        assert unit_label("soldier", Decimal(1)) == "Soldat"
        assert unit_label("person", Decimal(3)) == "Menschen"
        assert format_number(Decimal("2.5")) == "2,5"
    with translation.override("en"):
        assert number(12000) == "12,000" and format_number(Decimal("1500000")) == "1.5 million"
        assert short_date(datetime.date(2025, 3, 5)) == "5 Mar 2025"
        assert unit_label("soldier", Decimal(3)) == "soldiers"
