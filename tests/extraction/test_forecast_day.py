"""claims/dated.release_gives_way: a day ahead (or today) in a forecast's clause, "could fall on
Monday, the weather service said", is the forecast's day, not the day a release is dated.
Own sentences."""

from tracker.extraction import extract


def whens(text, pub):
    return {c.text: c.when.start.isoformat() for c in extract(text, "en", pub).claims if c.when}


def test_a_forecast_day_stays():
    text = (
        "Storms\n\nHeavy rain hit the valley on Saturday, flooding roads.\n\n"
        "Up to 3 more inches could fall on Monday, the weather service said."
    )
    got = whens(text, "2026-06-15")  # a Monday
    assert got["Up to 3 more inches"] == "2026-06-15"


def test_a_release_day_of_a_past_count_gives_way():
    text = (
        "Storms\n\nHeavy rain hit the valley on Saturday, flooding roads.\n\n"
        "Four people were injured, police said on Sunday."
    )
    got = whens(text, "2026-06-15")
    assert list(got.values()) == ["2026-06-13"]
