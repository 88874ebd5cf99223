"""A mention that opens a clause with a conjunction ("after", "nachdem") after the source that
speaks of the figure is no source of it: "The toll is above 2,400, the Red Cross said on
Tuesday after Norland questioned the count"."""

from tracker.extraction import extract


def _sources(text, lang="en"):
    return {c.text: [m.text for m in c.sources] for c in extract(text, lang, "2026-05-11").claims}


def test_the_questioner_after_the_speaker_is_no_source():
    got = _sources(
        "The toll in the region is still above 2,400, the Red Cross said on Tuesday after Norland"
        " questioned a change in the figures."
    )
    assert got["above 2,400"] == ["Red Cross"]


def test_a_speaker_after_said_and_a_comma_is_no_source_either():
    got = _sources("The toll is above 2,400, the Red Cross said, after Norland said it was lower.")
    assert got["above 2,400"] == ["Red Cross"]


def test_german_nachdem():
    got = _sources(
        "Die Zahl der Toten liegt bei mehr als 2.400, teilte das Rote Kreuz mit, nachdem Norland die"
        " Zählung angezweifelt hatte.",
        "de",
    )
    assert got["mehr als 2.400"] == ["Rote Kreuz"]


def test_a_clause_before_the_speaker_is_left_to_the_other_rules():
    got = _sources("The toll is above 2,400 after Norland revised its count, the Red Cross said.")
    assert got["above 2,400"] == ["Norland", "Red Cross"]
