"""One figure, many reports: CNN and KCNA disagree, Yonhap repeats CNN, CNN revises.

An editor builds the figure from CNN's claim and accepts the suggestions of the next articles
by key; a journalist who follows the figure is told in the app, by email and in its feed.
"""

import datetime
import re

import pytest
from django.core import mail

from tests.browser.test_journeys import _orm_beside_playwright, browser, log_in, newsroom, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["_orm_beside_playwright", "browser", "newsroom"]  # fixtures, used by name

FIGURE = "North Korean troops in Russia"
CNN = "According to CNN, 15,000 North Korean soldiers are in Russia."
KCNA = "North Korea has sent 10,000 soldiers to Russia, KCNA said."
YONHAP = "Yonhap, citing CNN, reported that 15,000 North Korean soldiers are in Russia."
CNN_LATER = "According to CNN, 12,000 North Korean soldiers are now in Russia."


def store(title: str, text: str, published: datetime.date):
    """An article as the pipeline stores it: extracted, claims saved, figures suggested."""
    from tests.factories import ArticleFactory
    from tracker.articles.models import Article
    from tracker.claims.storage import extraction_store
    from tracker.extraction import extract

    article = ArticleFactory(
        title=title, body=text, language="en", published=published, status=Article.Status.EXTRACTING
    )
    extraction_store(article=article, result=extract(text, language="en", published=published).to_dict())
    (claim,) = article.claims.all()
    return claim


def test_conflict_repeat_notification_and_revision(browser, live_server, newsroom):
    from tracker.claims.models import Figure
    from tracker.claims.storage.sources import SourceResolver

    SourceResolver.clear_cache()  # ids of sources flushed by earlier transactional tests
    jana = newsroom["people"]["journalist"]
    jana.email = "jana@example.org"
    jana.save()
    cnn = store("CNN: troops", CNN, datetime.date(2025, 8, 1))

    # The editor makes the figure from CNN's claim.
    editor = log_in(browser, live_server, "erika")
    editor.goto(f"{live_server.url}/claims/{cnn.pk}/")
    assert "No tracked figure seems to fit this claim" in editor.locator(".suggestions").inner_text()
    editor.get_by_label("New figure from this claim").fill(FIGURE)
    editor.get_by_role("button", name="Create and track").click()
    editor.wait_for_url(re.compile(r"/claims/figures/\d+/$"))
    figure = Figure.objects.get(name=FIGURE)
    shot(editor, "reports-1-figure-from-cnn")

    # The journalist follows it.
    reader = log_in(browser, live_server, "jana")
    reader.goto(f"{live_server.url}/claims/figures/{figure.pk}/")
    with reader.expect_navigation():
        reader.get_by_role("button", name="Follow this figure").click()
    assert reader.get_by_role("button", name="Unfollow").is_visible()

    # KCNA and Yonhap come in; each is suggested for the figure, with the reasons.
    kcna = store("KCNA: troops", KCNA, datetime.date(2025, 8, 3))
    yonhap = store("Yonhap: troops", YONHAP, datetime.date(2025, 8, 5))
    editor.goto(f"{live_server.url}/claims/review/?at={kcna.pk}")
    suggestion = editor.locator(".suggestion").first
    assert (
        FIGURE in suggestion.inner_text()
        and "same words: North Korea, Russia, soldier" in suggestion.inner_text()
    )
    shot(editor, "reports-2-queue-suggestion")
    with editor.expect_navigation():
        editor.keyboard.press("t")  # accept
    assert f"Claim #{kcna.pk} tracked as {FIGURE}" in editor.locator(".messages").inner_text()
    editor.goto(f"{live_server.url}/claims/{yonhap.pk}/")
    assert "same source: CNN" in editor.locator(".suggestion").first.inner_text()
    with editor.expect_navigation():
        editor.keyboard.press("t")
    assert set(figure.claims.values_list("pk", flat=True)) == {cnn.pk, kcna.pk, yonhap.pk}

    # The figure page: one open conflict (CNN vs KCNA), one repeat (Yonhap relaying CNN).
    reader.goto(f"{live_server.url}/claims/figures/{figure.pk}/")
    conflicts = reader.get_by_role("list", name="Open conflicts").get_by_role("listitem")
    assert conflicts.count() == 1
    assert re.search(r"CNN 15,000 .* vs KCNA 10,000", conflicts.first.inner_text())
    assert reader.get_by_role("list", name="Repeats").get_by_role("listitem").count() == 1
    assert "first said by CNN" in reader.get_by_role("list", name="Repeats").inner_text()
    assert reader.locator("svg .conflict-line").count() == 1
    shot(reader, "reports-3-conflict-and-repeat")

    # The follower was told: the count in the header, the list, an email, the feed.
    reader.reload()
    header_count = reader.locator(".notifications-link .count")
    header_count.filter(has_text="(2)").wait_for()
    reader.locator(".notifications-link").click()
    reader.wait_for_url(re.compile(r"/notifications/$"))
    listed = reader.get_by_role("list", name="Notifications").inner_text()
    assert "New source for North Korean troops in Russia: KCNA 10,000" in listed
    assert (
        "Conflict on North Korean troops in Russia: CNN 15,000 (1 Aug 2025) vs KCNA 10,000 (3 Aug 2025)"
        in listed
    )
    shot(reader, "reports-4-notifications")
    assert [m.to for m in mail.outbox] == [["jana@example.org"], ["jana@example.org"]]
    feed = reader.request.get(f"{live_server.url}/notifications/figures/{figure.pk}/feed/").text()
    assert feed.count("<entry>") == 3 and "Conflict on North Korean troops in Russia" in feed

    # A feed reader cannot log in: the journalist makes a secret feed address for it.
    reader.get_by_role("link", name="feeds").click()
    reader.get_by_role("button", name="Make feed addresses").click()
    address = reader.get_by_label(f"Feed address of {FIGURE}").input_value()
    assert "/notifications/feed/" in address and f"/figures/{figure.pk}/" in address
    shot(reader, "reports-4b-feed-addresses")
    feed_reader = browser.new_context()  # no session
    read = feed_reader.request.get(address)
    assert read.ok and read.text().count("<entry>") == 3
    assert feed_reader.request.get(f"{live_server.url}/notifications/figures/{figure.pk}/feed/").url.endswith(
        f"/login/?next=/notifications/figures/{figure.pk}/feed/"
    )  # the logged-in feed sends it to the login page
    reader.get_by_role("button", name="Revoke the addresses").click()
    assert feed_reader.request.get(address).status == 404
    feed_reader.close()

    # CNN revises to 12,000: a revision, and a step in CNN's line.
    later = store("CNN: fewer troops", CNN_LATER, datetime.date(2025, 10, 1))
    editor.goto(f"{live_server.url}/claims/{later.pk}/")
    with editor.expect_navigation():
        editor.keyboard.press("t")
    reader.goto(f"{live_server.url}/claims/figures/{figure.pk}/")
    revisions = reader.get_by_role("list", name="Revisions").get_by_role("listitem")
    assert revisions.count() == 1
    assert re.search(r"CNN: 15,000 .*→ 12,000", revisions.first.inner_text())
    assert reader.locator("svg .series[data-source='CNN'] path.step").count() == 1
    shot(reader, "reports-5-revision")
