"""A newsroom's daily use in the real browser (Debian's Chromium through Playwright): an exact
source pick, a status that turns to done without a reload, quotes that open in place, sources
kept clean, select-all with a confirmation, values as German writes them, a PDF in and Excel
out, and a batch upload's progress. Screenshots land in test-artifacts/screenshots/.

Same browser, people and article as test_journeys.py (its fixtures and helpers are reused).
"""

import io
import re
from pathlib import Path

import pytest

from tests.browser.test_journeys import _orm_beside_playwright, browser, log_in, newsroom, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["_orm_beside_playwright", "browser", "newsroom"]  # fixtures, used by name

SEED = Path(__file__).resolve().parents[2] / "demo" / "articles" / "kim-mourns-soldiers.de.txt"


@pytest.fixture
def nis(newsroom):
    """South Korea's intelligence service, called NIS; a ministry whose name contains 'nis'."""
    from tests.factories import AttributionFactory, SourceAliasFactory, SourceFactory
    from tracker.sources.models import Source

    intelligence = Source.objects.get(name="South Korean intelligence")
    SourceAliasFactory(source=intelligence, text="NIS", language="")
    ministry = SourceFactory(name="Ministry of Defence", kind="government")
    AttributionFactory(claim=newsroom["claims"][1], source=ministry, order=2, role="relay")
    return intelligence, ministry


def test_a_journalist_picks_nis_and_gets_only_its_claims_also_in_excel(browser, live_server, newsroom, nis):
    from openpyxl import load_workbook

    from tracker.claims.models import Claim

    intelligence, _ministry = nis
    Claim.objects.filter(pk=newsroom["claims"][2].pk).update(subject="Verletzte Südkoreaner")
    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/claims/")
    box = page.get_by_label("Source", exact=True)
    box.press_sequentially("NIS", delay=60)
    page.wait_for_function(
        "id => document.getElementById('id_source').value === id", arg=str(intelligence.pk), timeout=5000
    )
    assert page.locator("#source-suggestions option").count() >= 2  # NIS and the miNIStry
    shot(page, "newsroom-1-source-picker")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(rf"[?&]source={intelligence.pk}(&|$)"))
    assert "source_name" not in page.url
    rows = page.locator("tr.claim-row")
    assert rows.count() == 1 and "4,700" in rows.first.inner_text()
    assert "1 claim" in page.locator("h1 .total").inner_text()
    shot(page, "newsroom-2-only-nis")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export Excel").click()
    sheet = load_workbook(io.BytesIO(Path(download.value.path()).read_bytes())).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    assert len(rows) == 2 and rows[1][header.index("subject")] == "Verletzte Südkoreaner"
    assert rows[1][header.index("value")] == 4700


def test_a_queued_article_turns_to_done_without_a_reload(browser, live_server, newsroom):
    from tests.factories import ArticleFactory, ClaimFactory
    from tracker.articles.models import Article

    article = ArticleFactory(title="Warteschlange", status=Article.Status.QUEUED)
    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    status = page.locator("#article-status")
    assert "Waiting for a worker" in status.inner_text()
    shot(page, "newsroom-3-queued")
    # A worker picks it up and finishes while the page stays open.
    Article.objects.filter(pk=article.pk).update(status=Article.Status.EXTRACTING)
    page.wait_for_function(
        "() => document.getElementById('article-status').innerText.includes('Extracting')", timeout=6000
    )
    ClaimFactory(article=article)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.DONE)
    page.wait_for_function(
        "() => document.getElementById('article-status').innerText.includes('1 claim found')", timeout=6000
    )
    assert "Extraction: Done" in status.inner_text()
    shot(page, "newsroom-4-done-without-reload")


def test_the_seed_articles_quotes_show_and_open_in_place(browser, live_server, newsroom):
    from tracker.articles.models import Article
    from tracker.articles.services import article_submit
    from tracker.claims.storage.sources import SourceResolver

    SourceResolver.clear_cache()
    article = article_submit(
        title="Kim trauert", body=SEED.read_text(encoding="utf-8"), language="de", origin=Article.Origin.PASTE
    ).article
    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.wait_for_function("() => document.getElementById('article-status').innerText.includes('Done')")
    page.reload()
    quotes = page.locator("#article-body mark.quote")
    assert quotes.count() >= 2
    assert "via KCNA" in quotes.first.get_attribute("title")
    quotes.first.click()
    card = page.locator(".quotes li.current")
    assert card.count() == 1 and "KCNA" in card.inner_text()
    shot(page, "newsroom-5-quote-opened-in-place")
    first_claim = page.locator("#article-body mark.claim").first
    first_claim.focus()
    page.keyboard.press("Enter")
    assert page.locator(".claim-cards li.current").count() == 1
    assert "claim=" in page.url
    page.get_by_role("link", name="KCNA").first.click()
    page.wait_for_url(re.compile(r"/sources/\d+/$"))
    assert "Mein Herz schmerzt" in page.locator("#quotes-heading + ol").inner_text()
    shot(page, "newsroom-6-kcna-quotes")


def test_an_editor_cleans_up_sources(browser, live_server, newsroom):
    from tests.factories import SourceFactory
    from tracker.sources.models import Source

    SourceFactory(name="the agency", kind="other", verified=False)
    junk = SourceFactory(name="Haushaltsentwurf", kind="other", verified=False)
    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/sources/")
    page.get_by_role("link", name="Unverified sources, most used first").click()
    page.wait_for_url(re.compile(r"/sources/unverified/$"))
    shot(page, "newsroom-7-unverified")
    page.get_by_role("button", name="Delete Haushaltsentwurf").click()
    page.wait_for_load_state()
    assert "Haushaltsentwurf was deleted." in page.locator(".messages").inner_text()
    assert not Source.objects.filter(pk=junk.pk).exists()
    agency = Source.objects.get(name="the agency")
    page.goto(f"{live_server.url}/sources/{agency.pk}/edit/")
    page.locator("#id_name").fill("Yonhap")
    page.locator("#id_kind").select_option("news_agency")
    page.locator("#id_country").fill("South Korea")
    page.locator("#id_verified").check()
    page.get_by_role("button", name="Save").click()
    page.wait_for_url(re.compile(rf"/sources/{agency.pk}/$"))
    page.goto(f"{live_server.url}/sources/{agency.pk}/edit/")
    page.locator("#id_alias-text").fill("Yonhap News Agency")
    page.locator("#id_alias-language").select_option("en")
    page.get_by_role("button", name="Add alias").click()
    page.wait_for_load_state()
    history = page.locator("table.history").inner_text()
    assert "Alias added: Yonhap News Agency (en)" in history and "erika" in history
    assert "Alias added: the agency (any language)" in history
    shot(page, "newsroom-8-source-edited")


def test_an_editor_rejects_all_matching_claims_after_confirming_the_count(browser, live_server, newsroom):
    from tracker.claims.models import Claim

    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/claims/?status=pending")
    assert "All 3 claims matching the filters" in page.locator(".select-all").inner_text()
    page.locator("#bulk_select_all").check()
    page.locator("#bulk_reason").select_option("not_a_claim")
    page.get_by_role("button", name="Reject", exact=True).click()
    page.wait_for_url(re.compile(r"/claims/bulk/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Rejected: 3 claims?"
    shot(page, "newsroom-9-confirm-select-all")
    page.get_by_role("button", name="Yes, reject 3 claims").click()
    page.wait_for_load_state()
    assert "3 claim(s) rejected." in page.locator(".messages").inner_text()
    assert Claim.objects.filter(status="rejected").count() == 3


def test_an_editor_types_a_german_value_and_sees_how_it_is_read(browser, live_server, newsroom):

    claim = newsroom["claims"][0]
    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/claims/{claim.pk}/")
    assert page.locator("#id_correct-value").input_value() == "12,000"  # English pages, English numbers
    page.get_by_role("button", name="Deutsch").click()  # the header's switch; stored on her profile
    page.wait_for_load_state()
    value = page.locator("#id_correct-value")
    assert value.input_value() == "12.000"
    value.fill("11.000")
    page.wait_for_function(
        "() => document.getElementById('id_correct-value-read').innerText.includes('Gelesen als 11.000')"
    )
    assert "11,000 in englischer Schreibweise" in page.locator("#id_correct-value-read").inner_text()
    page.locator("#id_correct-note").fill("Zahl im Original geprüft")
    shot(page, "newsroom-10-value-read")
    page.locator("#correct-form").get_by_role("button").first.click()
    page.wait_for_load_state()
    claim.refresh_from_db()
    assert claim.value == 11000 and claim.corrected
    page.goto(f"{live_server.url}/claims/?corrected=yes")
    assert page.locator("tr.claim-row .badge.corrected").count() == 1


def test_a_journalist_uploads_a_pdf_and_a_batch(browser, live_server, newsroom):
    from tests.articles.documents import pdf

    release = pdf(
        [["Pressemitteilung"], ["Laut Polizei kamen am Montag rund 2.500 Menschen zur Kundgebung."]]
    )
    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/articles/add/upload/")
    page.locator("input[type=file]").set_input_files(
        [{"name": "pressemitteilung.pdf", "mimeType": "application/pdf", "buffer": release}]
    )
    page.get_by_label("Language").select_option("de")
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(re.compile(r"/articles/\d+/$"))
    page.wait_for_function("() => document.getElementById('article-status').innerText.includes('Done')")
    page.reload()
    assert page.locator("#article-body mark.claim", has_text="rund 2.500 Menschen").count() == 1
    shot(page, "newsroom-11-pdf-article")
    page.goto(f"{live_server.url}/articles/add/upload/")
    records = "\n".join(
        f'{{"title": "Meldung {n}", "body": "Laut Polizei kamen rund {n}.500 Menschen.", "language": "de"}}'
        for n in range(1, 6)
    )
    page.locator("input[type=file]").set_input_files(
        [{"name": "batch.jsonl", "mimeType": "application/json", "buffer": records.encode()}]
    )
    page.get_by_role("button", name="Upload").click()
    page.wait_for_url(re.compile(r"/articles/batch/"))
    page.wait_for_function(
        "() => document.getElementById('batch-heading').innerText.includes('5 of 5 articles extracted')"
    )
    assert page.locator("#batch-progress progress").get_attribute("value") == "5"
    shot(page, "newsroom-12-batch-progress")
