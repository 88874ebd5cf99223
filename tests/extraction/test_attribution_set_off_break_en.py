"""English: a break word set off by commas after the subject ("Imports, meanwhile, fell 3%")
steps out of the account before as one opening the sentence does ("Meanwhile, ...")."""

from tracker.extraction import extract

LEAD = "Trade figures\n\nExports rose 5% to £31bn in June, the statistics agency said on Friday. "


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-07-10").claims}


def test_a_set_off_meanwhile_ends_the_account():
    found = _sources(LEAD + "Imports, meanwhile, fell 3% to £40bn.")
    assert found["£31bn"] != []
    assert found["3%"] == found["£40bn"] == []


def test_an_opening_meanwhile_ends_it_alike():
    found = _sources(LEAD + "Meanwhile, imports fell 3% to £40bn.")
    assert found["3%"] == []


def test_without_the_break_word_the_account_goes_on():
    found = _sources(LEAD + "Imports fell 3% to £40bn.")
    assert found["3%"] != []


def test_a_break_word_not_set_off_is_no_break():
    found = _sources(LEAD + "Imports fell 3% to £40bn, meanwhile.")
    assert found["3%"] != []
