"""An editor groups two claims into a tracked figure; a journalist compares its sources.

Same browser, people and article as test_journeys.py (its fixtures and helpers are reused).
"""

import datetime
import re

import pytest

from tests.browser.test_journeys import _orm_beside_playwright, browser, log_in, newsroom, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
__all__ = ["_orm_beside_playwright", "browser", "newsroom"]  # fixtures, used by name

FIGURE = "North Korean troops in Russia"


def test_an_editor_tracks_two_claims_as_a_figure_and_a_journalist_compares_them(
    browser, live_server, newsroom
):
    from tracker.claims.models import Claim, Figure

    kcna_claim, cnn_claim, _wounded = newsroom["claims"]
    Claim.objects.filter(pk=kcna_claim.pk).update(period_start=datetime.date(2025, 6, 1), status="approved")
    Claim.objects.filter(pk=cnn_claim.pk).update(
        period_start=datetime.date(2025, 8, 1), period_end=datetime.date(2025, 8, 31)
    )

    page = log_in(browser, live_server, "erika")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Claims").click()
    page.wait_for_url(re.compile(r"/claims/$"))
    page.get_by_label(f"Select claim {kcna_claim.pk}").check()
    page.get_by_label(f"Select claim {cnn_claim.pk}").check()
    page.get_by_label("New figure’s name").fill(FIGURE)
    shot(page, "figures-1-editor-picks-two-claims")
    page.get_by_label("New figure’s name").press("Enter")  # tracks them, does not approve them
    page.wait_for_load_state()
    assert f"2 claim(s) tracked as {FIGURE}" in page.locator(".messages").inner_text()
    figure = Figure.objects.get(name=FIGURE)
    assert set(figure.claims.values_list("pk", flat=True)) == {kcna_claim.pk, cnn_claim.pk}
    assert Claim.objects.get(pk=cnn_claim.pk).status == "pending"
    page.goto(f"{live_server.url}/claims/{kcna_claim.pk}/")
    assert page.get_by_label("Track as").input_value() == str(figure.pk)
    assert page.get_by_role("link", name=FIGURE).is_visible()
    shot(page, "figures-1b-editor-claim-page")

    reader = log_in(browser, live_server, "jana")
    reader.get_by_role("navigation", name="Main").get_by_role("link", name="Figures").click()
    reader.wait_for_url(re.compile(r"/claims/figures/$"))
    shot(reader, "figures-2-journalist-figure-list")
    reader.get_by_role("link", name=FIGURE).click()
    reader.wait_for_url(re.compile(r"/claims/figures/\d+/$"))
    assert reader.get_by_role("heading", level=1).inner_text().startswith(FIGURE)
    legend = reader.get_by_role("list", name="Sources")
    assert legend.get_by_text("KCNA").is_visible()
    assert legend.get_by_text("US officials").is_visible()
    assert reader.locator("svg[role=img] .mark").count() == 2
    assert reader.locator("form[action$='/edit/']").count() == 0  # journalists do not edit
    shot(reader, "figures-3-journalist-figure-page")


def test_a_figure_page_reads_with_no_claims_and_with_many(browser, live_server, newsroom):
    from decimal import Decimal

    from tests.factories import AttributionFactory, ClaimFactory, FigureFactory, SourceFactory

    empty = FigureFactory(name="Wounded in Kursk", unit="wounded")
    busy = FigureFactory(name="Troops sent", unit="soldier", description="Estimates since autumn 2024.")
    sources = [SourceFactory(name=name) for name in ["KCNA", "CNN", "Reuters", "NIS", "Pentagon", "ISW"]]
    for n in range(36):
        source = sources[n % len(sources)]
        low = Decimal(8000 + 600 * n + 900 * (n % len(sources)))
        claim = ClaimFactory(
            figure=busy,
            value=low,
            value_high=low + 3000 if n % 5 == 0 else None,
            period_start=datetime.date(2024, 10, 1) + datetime.timedelta(days=11 * n),
            status="approved" if n % 3 else "pending",
        )
        AttributionFactory(claim=claim, source=source)

    page = log_in(browser, live_server, "jana")
    page.goto(f"{live_server.url}/claims/figures/{empty.pk}/")
    assert "No claims are tracked as this figure yet" in page.locator("main").inner_text()
    shot(page, "figures-4-no-claims")
    page.goto(f"{live_server.url}/claims/figures/{busy.pk}/")
    assert page.locator("svg[role=img] .mark").count() == 36
    assert page.get_by_role("list", name="Sources").get_by_role("listitem").count() == 6
    shot(page, "figures-5-many-claims")
    page.goto(f"{live_server.url}/claims/figures/")
    shot(page, "figures-6-list")
