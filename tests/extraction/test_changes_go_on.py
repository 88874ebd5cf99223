"""claims/assemble: over a paragraph break of English copy, a sentence of bare changes right
after a sentence of changes dated by a past period keeps that period. Own sentences."""

from tracker.extraction import extract


def whens(text, pub="2026-05-12"):
    return {c.text: c.when.start.isoformat() for c in extract(text, "en", pub).claims if c.when}


def test_bare_changes_after_a_dated_paragraph_of_changes():
    text = (
        "Port volumes\n\nContainer traffic rose 6.1% in April, the port said.\n\n"
        "Bulk cargo gained 2.4% and car shipments fell 1.7%."
    )
    got = whens(text)
    assert got["2.4%"] == got["1.7%"] == "2026-04-01"


def test_no_carry_after_a_forecast():
    text = "Port volumes\n\nTraffic should rise 3% in early 2027, the port said.\n\nBulk cargo gained 2.4%."
    assert whens(text)["2.4%"] != "2027-01-01"
