"""German: "nach eigener Berechnung", "nach eigenen Schätzungen" is the reckoning of the speaker
the sentence names, no source beside it (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-04-14").claims}


def test_an_own_reckoning_beside_its_speaker_is_no_second_source():
    got = _sources(
        "Der Ausbau koste nach eigener Berechnung rund 7 Millionen Euro, teilte der Wasserverband mit."
    )
    assert [t for t in got["rund 7 Millionen Euro"] if "eigener" in t] == []
    assert got["rund 7 Millionen Euro"]


def test_an_other_reckoning_beside_a_speaker_stays():
    got = _sources(
        "Der Ausbau koste nach Berechnungen des Landesamts rund 7 Millionen Euro, sagte der Bürgermeister."
    )
    assert any("Landesamts" in t for t in got["rund 7 Millionen Euro"])
