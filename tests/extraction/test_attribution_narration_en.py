"""English wire copy: a paragraph whose figures the account before does not reach (another
kind of figure over the break: narration) ends that account; the paragraphs after it take no
source from it."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-07-02").claims}


BASE = (
    "Ferry crossings fall\n\n"
    "Coastguard data showed 4,210 people had crossed the strait by ferry since January.\n\n"
    "{middle}\n\n"
    "That run ended with 312 people landing on Friday, the busiest day of the month."
)


def test_a_paragraph_of_narration_ends_the_account():
    found = _sources(BASE.format(middle="The harbour saw a lull of 9 days in May, blamed on storms."))
    assert found["4,210 people"] != []
    assert found["312 people"] == []


def test_a_paragraph_the_account_reaches_keeps_it():
    found = _sources(BASE.format(middle="Another 1,150 people crossed by small boat."))
    assert found["1,150 people"] != [] and found["312 people"] != []
