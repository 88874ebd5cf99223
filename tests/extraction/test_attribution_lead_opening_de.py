"""German: the lead's figures told without a source stand on the attribution that opens the
next sentence ("Nach Angaben der X", "Laut X"); not a court's deed nor a measure of the event.
Every text here is invented for the test."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-06-12").claims}


def test_the_lead_takes_the_attribution_opening_the_next_sentence():
    text = (
        "Sturm über Ostfriesland\n\n"
        "Orkanböen haben in der Nacht zu Mittwoch mehr als 300 Einsätze ausgelöst. Nach Angaben "
        "der Leitstelle Aurich stürzten vor allem Bäume auf Straßen."
    )
    assert _sources(text)["mehr als 300 Einsätze"] == ["Leitstelle Aurich"]


def test_a_later_sentence_opening_with_an_attribution_does_not_reach_the_lead():
    text = (
        "Sturm über Ostfriesland\n\n"
        "Orkanböen haben in der Nacht zu Mittwoch mehr als 300 Einsätze ausgelöst. Viele Keller "
        "liefen voll. Nach Angaben der Leitstelle Aurich stürzten vor allem Bäume auf Straßen."
    )
    assert _sources(text)["mehr als 300 Einsätze"] == []


def test_a_courts_verdict_in_the_lead_takes_no_opening_attribution():
    text = (
        "Urteil in Oldenburg\n\n"
        "Das Landgericht Oldenburg hat einen Mann wegen 23 Betrugsfällen zu sechs Jahren Haft verurteilt. "
        "Nach Überzeugung der Kammer hatte er zwei Tankstellen überfallen."
    )
    found = _sources(text)
    assert found["23 Betrugsfällen"] == [] and found["sechs Jahren"] == []


def test_a_measure_of_the_event_in_the_lead_takes_no_opening_attribution():
    text = (
        "Beben in der Ägäis\n\n"
        "Ein Erdbeben der Stärke 5,8 hat am Morgen die Insel Kos erschüttert. Nach Angaben der "
        "Inselverwaltung wurden 14 Menschen leicht verletzt."
    )
    found = _sources(text)
    assert found["5,8"] == []
    assert found["14 Menschen leicht verletzt"] == ["Inselverwaltung"]
