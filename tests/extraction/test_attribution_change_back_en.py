"""English: a sentence that opens by naming the change just reported ("The rise took ...",
"The fall left ...") goes on with its account over a paragraph break (``lexicon/discourse.json``
carry_openers), and its figure before the one analysts expected is the account's, not theirs
(``discourse_stage/consensus_en.py``, ``before_expectation``)."""

from tracker.extraction import extract


def sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "en", "2026-11-20").claims}


TEXT = (
    "The count of jobless adults in Carrowmore grew by 3,000 to 52,000 between July and "
    "September, the Carrowmore Statistics Office has said.\n\n"
    "The rise took the jobless rate to 3.4%, above the 3.1% that most economists had expected.\n\n"
)


def test_the_rise_goes_on_with_the_account_and_the_expected_figure_is_the_economists():
    found = sources(TEXT)
    assert found["3.4%"] == ["Carrowmore Statistics Office"]
    assert found["3.1%"] == ["most economists"]


def test_a_paragraph_that_does_not_name_the_change_back_takes_no_account():
    text = TEXT.replace("The rise took the jobless rate to", "The jobless rate was")
    assert sources(text)["3.4%"] == []
