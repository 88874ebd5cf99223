"""Filtering claims by exactly one source: by id, by name, by alias (in the claim's language),
the same in the list, the exports and the API; and the suggestions behind the picker."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories import AttributionFactory, SourceAliasFactory, SourceFactory
from tracker.sources.selectors import source_ids_named, source_suggestions

pytestmark = pytest.mark.django_db


@pytest.fixture
def nis_and_ministry():
    """NIS, and sources whose names or aliases contain the letters n-i-s."""
    nis = SourceFactory(name="NIS", kind="intelligence")
    SourceAliasFactory(source=nis, text="Nationaler Geheimdienst", language="de")
    SourceAliasFactory(source=nis, text="National Intelligence Service", language="en")
    ministry = SourceFactory(name="Ministry of Defence", kind="government")
    SourceAliasFactory(source=ministry, text="Verteidigungsministerium", language="de")
    tennis = SourceFactory(name="Tennis federation", kind="organisation")
    SourceAliasFactory(source=tennis, text="nis", language="en")  # an alias of English only
    claims = {
        "nis": AttributionFactory(source=nis).claim,
        "ministry": AttributionFactory(source=ministry).claim,
        "tennis": AttributionFactory(source=tennis).claim,
    }
    return nis, ministry, tennis, claims


def listed(client, **params):
    return {c.pk for c in client.get(reverse("claims:list"), params).context["page"].items}


def test_a_name_matches_only_that_source_not_substrings(journalist_client, nis_and_ministry):
    _nis, _ministry, _tennis, claims = nis_and_ministry
    # 'NIS' is the name of one source, and an English alias of another: both are exact, the
    # alias only where English is asked for or no language is (the claims are German).
    assert listed(journalist_client, source_name="NIS", language="de") == {claims["nis"].pk}
    assert listed(journalist_client, source_name="nis") == {
        claims["nis"].pk,
        claims["tennis"].pk,
    }
    assert listed(journalist_client, source_name="Ministry") == set()
    assert listed(journalist_client, source_name="Ministry of Defence") == {claims["ministry"].pk}


def test_an_alias_names_its_source_in_its_language(journalist_client, nis_and_ministry):
    nis, _ministry, _tennis, claims = nis_and_ministry
    assert listed(journalist_client, source_name="verteidigungsministerium") == {claims["ministry"].pk}
    assert listed(journalist_client, source_name="Nationaler Geheimdienst", language="en") == set()
    assert source_ids_named("Nationaler  Geheimdienst", language="de") == [nis.pk]


def test_the_id_wins_and_a_typed_name_replaces_it(journalist_client, nis_and_ministry):
    nis, _ministry, _tennis, claims = nis_and_ministry
    assert listed(journalist_client, source=nis.pk) == {claims["nis"].pk}
    assert listed(journalist_client, source=nis.pk, source_name="Ministry of Defence") == {
        claims["ministry"].pk
    }
    html = journalist_client.get(reverse("claims:list"), {"source": nis.pk}).content.decode()
    assert 'value="NIS"' in html  # the picked source's name stands in the box


def test_a_merged_source_name_finds_the_claims_of_the_source_it_joined(journalist_client, editor):
    from tracker.sources.services import source_merge

    kcna = SourceFactory(name="KCNA")
    duplicate = SourceFactory(name="Korean Central News Agency")
    claim = AttributionFactory(source=duplicate).claim
    source_merge(source=duplicate, into=kcna, user=editor)
    assert listed(journalist_client, source_name="Korean Central News Agency") == {claim.pk}


def test_exports_and_api_use_the_same_selector(journalist_client, nis_and_ministry):
    _nis, ministry, _tennis, claims = nis_and_ministry
    response = journalist_client.get(reverse("claims:export"), {"source_name": "NIS", "language": "de"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert [int(r["id"]) for r in csv.DictReader(io.StringIO(text))] == [claims["nis"].pk]
    api = journalist_client.get(reverse("api:claims"), {"source_name": "NIS", "language": "de"}).json()
    assert [c["id"] for c in api["results"]] == [claims["nis"].pk]
    api = journalist_client.get(reverse("api:claims"), {"source": ministry.pk}).json()
    assert [c["id"] for c in api["results"]] == [claims["ministry"].pk]


def test_suggestions_search_names_and_aliases(journalist_client, nis_and_ministry):
    _nis, ministry, _tennis, _claims = nis_and_ministry
    found = source_suggestions("ministerium")
    assert [(s.id, s.matched) for s in found] == [(ministry.pk, "Verteidigungsministerium")]
    assert source_suggestions("geheimdienst", language="en") == []
    response = journalist_client.get(reverse("sources:suggest"), {"q": "nis"})
    names = [r["name"] for r in response.json()["results"]]
    assert names[0] == "NIS"  # a name starting with the words first
    assert set(names) == {"NIS", "Tennis federation", "Ministry of Defence"}


def test_suggestions_need_a_role(client, outsider_client):
    url = reverse("sources:suggest")
    assert client.get(url, {"q": "x"}).status_code == 302
    assert outsider_client.get(url, {"q": "x"}).status_code == 403
