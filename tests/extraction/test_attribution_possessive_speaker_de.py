"""German: a possessive opening the sentence before a role and a name ("Ihr Geschäftsführer
Jan Köhler sagte, ...") leaves that role and name the speaker (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_a_role_and_name_after_a_possessive_speak():
    text = (
        "Die Liga rechnet mit weiterem Wachstum. Ihr Geschäftsführer Tom Albers sagte, der Umsatz "
        "könne auf 4,2 Milliarden Euro steigen."
    )
    assert _sources(text)["4,2 Milliarden Euro"] == ["Geschäftsführer Tom Albers"]


def test_without_the_possessive_as_before():
    text = "Geschäftsführer Tom Albers sagte, der Umsatz könne auf 4,2 Milliarden Euro steigen."
    assert _sources(text)["4,2 Milliarden Euro"] == ["Geschäftsführer Tom Albers"]


def test_a_possessive_before_no_speech_verb_names_no_one():
    text = "Die Liga wächst weiter. Ihr Umsatz Nord stieg zuletzt um 4 Prozent."
    assert _sources(text)["4 Prozent"] == []
