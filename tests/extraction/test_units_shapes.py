"""Units in shapes of news writing (issue #15): people who came in boats, lists under a heading,
nouns of transport and markets, the points of a poll's lead. Sentences written for these tests."""

import pytest

from tracker.extraction import extract


def units(text, lang):
    return [(c.text, c.unit) for c in extract(text, lang, "2026-05-12").claims]


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Bus ridership climbed to 3.4 million riders in April.", "en", "passenger"),
        ("Nine operators have bid for the new rail franchise.", "en", "company"),
        ("Im April fielen 310 Fernzüge ganz aus.", "de", "train"),
        ("Rund 90 Regionalzügen fehlte ein Lokführer.", "de", "train"),
        ("Crews answered 1,250 calls during the storm.", "en", "call"),
        ("There were 2,300 small boat arrivals in April.", "en", "person"),
        ("Betrüger haben mehr als 40 Seniorinnen bestohlen.", "de", "person"),
        ("Angeklagt sind zwei Unternehmer aus Kassel.", "de", "person"),
        ("Rund 12.000 Metaller legten die Arbeit nieder.", "de", "employee"),
        ("Die Firma verkaufte Dutzende Elektro-Lkw.", "de", "vehicle"),
        ("Der Sturm deckte zwei Wohnhäuser ab.", "de", "building"),
        ("Some 30 pensioners were charged.", "en", "person"),
        ("Two nurses and a porter were on duty.", "en", "person"),
        ("Some 4,000 users lost access to the site.", "en", "person"),
        ("Rund 300 Rentnerinnen und Rentner protestierten.", "de", "person"),
    ],
)
def test_nouns_of_transport_and_markets(text, lang, want):
    assert units(text, lang)[0][1] == want


def test_people_who_came_in_boats_are_not_boats():
    got = units(
        "Some 380 people reached the coast in seven boats on Monday, an average of 54 per boat.", "en"
    )
    assert [u for _, u in got] == ["person", "ship", "person"]
    got = units(
        "About 470 migrants crossed in ten boats on Friday, taking the total for the year to 15,930.", "en"
    )
    assert [u for _, u in got] == ["migrant", "ship", "migrant"]
    got = units(
        "Am Freitag kamen 470 Migranten in zehn Booten an, damit stieg die Zahl in diesem Jahr auf 15.930.",
        "de",
    )
    assert [u for _, u in got] == ["migrant", "ship", "migrant"]


def test_a_carrier_without_people_before_it_still_lends_its_unit():
    got = units("The coastguard stopped 19 boats on Monday, up from 14 a week earlier.", "en")
    assert [u for _, u in got] == ["ship", "ship"]


def test_the_lines_of_a_list_take_the_noun_of_its_heading():
    text = (
        "Die Feuerwehr meldete 700 Einsätze.\n\nEinsätze nach Landkreisen:\nKreis Ost: 260\nKreis West: 190\n"
    )
    assert [u for _, u in units(text, "de")] == ["operation", "operation", "operation"]
    text = "Arrests by district:\n- Riverside: 33\n- Hillcrest: 21\n\nPolice said 140 officers were on duty."
    assert [u for _, u in units(text, "en")] == ["arrest", "arrest", "police officer"]
    assert [u for _, u in units("Deaths by province: Alba 120, Bera 95, Coro 60.", "en")] == ["killed"] * 3


def test_a_list_ends_with_its_lines():
    text = "Einsätze nach Landkreisen:\nKreis Ost: 260\n\nDer Sturm kostete 40 Bäume und 3 Autos das Leben."
    got = units(text, "de")
    assert got[0][1] == "operation"
    assert "operation" not in [u for _, u in got[1:]]


def test_points_of_a_lead_are_points_and_a_shares_change_percentage_points():
    text = "The survey puts the Greens on 24%, up three points, with Labour on 21%."
    assert units(text, "en")[1] == ("three points", "percentage point")
    text = "Labour's lead has narrowed to three points, the pollster found; Labour is on 30%."
    assert units(text, "en")[0] == ("three points", "percentage point")  # claims/poll_points.py
    text = "Die Union liegt mit 30 Prozent vier Punkte vor der SPD."
    assert units(text, "de")[1] == ("vier Punkte", "point")
    text = "Der Vorsprung der Union schrumpft damit auf vier Punkte, die SPD kommt auf 26 Prozent."
    assert units(text, "de")[0] == ("vier Punkte", "point")
    text = "Die SPD kommt auf 26 Prozent und gewinnt zwei Punkte hinzu."
    assert units(text, "de")[1] == ("zwei Punkte", "percentage point")


def test_a_figure_before_its_alternative_shares_its_unit():
    text = "Die Fehlertoleranz liegt bei 2,4 beziehungsweise 3,2 Prozentpunkten."
    assert [u for _, u in units(text, "de")] == ["percentage point"] * 2
