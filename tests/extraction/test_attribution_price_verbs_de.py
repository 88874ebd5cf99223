"""German: a plural price verb with a one-word subject ("verlangten Vermieter") names what
sellers charge, not who speaks; a body's or a person's demand stays a source (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_sellers_asking_a_price_are_no_source():
    got = _sources(
        "In Leipzig verlangten Vermieter bei neuen Verträgen im Mittel 11,40 Euro je Quadratmeter."
    )
    assert got["11,40 Euro"] == []
    got = _sources("Für eine Wallbox verlangen Händler derzeit rund 900 Euro.")
    assert got["rund 900 Euro"] == []


def test_a_named_body_demanding_stays_a_source():
    got = _sources("Die Gewerkschaft Verdi verlangt 8 Prozent mehr Lohn für die Beschäftigten.")
    assert got["8 Prozent"] == ["Gewerkschaft Verdi"]


def test_a_person_demanding_with_a_singular_verb_stays_a_source():
    got = _sources("Zugleich verlangte Tewes 300 Euro mehr für jede Pflegekraft.")
    assert got["300 Euro"] == ["Tewes"]
