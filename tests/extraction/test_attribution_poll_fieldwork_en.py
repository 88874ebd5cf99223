"""English: a poll's sample ("The survey of 1,250 likely voters") and its margin of error are no
figures the poll states: the poll's own naming is no source of them; a speaker who states them
stays, and the poll's other figures keep it."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-11").claims}


def test_the_sample_and_margin_of_a_fieldwork_sentence_have_no_source():
    got = _sources(
        "Support for the bypass stands at 41%, the poll found.\n\nThe survey of 1,250 likely voters"
        " was carried out last week and has a margin of error of plus or minus 2.8 percentage points."
    )
    assert got["41%"] == ["poll"]
    assert got["1,250 likely voters"] == []
    assert got["2.8 percentage points"] == []


def test_the_sample_loses_the_poll_but_the_lead_keeps_it():
    got = _sources("A fresh Harwick poll of more than 6,000 adults gives the Greens a 7-point lead.")
    assert got["more than 6,000 adults"] == []
    assert got["7-point"] == ["A fresh Harwick poll"]


def test_a_speaker_who_states_the_margin_stays():
    got = _sources("The margin of error is plus or minus 2 percentage points, Tallis Research said.")
    assert [v for k, v in got.items() if "2 percentage points" in k] == [["Tallis Research"]]


def test_a_figure_of_the_poll_after_of_that_is_no_sample_keeps_the_poll():
    got = _sources("The poll found that 38% of tenants in Brayford back a rent cap.")
    assert got["38%"] == ["poll"]
