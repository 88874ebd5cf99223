"""English: a figure followed by whose expectation it is ("the 90,000 rise economists had
expected", "the 61,000 expected in a Reuters poll") takes that source, not the sentence's."""

from tracker.extraction import extract


def sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "en", "2026-05-04").claims}


def test_a_subject_and_its_past_verb_after_a_definite_figure_own_the_figure():
    got = sources("Sales rose 2%, short of the 4% analysts had pencilled in, the company said.")
    assert got["2%"] == ["company"]
    assert [v for k, v in got.items() if k.startswith("the 4%") or k == "4%"] == [["analysts"]]


def test_a_figure_expected_in_a_poll_belongs_to_the_poll():
    got = sources(
        "Bank of England figures showed 58,100 approvals, above the 52,000 expected in a Reuters poll."
    )
    assert any("Reuters" in " ".join(v) for k, v in got.items() if "52,000" in k)
    assert not any("Reuters" in " ".join(v) for k, v in got.items() if "58,100" in k)


def test_members_of_a_body_after_an_indefinite_figure_are_no_expectation():
    got = sources("Two members of staff were injured, a spokeswoman for the hospital trust said.")
    assert all("staff" not in " ".join(v) for v in got.values())
