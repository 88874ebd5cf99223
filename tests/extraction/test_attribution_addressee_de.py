"""German: whom a demand is addressed to ("fordert von der Landesregierung") is no source of the
demand's figures; a speaker after the verb stays one (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_the_addressee_of_a_demand_is_no_source():
    got = _sources("Der Mieterbund fordert von der Stadtregierung ein Programm über 40 Millionen Euro.")
    assert got["40 Millionen Euro"] == ["Der Mieterbund"]
    got = _sources("Die Gewerkschaft verlangt vom Arbeitgeberverband 6 Prozent mehr Lohn.")
    assert got["6 Prozent"] == ["Gewerkschaft"]


def test_a_subject_after_its_verb_still_speaks():
    got = _sources("Mehr als 300 Beschäftigte streikten, teilte die Gewerkschaft am Montag mit.")
    assert got["Mehr als 300 Beschäftigte"] == ["Gewerkschaft"]
