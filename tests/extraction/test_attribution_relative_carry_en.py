"""English: "also", "previous" say a sentence goes on with the account before, but not from
inside a relative clause set off by commas ("The group, which also runs ferries, ...")."""

from tracker.extraction import extract

LEAD = (
    "Port results\n\n"
    '"The quarter was tough for everyone in shipping," said Mara Lind, an analyst at Ostra Bank.\n\n'
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-04-02").claims}


def test_also_inside_a_relative_clause_does_not_carry_a_quote_account():
    found = _sources(LEAD + "Stock in the group, which also runs ferries, has risen 40% since May.")
    assert found["40%"] == []


def test_also_in_the_main_clause_still_carries():
    text = (
        "Port results\n\n"
        "Harbor Lines said its cargo volume rose 6% in the quarter.\n\n"
        "Passenger numbers also rose 3%, to 1.2 million."
    )
    found = _sources(text)
    assert found["3%"] != []
