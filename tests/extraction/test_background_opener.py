"""time/when.carried_periods: a clause of time opening a sentence ("Nachdem ...,", "After ...,")
is background: the main clause's period goes on to the next sentence. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub):
    return {c.text: c.when.start.isoformat() for c in extract(text, lang, pub).claims if c.when}


def test_the_main_clause_period_carries_on_german():
    text = (
        "Streit am Hafen\n\n"
        "Nachdem der Freitag am Hafen friedlich geblieben war, "
        "kam die Polizei am Samstag mit vier Streifenwagen. "
        "Dabei nahmen die Beamten drei Männer fest."
    )
    got = whens(text, "de", "2026-06-14")
    assert got["drei Männer"] == "2026-06-13"


def test_the_main_clause_period_carries_on_english():
    text = (
        "Brawl at the marina\n\n"
        "After the harbour stayed calm on Friday, police returned with four patrol cars on Saturday. "
        "Officers arrested three men."
    )
    got = whens(text, "en", "2026-06-14")
    assert got["three men"] == "2026-06-13"


def test_without_an_opening_clause_the_first_period_carries():
    text = (
        "Streit am Hafen\n\n"
        "Die Polizei kam am Samstag mit vier Streifenwagen, wie schon am Freitag. "
        "Dabei nahmen die Beamten drei Männer fest."
    )
    got = whens(text, "de", "2026-06-14")
    assert got["drei Männer"] == "2026-06-13"
