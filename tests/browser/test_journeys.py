"""Two journeys through the real app in Debian's Chromium, driven by Playwright.

Never `playwright install`: the browser is the system's /usr/bin/chromium. Screenshots of
every page land in test-artifacts/screenshots/.
"""

import re
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PASSWORD = "correct-horse-battery"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BODY = (
    "Pjöngjang. Kim Jong-un hat gefallene Soldaten geehrt. "
    "Laut KCNA wurden etwa 12.000 Soldaten nach Russland geschickt. "
    "Nach Angaben aus offiziellen US-Kanälen laut CNN sind es 25.000 bis 30.000 Soldaten. "
    "Südkoreas Geheimdienst spricht von 4.700 Verletzten."
)

MENTIONS = {
    "KCNA": "KCNA",
    "CNN": "CNN",
    "US officials": "offiziellen US-Kanälen",
    "South Korean intelligence": "Südkoreas Geheimdienst",
}


@pytest.fixture(autouse=True)
def _orm_beside_playwright(monkeypatch):
    """Playwright's sync API runs an event loop in this thread; the ORM calls in these tests
    are plain synchronous ones all the same. Set per test only: the variable must not leak
    into the rest of the session (`check --deploy` refuses it)."""
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def browser():
    # without Chromium the test stopped before its fixtures (tests/conftest.py)
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def newsroom():
    """Roles (a transactional test flushes the migration's groups), people and one article."""
    import hashlib

    from django.apps import apps

    from tests.factories import ArticleFactory, AttributionFactory, ClaimFactory, SourceFactory, UserFactory
    from tracker.accounts.roles import sync_roles

    sync_roles(apps)
    people = {
        "journalist": UserFactory(username="jana", role="journalist"),
        "editor": UserFactory(username="erika", role="editor"),
        "second_editor": UserFactory(username="emil", role="editor"),
    }
    article = ArticleFactory(
        title="Kim ehrt Soldaten", body=BODY, content_hash=hashlib.sha256(BODY.encode()).hexdigest()
    )
    kcna = SourceFactory(name="KCNA", kind="state_media")
    cnn = SourceFactory(name="CNN", kind="news_outlet")
    officials = SourceFactory(name="US officials", kind="government")
    intelligence = SourceFactory(name="South Korean intelligence", kind="intelligence")

    def claim(words, value, *, value_high=None, chain=(), **extra):
        start = BODY.find(words)
        sentence_start = BODY.rfind(". ", 0, start) + 2
        sentence_end = BODY.find(".", start + len(words)) + 1
        made = ClaimFactory(
            article=article,
            start=start,
            end=start + len(words),
            text=words,
            sentence_start=sentence_start,
            sentence_end=sentence_end,
            value=Decimal(value),
            value_high=value_high,
            fingerprint=f"fp-{start}",
            **extra,
        )
        for order, source in enumerate(chain):
            words = MENTIONS[source.name]
            mention = BODY.find(words)
            AttributionFactory(
                claim=made,
                source=source,
                order=order,
                role="relay" if order else "origin",
                start=mention,
                end=mention + len(words),
                text=words,
            )
        return made

    claims = [
        claim("12.000 Soldaten", 12000, chain=[kcna]),
        claim(
            "25.000 bis 30.000 Soldaten",
            25000,
            value_high=Decimal(30000),
            chain=[officials, cnn],
            bound="exact",
            approximate=False,
        ),
        claim("4.700 Verletzten", 4700, chain=[intelligence], unit="wounded", bound="exact"),
    ]
    return {"people": people, "article": article, "claims": claims, "kcna": kcna}


def shot(page, name):
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def log_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    return page


def test_a_journalist_finds_a_kcna_claim_highlighted_in_its_article(browser, live_server, newsroom):
    page = log_in(browser, live_server, "jana")
    shot(page, "journalist-1-home-claims")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Sources").click()
    page.wait_for_url(re.compile(r"/sources/$"))
    shot(page, "journalist-2-sources")
    page.get_by_role("link", name="KCNA", exact=True).click()
    page.wait_for_url(re.compile(r"/sources/\d+/$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("KCNA")
    assert page.locator("svg[role=img] rect").count() >= 1
    shot(page, "journalist-3-source-kcna")
    page.get_by_role("link", name="about 12,000").click()
    page.wait_for_url(re.compile(r"/claims/\d+/$"))
    assert page.locator("#approve-form").count() == 0
    shot(page, "journalist-4-claim")
    page.get_by_role("link", name="Open the whole article").click()
    page.wait_for_url(re.compile(r"/articles/\d+/\?claim=\d+#claim-\d+$"))
    current = page.locator("mark.claim.current")
    assert current.inner_text() == "12.000 Soldaten"
    assert current.is_visible()
    assert page.locator("mark.source", has_text="KCNA").count() == 1
    shot(page, "journalist-5-article-highlighted")


def test_an_editor_works_the_queue_by_keyboard_and_a_stale_form_is_refused(browser, live_server, newsroom):
    from tracker.claims.models import Claim

    first, second, third = newsroom["claims"]
    page = log_in(browser, live_server, "erika")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Review queue").click()
    page.wait_for_url(re.compile(r"/claims/review/"))
    assert page.locator(".queue-item").get_attribute("data-claim") == str(first.pk)
    shot(page, "editor-1-queue")

    # j / k move along the queue.
    page.keyboard.press("j")
    page.wait_for_url(re.compile(rf"\?at={second.pk}$"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(rf"\?at={first.pk}$"))

    # A second editor opens the third claim now, before it is corrected.
    stale = log_in(browser, live_server, "emil")
    stale.goto(f"{live_server.url}/claims/{third.pk}/")
    shot(stale, "editor-2-second-editor-claim")

    # a approves the first claim; the queue goes on with the second.
    page.keyboard.press("a")
    page.wait_for_url(re.compile(rf"\?at={first.pk}$"))
    assert page.locator(".queue-item").get_attribute("data-claim") == str(second.pk)
    assert "Approved" in page.locator(".messages").inner_text()
    shot(page, "editor-3-approved")

    # f flags the second with a reason and a note.
    page.keyboard.press("f")
    focused = page.evaluate("document.activeElement.name")
    assert focused == "flag-reason"
    page.keyboard.type("Figure")  # type-ahead on the focused <select>
    page.select_option("select[name=flag-reason]", "figure_disputed")
    page.get_by_label("Note").first.fill("Other outlets report 20,000.")
    shot(page, "editor-4-flag-form")
    page.locator("#flag-form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"\?at={second.pk}$"))
    assert page.locator(".queue-item").get_attribute("data-claim") == str(third.pk)

    # e corrects the third claim's value.
    page.keyboard.press("e")
    assert page.evaluate("document.activeElement.name") == "correct-value"
    page.keyboard.press("Control+A")
    page.keyboard.type("4800")
    page.locator("textarea[name=correct-note]").fill("The ministry's figure is 4,800.")
    shot(page, "editor-5-correct-form")
    page.locator("#correct-form button[type=submit]").click()
    page.wait_for_url(re.compile(rf"\?at={third.pk}$"))
    assert "Nothing to review" in page.locator("main").inner_text()
    shot(page, "editor-6-queue-empty")

    # The second editor's form still carries version 1: refused, nothing changed.
    stale.locator("#approve-form button[type=submit]").click()
    stale.wait_for_load_state()
    assert "changed while you were looking at it" in stale.locator("main").inner_text()
    assert "The ministry's figure is 4,800." in stale.locator(".conflict").inner_text()
    shot(stale, "editor-7-stale-form-refused")

    statuses = {c.pk: (c.status, c.reason, c.value) for c in Claim.objects.all()}
    assert statuses[first.pk][0] == "approved"
    assert statuses[second.pk][:2] == ("flagged", "figure_disputed")
    assert statuses[third.pk] == ("approved", "", Decimal(4800))
    assert Claim.objects.get(pk=third.pk).history.first().history_user.username == "erika"


SELECT_WORDS = """(words) => {
  const body = document.getElementById("article-body");
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const at = node.data.indexOf(words);
    if (at >= 0) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      body.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
      return true;
    }
  }
  return false;
}"""


def test_an_editor_adds_a_missed_claim_by_selecting_its_words(browser, live_server, newsroom):
    import hashlib

    from tests.factories import ArticleFactory
    from tracker.claims.models import Claim

    # CRLF line ends and a character outside the BMP: offsets must still be Python's.
    body = "Erste Zeile 🙂.\r\nEs kamen 300 Menschen laut Polizei.\r\nDann 40 Autos."
    article = ArticleFactory(title="Demo", body=body, content_hash=hashlib.sha256(body.encode()).hexdigest())
    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    page.locator("#add-claim summary").click()
    assert page.evaluate(SELECT_WORDS, "40 Autos")
    page.wait_for_function("document.querySelector('[name=add-text]').value === '40 Autos'")
    form = page.locator("#claim-add-form")
    assert form.locator("[name=add-start]").input_value() == str(body.find("40 Autos"))
    form.get_by_label("Value").fill("40")
    form.get_by_label("Unit").fill("car")
    form.get_by_label("Sources").fill("Polizei")
    shot(page, "editor-8-add-claim")
    form.get_by_role("button", name="Add claim").click()
    page.wait_for_url(re.compile(r"/articles/\d+/\?claim=\d+#claim-\d+$"))
    claim = Claim.objects.get(article=article)
    assert (claim.start, claim.end, claim.text, claim.origin) == (
        body.find("40 Autos"),
        body.find("40 Autos") + 8,
        "40 Autos",
        "manual",
    )
    assert page.locator("mark.claim.current").inner_text() == "40 Autos"
    shot(page, "editor-9-claim-added")


def test_on_a_phone_each_claim_row_shows_its_source_status_and_article(browser, live_server, newsroom):
    """At 390 px the claims table scrolled sideways and only the Value column was in view:
    each row now stacks its cells, labelled, inside the screen."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server.url}/login/")
    page.get_by_label("Username").fill("erika")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/claims/")
    row = page.locator("tr.claim-row", has_text="12,000")
    for text in ("KCNA", "Pending", "Kim ehrt Soldaten", "Approve"):
        box = row.get_by_text(text, exact=True).first.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390, text
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    label = row.locator("td[data-label]").first.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Attributed to: "'
    shot(page, "phone-claims-list")
    context.close()


def test_a_stale_inline_approve_in_the_list_says_so_in_its_row(browser, live_server, newsroom):
    """htmx drops 4xx answers by default: approving a row another editor had just flagged left
    the row as it was ('Pending', 'Approve'), with no word of the refusal."""
    from tracker.claims.models import Claim
    from tracker.claims.services import claim_flag

    first = newsroom["claims"][0]
    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/claims/")
    row = page.locator(f"#claim-row-{first.pk}")
    claim_flag(
        claim=first, user=newsroom["people"]["second_editor"], version=1, reason="outdated", note="2023"
    )
    row.get_by_role("button", name="Approve", exact=True).click()
    page.wait_for_selector(f"#claim-row-{first.pk} .error")
    assert "Changed by someone else meanwhile" in row.inner_text()
    assert "Flagged" in row.inner_text()
    assert Claim.objects.get(pk=first.pk).status == "flagged"
    shot(page, "editor-inline-stale-approve")
