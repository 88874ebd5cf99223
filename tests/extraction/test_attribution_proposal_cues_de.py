"""German: "nach dem Vorschlag des X", "nach den Plänen der X", "nach dem Willen von X" give X as
the source of the proposal's figures, as "nach Angaben des X" does (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_the_author_of_a_proposal_or_plan():
    got = _sources("Im Herbst sollen nach dem Vorschlag des Arbeitgeberverbands weitere 2 Prozent folgen.")
    assert got["2 Prozent"] == ["Arbeitgeberverbands"]
    got = _sources("Nach den Plänen der Landesregierung soll der Etat auf 31 Milliarden Euro steigen.")
    assert got["31 Milliarden Euro"] == ["Landesregierung"]


def test_a_proposal_without_its_author_names_no_source():
    got = _sources("Nach dem Vorschlag soll der Beitrag im Herbst um 2 Prozent steigen.")
    assert got["2 Prozent"] == []
