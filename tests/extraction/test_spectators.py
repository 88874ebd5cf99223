"""Spectators: a crowd per game ("4.800 Besucher pro Spiel", claims/context_units.py) and a total
of spectators named before a bare figure ("Die Zuschauerzahl stieg auf 1,2 Millionen"). Own
sentences."""

from tracker.extraction import extract


def units(text, lang):
    return [(c.text, c.unit) for c in extract("Kurz\n\n" + text, lang, "2026-01-20").claims]


def test_visitors_per_game_are_spectators():
    got = dict(units("Im Schnitt kamen 4.800 Besucher pro Spiel in die Halle.", "de"))
    assert got["4.800 Besucher"] == "spectator"
    got = dict(units("The club drew 9,300 visitors per match.", "en"))
    assert got["9,300 visitors"] == "spectator"


def test_visitors_of_a_museum_stay_visitors():
    got = dict(units("Das Museum zählte 4.800 Besucher im Monat.", "de"))
    assert got["4.800 Besucher"] == "visitor"


def test_a_total_of_spectators_names_a_bare_figure():
    got = dict(units("Die Zuschauerzahl stieg auf 1,2 Millionen.", "de"))
    assert got["1,2 Millionen"] == "spectator"
