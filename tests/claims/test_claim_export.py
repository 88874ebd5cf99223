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
    return b"".join(response.streaming_content).decode()


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
