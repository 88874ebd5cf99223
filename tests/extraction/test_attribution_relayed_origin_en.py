"""English: "X reported 52 deaths, according to the news agency Y": Y relays X's report, so X
stays the origin beside the relay; the subject whose deed the figure is ("Scientists have
confirmed 6,000 exoplanets, according to NASA") is no source when another source attributes the figure."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}


def test_reporting_subject_is_kept_beside_a_relaying_agency():
    text = "The Health Ministry reported 52 new cases on Sunday, according to the state news agency Tass."
    got = _sources(text)["52 new cases"]
    assert any("Health Ministry" in m for m in got) and any("Tass" in m for m in got)


def test_reporting_subject_is_kept_beside_a_relaying_broadcaster():
    text = "The fire service reported 61 deaths in two valleys, according to the broadcaster RTN."
    got = _sources(text)["61 deaths"]
    assert any("fire service" in m for m in got) and any("RTN" in m for m in got)


def test_actor_is_dropped_when_the_source_after_is_no_relay():
    got = _sources("Scientists have confirmed more than 6,000 exoplanets, according to NASA.")
    assert got["more than 6,000 exoplanets"] == ["NASA"]
