"""Quotes everywhere: marked in their article, on the speaker's and the relaying source's
pages, in the quotes list (searchable), its exports and the API. The seed article's quotes
(Kim Jong-un via KCNA) are the case a newsroom asked for."""

import csv
import io
import json
from pathlib import Path

import pytest
from django.urls import reverse

from tests.factories import ArticleFactory, QuoteFactory, SourceFactory
from tracker.articles.models import Article
from tracker.sources.models import Source

pytestmark = pytest.mark.django_db
SEED = Path(__file__).resolve().parents[2] / "demo" / "articles" / "kim-mourns-soldiers.de.txt"


@pytest.fixture
def seed(journalist, django_capture_on_commit_callbacks):
    from tracker.articles.services import article_submit
    from tracker.claims.storage.sources import SourceResolver

    SourceResolver.clear_cache()  # ids cached by an earlier test were rolled back

    with django_capture_on_commit_callbacks(execute=True):
        result = article_submit(
            body=SEED.read_text(encoding="utf-8"),
            title="Kim trauert um Soldaten",
            language="de",
            publisher="Example",
            published=None,
            added_by=journalist,
            origin=Article.Origin.PASTE,
        )
    article = Article.objects.get(pk=result.article.pk)
    assert article.status == "done"
    return article


def test_the_seed_articles_quotes_are_marked_with_speaker_and_via(journalist_client, seed):
    quotes = list(seed.quotes.order_by("start"))
    assert len(quotes) == 2
    kim = quotes[0]
    assert kim.text.startswith("Mein Herz schmerzt")
    assert [s.name for s in kim.via.all()] == ["KCNA"]
    html = journalist_client.get(reverse("articles:detail", args=[seed.pk])).content.decode()
    assert f'<mark class="quote" id="quote-{kim.pk}" title="Quote: {kim.speaker.name} via KCNA"' in html
    assert "Quotes (2)" in html
    assert f'href="#quote-{kim.pk}"' in html


def test_kcnas_page_lists_the_quotes_it_passed_on(journalist_client, seed):
    kcna = Source.objects.get(name="KCNA")
    html = journalist_client.get(reverse("sources:detail", args=[kcna.pk])).content.decode()
    assert "Mein Herz schmerzt und ist verbittert" in html
    speaker = seed.quotes.order_by("start").first().speaker
    html = journalist_client.get(reverse("sources:detail", args=[speaker.pk])).content.decode()
    assert "Mein Herz schmerzt und ist verbittert" in html


def test_the_api_gives_an_articles_quotes(journalist_client, seed):
    data = journalist_client.get(reverse("api:article", args=[seed.pk])).json()
    first = data["quotes"][0]
    assert first["text"].startswith("Mein Herz schmerzt")
    assert first["speaker"]["as_written"] == "Kim"
    assert [v["name"] for v in first["via"]] == ["KCNA"]
    assert seed.body[first["start"] : first["end"]] == first["text"]


def test_the_quotes_list_and_api_search_by_words_source_and_article(journalist_client):
    kcna = SourceFactory(name="KCNA")
    kim = SourceFactory(name="Kim Jong-un", kind="person")
    article = ArticleFactory(body="«Wir trauern» sagte Kim laut KCNA. «Anderes» sagte jemand.")
    relayed = QuoteFactory(article=article, start=0, end=13, speaker=kim, speaker_name="Kim")
    relayed.via.add(kcna)
    other = QuoteFactory(article=article, start=35, end=44, speaker_name="jemand")
    url = reverse("claims:quotes")
    assert list(journalist_client.get(url).context["page"].items) == [relayed, other]
    assert list(journalist_client.get(url, {"source": kcna.pk}).context["page"].items) == [relayed]
    assert list(journalist_client.get(url, {"source_name": "kim jong-un"}).context["page"].items) == [relayed]
    assert list(journalist_client.get(url, {"source_name": "Kim"}).context["page"].items) == []
    assert list(journalist_client.get(url, {"q": "anderes"}).context["page"].items) == [other]
    api = journalist_client.get(reverse("api:quotes"), {"source": kcna.pk}).json()
    assert [q["id"] for q in api["results"]] == [relayed.pk]
    assert api["results"][0]["speaker"] == {
        "name": "Kim Jong-un",
        "source": kim.pk,
        "as_written": "Kim",
        "start": None,
        "end": None,
    }


def test_quotes_export_as_csv_json_and_excel(journalist_client, seed):
    from openpyxl import load_workbook

    url = reverse("claims:quote_export")
    raw = b"".join(journalist_client.get(url, {"article": seed.pk}).streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(raw)))
    assert rows[0]["via"] == "KCNA" and rows[0]["speaker_as_written"] == "Kim"
    data = json.loads(b"".join(journalist_client.get(url, {"format": "json"}).streaming_content))
    assert data[0]["via"] == ["KCNA"] and isinstance(data[0]["start"], int)
    response = journalist_client.get(url, {"format": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    cells = list(sheet.iter_rows(values_only=True))
    assert any("Mein Herz schmerzt" in (row[1] or "") for row in cells[1:])


def test_quote_pages_need_a_role(client, outsider_client):
    for name in ("claims:quotes", "claims:quote_export"):
        assert client.get(reverse(name)).status_code == 302
        assert outsider_client.get(reverse(name)).status_code == 403
    assert client.get(reverse("api:quotes")).status_code in (401, 403)


def test_the_quotes_list_has_a_fixed_query_count(journalist_client, django_assert_num_queries):
    kcna = SourceFactory(name="KCNA")
    for n in range(5):
        article = ArticleFactory(body=f"«Wir trauern» sagte Kim. ({n})")
        QuoteFactory(article=article, start=0, end=13, speaker=kcna).via.add(kcna)
    # session, user, user permissions, group permissions, quotes with speaker and article,
    # their via-sources, the total (capped count)
    with django_assert_num_queries(7):
        journalist_client.get(reverse("claims:quotes"))
