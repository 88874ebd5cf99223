"""German: "hielt ... vor" (a court's or prosecutor's charge, like "warf ... vor") is a cue
only with its particle closing the clause (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_hielt_vor_opens_the_courts_account():
    text = (
        "Urteil in Lindenau\n\nIn der Begründung hielt die Strafkammer den Männern vor, Belege "
        "gefälscht zu haben. Versprochen hatten die Männer 40 neue Stellen."
    )
    assert _sources(text)["40 neue Stellen"] == ["Strafkammer"]


def test_halten_without_vor_is_no_cue():
    text = "Beteiligungen in Lindenau\n\nDie Stadtwerke Lindenau halten 30 Prozent der Anteile."
    assert _sources(text)["30 Prozent"] == []
