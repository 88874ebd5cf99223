"""English: a company's name ending in a legal form with its dot ("Halvard Systems Inc.",
"Brightwater Corp.") speaks before its verb like any name; the dot is no sentence end and no
gap between the subject and "said"."""

from tracker.extraction import extract


def _sources(text):
    return [(c.text, [m.text for m in c.sources]) for c in extract(text, "en", "2026-05-11").claims]


def test_inc_with_its_dot_before_said():
    got = _sources("Halvard Systems Inc. said its quarterly profit rose 18 percent.")
    assert got == [("18 percent", ["Halvard Systems Inc."])]


def test_after_a_dateline():
    got = _sources("DENVER — Brightwater Corp. said on Tuesday it would cut 1,200 jobs.")
    assert got[0][1] == ["Brightwater Corp."]


def test_a_name_in_a_prepositional_phrase_is_no_subject():
    got = _sources("Talks with Halvard Corp. said to be worth $4 million have stalled.")
    assert got == [("$4 million", [])]
