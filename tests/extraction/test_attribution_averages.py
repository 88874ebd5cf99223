"""An average is a statistic someone computed, not a bare measure of what happened: a
sentence whose only figures are measures ("Fehltage", "Kilometer") takes the account before
it when they are averages ("im Schnitt", "durchschnittlich", "on average") (issue #14)."""

from tracker.extraction import extract


def _sources(text, lang="de"):
    return {c.text: [s.text for s in c.sources] for c in extract(text, lang, "2026-07-05").claims}


def test_average_days_after_a_figure_free_account():
    text = (
        "Mehr Rückenleiden im Betrieb\n\nHäufigste Ursache für Ausfälle waren Rückenleiden, wie die "
        "Ostsee-Kasse erläuterte. Auf sie kamen bei den Versicherten im Schnitt 3,1 Fehltage, "
        "nach 2,9 Tagen im Jahr davor."
    )
    got = _sources(text)
    assert got["3,1 Fehltage"] == ["die Ostsee-Kasse"]
    assert got["2,9 Tagen"] == ["die Ostsee-Kasse"]


def test_durchschnittlich_also_marks_an_average():
    text = (
        "Lange Wege zur Arbeit\n\nViele Pendler fahren mit dem Auto, wie das Landesamt mitteilte. "
        "Auf jeder Strecke kamen durchschnittlich 17 Kilometer zusammen."
    )
    assert _sources(text)["17 Kilometer"] == ["Landesamt"]


def test_a_bare_measure_of_an_event_takes_no_account():
    text = (
        "Beben am Morgen\n\nDie Erde bebte am Morgen, wie die Erdbebenwarte mitteilte. "
        "Der Herd lag in 17 Kilometern Tiefe."
    )
    assert _sources(text)["17 Kilometern"] == []


def test_english_on_average():
    text = (
        "Sick days\n\nBack pain was the most common reason for absence, the insurer said. "
        "Workers missed 3.1 days on average, up from 2.9 days a year earlier."
    )
    assert _sources(text, "en")["3.1 days"] == ["insurer"]
