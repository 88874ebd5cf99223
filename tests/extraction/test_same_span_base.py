"""time/bases.py: "a 5% gain on the same month a year ago" compares with its base; the figure
keeps the period named before ("in May"). Own sentences."""

from tracker.extraction import extract


def whens(text):
    return {c.text: c.when.start.isoformat() for c in extract("Head\n\n" + text, "en", "2026-06-12").claims}


def test_a_change_on_the_same_month_last_year_is_of_the_month_named():
    got = whens("The port handled 410,000 containers in May, a 5.2% increase on the same month a year ago.")
    assert got["5.2%"] == "2026-05-01"
    got = whens("Sales reached £3.1m in the quarter to March, a 4% fall on the same quarter last year.")
    assert got["4%"] == "2026-01-01"


def test_a_rise_from_a_day_is_no_base():
    got = whens("Nurses were given a 2.5% increase from 1 April, the trust said.")
    assert got["2.5%"] == "2026-04-01"
