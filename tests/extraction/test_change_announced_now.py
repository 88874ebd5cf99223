"""Shares and prices of a change announced for a day ahead (issue 15q): in an article of
"Tariferhöhungen zum 1. März", a share of a sentence that announces the change and is dated
only by "bislang" is of the day the change takes effect; a count of how many have announced so
far stays of today, and a sentence naming no change keeps "bislang". Sentences written for
these tests."""

from tracker.extraction import extract


def _whens(text, published="2026-12-01"):
    return {c.text: (str(c.when.start), str(c.when.end)) for c in extract(text, "de", published).claims}


_LEAD = "Mehrere Stadtwerke haben Tariferhöhungen zum 1. Februar angekündigt. "


def test_a_share_of_the_change_announced_is_of_its_day():
    got = _whens(_LEAD + "Bislang wollen 40 Stadtwerke ihre Wassertarife um 5,5 Prozent erhöhen.")
    assert got["5,5 Prozent"][0].startswith("2027-02")


def test_the_count_of_those_announcing_so_far_stays_of_today():
    got = _whens(_LEAD + "Bislang wollen 40 Stadtwerke ihre Wassertarife um 5,5 Prozent erhöhen.")
    assert got["40 Stadtwerke"] == ("2026-12-01", "2026-12-01")


def test_a_share_without_a_change_keeps_bislang():
    got = _whens(_LEAD + "Bislang nutzen 35 Prozent der Haushalte einen Sondervertrag.")
    assert got["35 Prozent"] == ("2026-12-01", "2026-12-01")
