"""German: a carried figure under a demonstrative naming of its source's document ("in jener
Erhebung") takes that naming as its mention (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_a_poll_named_back_by_a_demonstrative():
    text = (
        "Eine Umfrage von Civey hatte die Union bei 27 Prozent gesehen. "
        "Die FDP wäre in jener Erhebung auf vier Prozent gekommen."
    )
    got = _sources(text)
    assert [t for t, _ in got[-1]] == ["jener Erhebung"]
    assert got[-1][0][1] == got[0][0][1]


def test_a_demonstrative_before_no_document_is_no_naming():
    text = "Nach Angaben der Polizei wurden 40 Menschen verletzt. In dieser Woche kamen 3 weitere hinzu."
    assert all(t != "dieser Woche" for ms in _sources(text) for t, _ in ms)


def test_a_source_given_without_a_document_keeps_its_naming():
    text = "Die Polizei zählte 40 Verletzte. In diesem Bericht fehlten noch 3 Fälle."
    got = _sources(text)
    assert all(t != "diesem Bericht" for t, _ in got[-1])
