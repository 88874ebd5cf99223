"""German: a body's own size stated by the writer ("Die Kasse hat 1,6 Millionen Versicherte")
and a passive's subject ("wurden die Daten ... herangezogen") are no source of their figures;
a body that counts or presents them stays one (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


_LEAD = (
    "Wie die Krankenkasse Westfalia am Montag mitteilte, stieg der Krankenstand im Mai auf "
    "5,9 Prozent. Die Zahl der Fehltage nahm um 7 Prozent zu.\n\n"
)


def test_a_body_having_its_members_is_the_writers_fact():
    got = _sources(_LEAD + "Die Kasse hat landesweit rund 730.000 Versicherte.")
    assert got["rund 730.000 Versicherte"] == []


def test_a_body_that_evaluated_its_members_data_is_the_source():
    got = _sources(_LEAD + "Die Kasse hat die Daten von 410.000 Versicherten ausgewertet.")
    assert got["410.000 Versicherten"] == ["Die Kasse"]


def test_the_subject_of_a_passive_is_no_source():
    got = _sources(_LEAD + "Für die Studie wurden die Daten von 410.000 Versicherten herangezogen.")
    assert got["410.000 Versicherten"] == []


def test_a_future_with_werden_keeps_its_subject():
    got = _sources(_LEAD + "Im kommenden Jahr wird die Kasse den Beitrag um 0,3 Prozentpunkte anheben.")
    assert got["0,3 Prozentpunkte"] == ["die Kasse"]
