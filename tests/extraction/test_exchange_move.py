"""claims/market_day.exchange_move: a currency's move against another is the day's trading, not
the period the article's statistics are of. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub):
    return {c.text: c.when.start.isoformat() for c in extract(text, lang, pub).claims if c.when}


def test_a_currency_move_after_a_release_is_the_days():
    text = (
        "Prices data\n\nInflation eased to 3.2% in November, the statistics office said.\n\n"
        "The pound fell 0.6 cents against the dollar after the figures."
    )
    got = whens(text, "en", "2026-12-16")
    assert got["3.2%"] == "2026-11-01"
    assert got["0.6 cents"] == "2026-12-16"


def test_a_move_without_a_currency_after_it_keeps_the_statistics_period():
    text = (
        "Prices data\n\nInflation eased to 3.2% in November, the statistics office said.\n\n"
        "Food prices fell 0.6 percent against October."
    )
    got = whens(text, "en", "2026-12-16")
    assert got["0.6 percent"] != "2026-12-16"
