"""English: a company that gives its own results as the subject of its sentence
(``sources/subjects_en.py``): a name ending in a legal form ("Brenco Ltd", "Hallam Holdings plc")
is a body, also after a dateline naming a state ("DENVER, Colorado, May 4 (Reuters) - "); and a
share price's move is no part of the company's account (``discourse_stage/accounts.py``)."""

from tracker.extraction import extract


def sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "en", "2026-05-11").claims]


def test_a_name_with_a_legal_form_gives_its_own_results():
    assert sources("Brenco Ltd posted a 22 percent jump in annual profit on Monday.") == [["Brenco Ltd"]]
    assert sources("Hallam Holdings plc posted pre-tax profit of £41 million for the year.") == [
        ["Hallam Holdings plc"]
    ]
    assert sources("Marlow Corp posted net income of 96 million dollars on Tuesday.") == [["Marlow Corp"]]


def test_a_person_who_posted_a_figure_is_no_source():
    assert sources("Tom Ashby posted a 22 percent jump in his shop's takings on Monday.") == [[]]


def test_the_subject_after_a_dateline_with_a_state():
    text = "BOISE, Idaho, May 4 (Reuters) - Quillon Systems Inc posted a 31 percent rise in quarterly profit."
    assert sources(text) == [["Quillon Systems Inc"]]


def test_a_dateline_with_a_state_dates_as_one_without():
    tail = " May 4 (Reuters) - Quillon Systems Inc posted a 31 percent rise in quarterly profit."
    with_state = extract("BOISE, Idaho," + tail, "en", "2026-05-11").claims[0].when
    without = extract("BOISE," + tail, "en", "2026-05-11").claims[0].when
    assert (with_state.start, with_state.end) == (without.start, without.end)


def test_a_share_move_takes_no_account_even_with_also():
    text = (
        "BOISE, Idaho, May 4 (Reuters) - Quillon Systems Inc posted a 31 percent rise in profit.\n\n"
        "Shares of Quillon rose 6 percent in late trading, after a report in which the firm also "
        "raised its outlook."
    )
    assert sources(text) == [["Quillon Systems Inc"], []]


def test_a_document_owned_by_a_name_that_shows_figures_is_their_source():
    text = "Harwell's monthly index showed that asking rents climbed 4.2%, to an average of £1,310."
    assert sources(text) == [["Harwell's monthly index"], ["Harwell's monthly index"]]


def test_a_document_nobody_owns_names_no_source():
    assert sources("The monthly index showed that asking rents climbed 4.2%.") == [[]]
