"""Attribution in the shapes that unseen real reporting used and the development keys missed
(issue 14f): outcomes reported in the pluperfect, ... Every text here is invented for the test."""

from tracker.extraction import extract


def _sources(text: str, language: str) -> dict[str, list[tuple[str, str]]]:
    """claim text -> [(mention text, name)] of each claim."""
    result = extract(text, language, "2026-03-10")
    return {c.text: [(s.text, s.name) for s in c.sources] for c in result.claims}


def _texts(found, claim: str) -> list[str]:
    return [t for t, _name in found[claim]]


# an outcome in the pluperfect with the figure as its subject goes on with the account -------


def test_a_figure_subject_had_been_goes_on_with_the_officials_account():
    found = _sources(
        "About 1,200 homes were without power, county officials said on Tuesday. "
        "More than 300 people had been moved to shelters.",
        "en",
    )
    assert _texts(found, "More than 300 people") == ["county officials"]


def test_a_figure_subject_waren_worden_goes_on_with_the_office_account():
    found = _sources(
        "Rund 1.200 Haushalte waren am Dienstag ohne Strom, teilte das Landratsamt mit. "
        "Mehr als 300 Menschen waren in Notunterkünfte gebracht worden.",
        "de",
    )
    assert _texts(found, "Mehr als 300 Menschen") == ["Landratsamt"]


def test_background_in_the_pluperfect_without_a_figure_subject_still_ends_the_account():
    found = _sources(
        "About 1,200 homes were without power, county officials said on Tuesday. "
        "The levee had been built in 1998 for 40 million dollars.",
        "en",
    )
    assert found["40 million dollars"] == []
