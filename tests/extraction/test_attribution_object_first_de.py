"""German: the object stands first when the verb's subject, a source, follows the verb ("Die
Fehlertoleranz gab das Institut mit ... an"): the phrase before the verb is no source (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_a_measure_before_the_verb_is_its_object():
    assert _sources("Die Fehlermarge gab das Institut mit 3,1 Prozentpunkten an.") == [["Institut"]]


def test_the_object_before_a_named_body():
    assert _sources("Die Schadenshöhe gab die Polizei mit 7.000 Euro an.") == [["Polizei"]]


def test_a_body_before_the_verb_stays_its_subject():
    assert _sources("Die Gewerkschaft gab die Zahl der Streikenden mit 4.000 an.") == [["Gewerkschaft"]]


def test_a_body_before_the_verb_and_a_thing_after():
    assert _sources("Der Verband gab den Umsatz mit 48 Millionen Euro an.") == [["Verband"]]


def test_an_opening_object_of_change_with_its_figure_gives_its_source_to_the_figures_before():
    text = (
        "Im Landkreis wurden 2025 genau 2.410 Wohnungen fertig. Ein Jahr zuvor waren es 1.980. "
        "Den Zuwachs um 21,7 Prozent nannte Landrätin Petra Vogl „ein gutes Zeichen“."
    )
    got = [[s.text for s in c.sources] for c in extract(text, "de", "2026-02-10").claims]
    assert got[0] and got[0] == got[1] == got[-1]
    assert "Petra Vogl" in got[0][0]


def test_an_opening_object_without_a_change_noun_gives_nothing_back():
    text = (
        "Im Landkreis wurden 2025 genau 2.410 Wohnungen fertig. "
        "Den Bau von 300 weiteren nannte Landrätin Petra Vogl „ein Ziel“."
    )
    got = [[s.text for s in c.sources] for c in extract(text, "de", "2026-02-10").claims]
    assert got[0] == []
