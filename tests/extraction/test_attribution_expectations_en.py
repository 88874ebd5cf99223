"""English: a sentence whose subject is an expectation ("The market expectation for sales was
a rise of 2.4%") is the forecasters' figure: the account before does not reach it and goes on
after it."""

from tracker.extraction import extract

TEXT = (
    "Retail sales rise\n\n"
    "Retail sales rose 1.9% in May, the statistics office said on Friday.\n\n"
    "{middle}\n\n"
    "Online sales climbed 4.2% over the month."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-12").claims}


def test_the_market_expectation_takes_no_carried_source():
    found = _sources(TEXT.format(middle="The market expectation for May was a rise of 2.4%."))
    assert found["2.4%"] == []
    assert found["4.2%"] != []  # the account goes on after it


def test_expectations_were_for_takes_none_either():
    found = _sources(TEXT.format(middle="Expectations were for growth of 2.4%."))
    assert found["2.4%"] == []


def test_a_sentence_about_sales_is_carried():
    found = _sources(TEXT.format(middle="Food sales rose 2.4% in the month."))
    assert found["2.4%"] != []
