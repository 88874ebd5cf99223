"""time/back_refs: "a day earlier" after a day named in the sentence is the day before that day,
not the day before publication. Own sentences."""

from tracker.extraction import extract


def whens(text, pub="2025-09-18"):  # a Thursday
    return {c.text: c.when.start.isoformat() for c in extract("Head\n\n" + text, "en", pub).claims if c.when}


def test_a_day_earlier_than_the_day_named():
    got = whens("Crews said on Tuesday the fire was 30 percent contained, up from 12 percent a day earlier.")
    assert got["30 percent"] == "2025-09-16"
    assert got["12 percent"] == "2025-09-15"


def test_without_a_day_named_a_day_earlier_is_before_publication():
    got = whens("The fire was 30 percent contained, up from 12 percent a day earlier.")
    assert got["12 percent"] == "2025-09-17"
