"""German: a sentence stating a body's own size, its staff or the people insured with it ("Das
Unternehmen beschäftigt 12.000 Mitarbeiter", "Bei der Kasse sind 4 Millionen Menschen
versichert"), is the writer's background: the account before does not reach it (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


_RELEASE = "Der Umsatz stieg um 8 Prozent auf 2,1 Milliarden Euro, teilte der Konzern mit. "


def test_a_company_s_staff_is_no_figure_of_its_account():
    got = _sources(_RELEASE + "Das Unternehmen beschäftigt weltweit 12.000 Mitarbeiter.")
    assert got["12.000 Mitarbeiter"] == []


def test_the_people_insured_with_a_kasse_are_no_figure_of_its_account():
    got = _sources(
        "Die Kasse meldete einen Rückgang von 4,0 auf 3,6 Ausfalltage. "
        "Bei der Kasse sind rund 4,1 Millionen Menschen versichert."
    )
    assert got["rund 4,1 Millionen Menschen"] == []


def test_a_staff_figure_the_source_states_keeps_it():
    got = _sources("Ende Juni beschäftigte der Konzern 12.000 Mitarbeiter, teilte die Brenntal AG mit.")
    assert got["12.000 Mitarbeiter"] != []


def test_the_noun_beschaeftigte_is_no_verb_of_size():
    got = _sources(_RELEASE + "Die Beschäftigten erhalten eine Prämie von 1.500 Euro.")
    assert got["1.500 Euro"] != []
