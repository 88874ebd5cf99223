"""German: a figure-less sentence in which a source that gave figures before states something
("Als Hauptgrund nannte die Kasse ...") opens its account again for the figures after it in its
paragraph (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-08-04").claims]


_LEAD = "Die Zahl der Krankmeldungen stieg auf 212 je 100 Versicherte, teilte die Barmer mit.\n\n"


def test_a_body_that_spoke_naming_a_reason_carries_to_the_figures_after_it():
    got = _sources(
        _LEAD + "Als Hauptgrund nannte die Kasse Rückenleiden. Auf sie entfielen 44 Fälle je 100 Versicherte."
    )
    assert [t for t, _ in got[-1]] == ["die Kasse"]


def test_a_body_that_gave_no_figures_naming_something_does_not():
    text = (
        "Die Zahl der Krankmeldungen stieg auf 212 je 100 Versicherte.\n\n"
        "Als Hauptgrund nannte die Gewerkschaft den Stress. Auf ihn entfielen 44 Fälle je 100 Versicherte."
    )
    assert _sources(text)[-1] == []


def test_a_name_that_is_called_something_is_no_statement():
    got = _sources(_LEAD + "Der Tarif wird auch Grundtarif genannt. Er kostet 19 Euro im Monat.")
    assert got[-1] == []
