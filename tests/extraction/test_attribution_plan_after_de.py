"""German: a body stating its course in a sentence without figures, then its plan in figures
with "soll" and no source of its own: the body is the plan's source (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_the_plan_after_a_body_stating_its_course():
    text = (
        "Die Stadt Lindenau muss sparen.\n\nBei den Einnahmen setzt die Verwaltung auf höhere "
        "Gebühren. Die Müllgebühr soll von 210 auf 240 Euro im Jahr steigen."
    )
    got = _sources(text)
    assert got["210"] == ["Verwaltung"]
    assert got["240 Euro"] == ["Verwaltung"]


def test_no_plan_modal_no_source():
    text = (
        "Die Stadt Lindenau muss sparen.\n\nBei den Einnahmen setzt die Verwaltung auf höhere "
        "Gebühren. Die Müllgebühr stieg im Vorjahr von 190 auf 210 Euro."
    )
    assert _sources(text)["210 Euro"] == []


def test_a_figure_with_its_own_source_keeps_it():
    text = (
        "Die Stadt Lindenau muss sparen.\n\nBei den Einnahmen setzt die Verwaltung auf höhere "
        "Gebühren. Laut Bund der Steuerzahler soll die Müllgebühr auf 240 Euro steigen."
    )
    assert _sources(text)["240 Euro"] == ["Bund der Steuerzahler"]


def test_not_over_a_paragraph_break():
    text = (
        "Bei den Einnahmen setzt die Verwaltung auf höhere Gebühren.\n\n"
        "Die Müllgebühr soll von 210 auf 240 Euro im Jahr steigen."
    )
    assert _sources(text)["240 Euro"] == []
