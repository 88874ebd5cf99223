import csv
import io
import json

import pytest
from django.urls import reverse

from tests.claims.scenario import hostile_article, range_claim
from tests.factories import ClaimFactory

URL = reverse("claims:export")
pytestmark = pytest.mark.django_db


def body(response):
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_it_needs_a_login(client):
    assert client.get(URL).url.startswith(reverse("login"))


def test_journalists_export_the_filtered_list_as_csv(journalist_client):
    article, claim = hostile_article()
    other = range_claim(article)
    ClaimFactory(status="rejected", reason="not_a_claim")
    cnn = other.attributions.get(order=1).source
    response = journalist_client.get(URL, {"source": cnn.pk})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body(response))))
    assert [int(r["id"]) for r in rows] == [other.pk]
    assert rows[0]["chain"] == "US officials → via CNN"
    assert rows[0]["value_high"] == "30000"
    all_rows = list(csv.DictReader(io.StringIO(body(journalist_client.get(URL)))))
    assert {int(r["id"]) for r in all_rows} == {claim.pk, other.pk}


def test_csv_cells_cannot_become_formulas(journalist_client):
    ClaimFactory(subject='=HYPERLINK("http://evil")')
    rows = list(csv.DictReader(io.StringIO(body(journalist_client.get(URL)))))
    assert rows[0]["subject"].startswith("'=")


def test_it_exports_json(journalist_client):
    _, claim = hostile_article()
    data = json.loads(body(journalist_client.get(URL, {"format": "json"})))
    assert data[0]["id"] == claim.pk and data[0]["sources"][0] == "KCNA"
    assert data[0]["display"] == "about 12,000 soldiers"


def test_it_exports_each_claims_figure(journalist_client):
    from tests.factories import FigureFactory

    figure = FigureFactory(name="Troops in Russia")
    tracked, untracked = ClaimFactory(figure=figure), ClaimFactory()
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(body(journalist_client.get(URL))))}
    assert (rows[tracked.pk]["figure"], rows[untracked.pk]["figure"]) == ("Troops in Russia", "")
    data = json.loads(body(journalist_client.get(URL, {"format": "json", "figure": figure.pk})))
    assert [(row["id"], row["figure"]) for row in data] == [(tracked.pk, "Troops in Russia")]


def test_json_gives_null_for_what_a_claim_lacks(journalist_client):
    """JSON readers test for null: an empty string for a missing range end or date read as a
    value ('' is not None)."""
    ClaimFactory(value_high=None, period_start=None, period_end=None)
    row = json.loads(body(journalist_client.get(URL, {"format": "json"})))[0]
    assert row["value_high"] is None and row["period_start"] is None and row["period_end"] is None
    assert row["figure"] is None and row["article_url"] is None
    rows = list(csv.DictReader(io.StringIO(body(journalist_client.get(URL)))))
    assert rows[0]["value_high"] == "" and rows[0]["period_start"] == ""


def test_csv_starts_with_a_byte_order_mark_so_excel_keeps_umlauts(journalist_client):
    ClaimFactory(subject="Flüchtlinge in Südkorea")
    raw = b"".join(journalist_client.get(URL).streaming_content)
    assert raw.startswith(b"\xef\xbb\xbfid,status,")
    assert "Flüchtlinge in Südkorea" in raw.decode("utf-8-sig")


def test_german_readers_get_semicolons_and_decimal_commas(journalist_client):
    from decimal import Decimal

    ClaimFactory(value=Decimal("4.2"), unit="percent")
    response = journalist_client.get(URL, HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    rows = list(csv.DictReader(io.StringIO(body(response)), delimiter=";"))
    assert rows[0]["Wert"] == "4,2"  # German headers too
    english = list(csv.DictReader(io.StringIO(body(journalist_client.get(URL, {"delimiter": ","})))))
    assert english[0]["value"] == "4.2"


def test_json_gives_numbers_as_numbers(journalist_client):
    from decimal import Decimal

    ClaimFactory(value=Decimal("25000"), value_high=Decimal("30000.5"))
    row = json.loads(body(journalist_client.get(URL, {"format": "json"})))[0]
    assert row["value"] == 25000 and row["value_high"] == 30000.5
    assert isinstance(row["id"], int)


def test_xlsx_opens_with_umlauts_numbers_and_dates_intact(journalist_client):
    import datetime

    from openpyxl import load_workbook

    ClaimFactory(subject="Flüchtlinge aus der Ukraine", period_start=datetime.date(2025, 8, 1))
    ClaimFactory(subject="=cmd|' /C calc'!A0")
    response = journalist_client.get(URL, {"format": "xlsx"})
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="claims.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    by_subject = {row[header.index("subject")]: row for row in rows[1:]}
    row = by_subject["Flüchtlinge aus der Ukraine"]
    assert row[header.index("value")] == 12000
    assert row[header.index("period_start")].date() == datetime.date(2025, 8, 1)
    assert "'=cmd|' /C calc'!A0" in by_subject  # a formula stays text
