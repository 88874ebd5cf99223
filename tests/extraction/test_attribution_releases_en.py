"""English releases and accounts (issue #14, 14l): the subject of an inverted "..., said X" is X,
a place that counts within a body's release, a source named in the paragraph over one carried
from the paragraph before, a release that goes on listing regions, analysts' consensus and the
share price in results."""

from tracker.extraction import extract


def _sources(text: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def test_an_inverted_speech_verb_takes_the_name_after_it_not_the_object_before_a_relative_clause():
    found = _sources(
        "Six engines fought the fire, which was under control by midnight, said Tarrow County Fire Service."
    )
    assert found["Six engines fought"] == ["Tarrow County Fire Service"]


def test_a_place_that_recorded_figures_within_a_release_is_no_source():
    text = (
        "Mumps cases climb\n\n"
        "In a bulletin on Monday, the Northern Health Board reported 48 new mumps cases in the "
        "fortnight to 3 March.\n\n"
        "Since the start of the season, Kelderland has recorded 390 cases, 120 of them in January."
    )
    found = _sources(text)
    assert found["390 cases"] == ["the Northern Health Board"]


def test_a_place_without_a_release_before_it_keeps_what_the_sentence_gives():
    found = _sources("Kelderland has recorded 390 cases since the start of the season.")
    assert found["390 cases"] == ["Kelderland"]


def test_a_closing_attribution_in_the_paragraph_beats_a_source_carried_from_the_one_before():
    text = (
        "Mumps cases climb\n\n"
        "A further 30 cases were in the south, according to the bulletin.\n\n"
        "In the past month there have been 95 new cases. Two-thirds of them (64 cases) were in "
        'the north, where outbreaks "may have peaked", the Northern Health Board said.'
    )
    found = _sources(text)
    assert found["95 new cases"] == ["the Northern Health Board"]
    assert found["64 cases"] == ["the Northern Health Board"]
