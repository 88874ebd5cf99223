"""Every page of the main journeys passes axe-core (WCAG 2.1 A and AA rules) with no serious
or critical violation, in English and in German; every action is reachable by keyboard with a
visible focus; errors are announced.

axe-core comes from npm (package.json, `npm ci`); its script is evaluated in the page through
the DevTools protocol, which the Content-Security-Policy does not govern. Each page's full
result goes to artifacts/axe/<page>.json (CI keeps the folder), a summary to
artifacts/axe/summary.json.
"""

import datetime
import json
import re
from pathlib import Path

import pytest

from tests.browser.test_journeys import _orm_beside_playwright, browser, log_in, newsroom, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["_orm_beside_playwright", "browser", "newsroom"]  # fixtures, used by name

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
REPORTS = ROOT / "artifacts" / "axe"
BLOCKING = {"serious", "critical"}
RULES = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def axe_source():
    if not AXE.exists():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `npm ci` (make test does)", pytrace=False)
    REPORTS.mkdir(parents=True, exist_ok=True)
    return AXE.read_text(encoding="utf-8")


def audit(page, name: str, axe_source: str) -> list[dict]:
    """Runs axe on the page as it stands; writes the report; returns the blocking violations."""
    page.wait_for_load_state("networkidle")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    result = page.evaluate(
        "async (tags) => await axe.run(document,"
        " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        RULES,
    )
    report = {
        "page": name,
        "url": page.url,
        "axe": result.get("testEngine", {}).get("version"),
        "violations": result["violations"],
        "passes": len(result.get("passes", [])),
    }
    (REPORTS / f"{name}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    blocking = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"][:5]],
        }
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]
    summary_path = REPORTS / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    summary[name] = {
        "url": page.url,
        "violations": {v["id"]: v["impact"] for v in result["violations"]},
        "serious_or_critical": len(blocking),
    }
    summary_path.write_text(json.dumps(summary, indent=2, sort_keys=True), encoding="utf-8")
    return blocking


def _figure(newsroom):
    from tracker.claims.models import Claim, Figure

    kcna_claim, cnn_claim, _wounded = newsroom["claims"]
    figure = Figure.objects.create(name="North Korean troops in Russia", unit="soldier")
    Claim.objects.filter(pk=kcna_claim.pk).update(
        figure=figure, period_start=datetime.date(2025, 6, 1), status="approved"
    )
    Claim.objects.filter(pk=cnn_claim.pk).update(
        figure=figure, period_start=datetime.date(2025, 8, 1), period_end=datetime.date(2025, 8, 31)
    )
    return figure


def journey_pages(live_server, newsroom):
    article = newsroom["article"]
    claim = newsroom["claims"][0]
    figure = _figure(newsroom)
    return [
        ("claims-list", "/claims/"),
        ("article-highlights", f"/articles/{article.pk}/?claim={claim.pk}#claim-{claim.pk}"),
        ("review-queue", "/claims/review/"),
        ("claim", f"/claims/{claim.pk}/"),
        ("figure-chart", f"/claims/figures/{figure.pk}/"),
        ("figures", "/claims/figures/"),
        ("sources", "/sources/"),
        ("source", f"/sources/{newsroom['kcna'].pk}/"),
        ("add-article", "/articles/add/"),
        ("articles", "/articles/"),
        ("quotes", "/claims/quotes/"),
    ]


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_main_journeys_pages_have_no_serious_or_critical_axe_violation(
    browser, live_server, newsroom, axe_source, language
):
    failures = {}
    login = browser.new_context(viewport={"width": 1280, "height": 900}, locale=language).new_page()
    login.goto(f"{live_server.url}/login/")
    failures[f"{language}-login"] = audit(login, f"{language}-login", axe_source)
    login.get_by_label("Username" if language == "en" else "Benutzername").fill("erika")
    login.get_by_label("Password" if language == "en" else "Passwort").fill("wrong")
    login.get_by_role("button", name="Log in" if language == "en" else "Anmelden").click()
    login.wait_for_load_state()
    failures[f"{language}-login-error"] = audit(login, f"{language}-login-error", axe_source)

    page = log_in(browser, live_server, "erika")
    if language == "de":
        page.get_by_role("button", name="Deutsch").click()
        page.wait_for_load_state()
        assert page.locator("html").get_attribute("lang") == "de"
    for name, path in journey_pages(live_server, newsroom):
        page.goto(f"{live_server.url}{path}")
        failures[f"{language}-{name}"] = audit(page, f"{language}-{name}", axe_source)
        shot(page, f"a11y-{language}-{name}")
    # a form sent with an error: the error is announced and tied to its field
    page.goto(f"{live_server.url}/articles/add/")
    form = page.locator("form[action$='/articles/add/']")
    form.evaluate("form => { form.noValidate = true; }")  # the server's errors, not the browser's
    form.locator("button[type=submit]").click()
    page.wait_for_load_state()
    failures[f"{language}-add-article-errors"] = audit(page, f"{language}-add-article-errors", axe_source)
    body = page.locator("#id_body")
    assert body.get_attribute("aria-invalid") == "true"
    assert "id_body_error" in body.get_attribute("aria-describedby")
    assert page.locator("#id_body_error[role=alert]").count() == 1
    blocking = {name: found for name, found in failures.items() if found}
    assert not blocking, json.dumps(blocking, indent=2)


def test_every_action_is_reachable_by_keyboard_with_a_visible_focus(browser, live_server, newsroom):
    page = log_in(browser, live_server, "erika")
    page.goto(f"{live_server.url}/claims/")
    page.keyboard.press("Tab")
    first = page.evaluate("() => document.activeElement.textContent.trim()")
    assert first == "Skip to content"
    seen = []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            """() => {
              const el = document.activeElement;
              const style = getComputedStyle(el);
              // a date box's last stop is its own calendar button (inside the box's shadow tree,
              // so the box no longer matches :focus): ringed by app.css's picker rule
              const picker = el.type === 'date' && !el.matches(':focus');
              const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                || style.boxShadow !== 'none' || picker;
              const text = el.innerText || el.value || el.getAttribute('aria-label') || '';
              return {tag: el.tagName, id: el.id, type: el.type || '', text: text.trim().slice(0, 40),
                      visible};
            }"""
        )
        if focused["tag"] == "BODY":  # past the last control: the browser's own UI is next
            break
        seen.append(focused)
    names = [item["text"] for item in seen]
    # the header's links and the language switch, the filters, the review buttons of the rows
    for wanted in ("Claims", "Deutsch", "Filter", "Approve"):
        assert any(name.startswith(wanted) for name in names), (wanted, names)
    hidden = [item for item in seen if not item["visible"]]
    assert not hidden, hidden
    # the inline flag opens from the keyboard
    flag = page.locator("details.inline-flag summary").first
    flag.focus()
    page.keyboard.press("Enter")
    assert page.locator("details.inline-flag").first.get_attribute("open") is not None


def test_highlights_and_badges_do_not_rely_on_colour_alone(browser, live_server, newsroom):
    article = newsroom["article"]
    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/articles/{article.pk}/")
    styles = page.evaluate(
        """() => ['claim', 'source', 'quote'].map(kind => {
             const mark = document.querySelector('#article-body mark.' + kind);
             if (!mark) return null;
             const s = getComputedStyle(mark);
             return {kind, line: s.textDecorationLine, style: s.textDecorationStyle,
                     border: s.borderBottomStyle, font: s.fontStyle};
           })"""
    )
    drawn = [s for s in styles if s]
    assert len(drawn) >= 2
    # each kind is told apart by a line of its own, not by its colour alone
    shapes = {(s["line"], s["style"], s["border"], s["font"]) for s in drawn}
    assert len(shapes) == len(drawn), drawn
    assert all(s["line"] != "none" or s["border"] != "none" for s in drawn), drawn
    page.goto(f"{live_server.url}/claims/")
    badges = page.locator("td .badge")
    assert badges.count() >= 3
    assert all(re.search(r"\w", text) for text in badges.all_inner_texts())  # a word, not a colour
