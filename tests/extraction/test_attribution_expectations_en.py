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


HISTORY = (
    "Quake toll rises\n\n"
    "At least 112 people were killed in the earthquake, the health ministry said on Tuesday.\n\n"
    "{middle}\n\n"
    "More than 540 people were injured."
)


def test_a_figure_of_history_after_since_a_year_when_takes_no_account():
    found = _sources(
        HISTORY.format(middle="It was the strongest quake in the region since 1999, when 17,000 people died.")
    )
    assert found["17,000 people died"] == []


def test_a_figure_of_the_main_clause_before_when_is_carried():
    found = _sources(HISTORY.format(middle="Another 40 people died in the region in 2019, when a dam burst."))
    assert found["40 people died"] != []


def test_a_figure_of_history_after_last_spring_when_takes_no_account():
    text = (
        "Governor's rating\n\n"
        "A poll by Keystone Research last month put the governor's approval at 61%. Her standing "
        "has grown since last spring, when she pushed a $2 billion flood package through."
    )
    found = _sources(text)
    assert found["61%"] != []
    assert found["$2 billion"] == []
