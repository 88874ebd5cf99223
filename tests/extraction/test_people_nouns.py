"""Units: nationals and motorists are people (units.tsv); a bracketed figure after a nationality
and the noun it counts takes that noun (claims/context_units.py). Own sentences."""

from tracker.extraction import extract


def units(text, lang):
    return {c.text: c.unit for c in extract("Kurz\n\n" + text, lang, "2026-01-20").claims}


def test_nationals_and_motorists_are_people():
    got = units("Unter den Antragstellern waren 140 Syrer und 60 Iraker; vier Autofahrer saßen fest.", "de")
    assert got["140 Syrer"] == got["60 Iraker"] == got["vier Autofahrer"] == "person"
    got = units("The group included 45 Eritreans and 12 motorists.", "en")
    assert got["12 motorists"] == "person"


def test_a_bracketed_figure_counts_the_noun_not_the_nationals():
    got = units(
        "Laut Amt stellten Iraker die meisten Anträge (2.410), vor Eritreern mit 1.950 Anträgen.", "de"
    )
    assert got["2.410"] == "application"


def test_a_bracketed_figure_after_people_alone_counts_people():
    got = units("Die meisten Menschen kamen aus dem Irak (2.410).", "de")
    assert got["2.410"] == "person"
