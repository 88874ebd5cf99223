"""German: an outlet named in quotation marks right after the auxiliary of a perfect tense ("Zuerst
hatte das „Handelsblatt“ über ... berichtet") is the subject of the cue verb that closes the
sentence, as an unquoted name there is (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-08-20").claims}


def test_a_quoted_outlet_after_the_auxiliary_is_the_subject():
    got = _sources("Zuerst hatte die „Süddeutsche Zeitung“ über das Plus von 12 Prozent berichtet.")
    assert got["12 Prozent"] == ["Süddeutsche Zeitung"]
    got = _sources("Am Freitag hatte „Handelsblatt“ über 74 Entlassungen berichtet.")
    assert got["über 74 Entlassungen"] == ["Handelsblatt"]


def test_a_quoted_title_that_is_not_after_the_auxiliary_is_no_subject():
    got = _sources("Zuerst hatte ein Leser im „Handelsblatt“ über das Plus von 12 Prozent berichtet.")
    assert "Handelsblatt" not in got["12 Prozent"]
