"""Guards of a sentence's sources. A mention that opens a clause with a conjunction ("after",
"nachdem") after the source that speaks of the figure is no source of it: "The toll is above
2,400, the Red Cross said on Tuesday after Norland questioned the count". A change after the
source ("..., according to X, an increase of 18 percent") is the figure's, no description of X."""

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


def test_a_change_after_the_source_is_the_figures_not_the_speakers_description():
    got = _sources(
        "Some 4,120 people tested positive, according to the agency Healthwatch, an increase of 18"
        " percent on the week before."
    )
    assert got["18 percent"] == ["agency Healthwatch"]


def test_a_description_of_the_speaker_still_takes_no_source():
    got = _sources("The march drew 3,000 people, said Ann Bell, a nurse who came with her two children.")
    assert [v for k, v in got.items() if "two" in k] in ([], [[]])
