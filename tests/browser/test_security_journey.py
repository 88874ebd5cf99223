"""Under the Content-Security-Policy, in Chromium: no page reports a violation, the behaviour
moved out of inline handlers still works, and a burst of wrong passwords locks the log-in."""

import pytest

from tests.browser.test_journeys import ARGS, PASSWORD, browser, log_in, newsroom, shot  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture(autouse=True)
def _orm_beside_playwright(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def watch_violations(page) -> list[str]:
    """Console messages of the policy refusing something (script, style, handler, eval)."""
    seen = []
    page.on(
        "console",
        lambda message: seen.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return seen


def eventually(page, check, seconds: float = 10.0) -> bool:
    """Whether ``check()`` comes true within ``seconds``, asked every 100 ms: a loaded machine
    may take longer than any fixed wait to finish a form post or an htmx swap."""
    for _ in range(int(seconds * 10)):
        if check():
            return True
        page.wait_for_timeout(100)
    return check()


def test_no_page_breaks_the_policy_and_confirmations_still_ask(browser, live_server, newsroom):  # noqa: F811
    from tracker.articles.models import Feed

    Feed.objects.create(url="https://example.org/feed.xml", title="Beispiel")
    page = log_in(browser, live_server, "erika")
    violations = watch_violations(page)
    article = newsroom["article"]
    claim = newsroom["claims"][0]
    for path in [
        "/claims/review/",
        "/claims/",
        f"/claims/{claim.pk}/",
        f"/articles/{article.pk}/",
        "/articles/",
        "/articles/add/",
        "/articles/feeds/",
        "/sources/",
        f"/sources/{newsroom['kcna'].pk}/",
        "/claims/figures/",
    ]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    assert violations == []

    # Unsubscribing asks first (static/js/forms.js, was an inline onsubmit): dismissed, it stays.
    page.goto(f"{live_server.url}/articles/feeds/")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.get_by_role("button", name="Unsubscribe from Beispiel").click()
    page.wait_for_timeout(300)
    assert Feed.objects.count() == 1
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Unsubscribe from Beispiel").click()
    assert eventually(page, lambda: Feed.objects.count() == 0)

    # The review buttons (htmx) still swap their row under the policy.
    page.goto(f"{live_server.url}/claims/")
    row = page.locator(f"#claim-row-{claim.pk}")
    row.get_by_role("button", name="Approve").click()
    assert eventually(page, lambda: claim.__class__.objects.get(pk=claim.pk).status == "approved")
    assert violations == []
    shot(page, "security-claims-under-csp")


def test_six_wrong_passwords_lock_the_login_and_say_how_long(browser, live_server, newsroom):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    for attempt in range(6):
        page.goto(f"{live_server.url}/login/")
        page.get_by_label("Username").fill("jana")
        page.get_by_label("Password").fill(PASSWORD if attempt == 5 else f"wrong-{attempt}")
        page.get_by_role("button", name="Log in").click()
        page.wait_for_load_state()
    alert = page.get_by_role("alert").inner_text()
    # the 6th attempt, during the lockout, counts too: the wait has grown from 1 to 2 minutes
    assert "Too many failed log-ins" in alert and "Try again in 2 minutes" in alert
    assert "/login/" in page.url
    shot(page, "security-login-locked")
