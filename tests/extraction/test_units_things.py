"""Units of everyday things and places counted in local news (issue 15o): gauges, windows,
printers, forklifts, vans, cities, exhibitors, clubs; boats stay ships and apprenticeships jobs
(the key writers' vocabulary has no boat, no apprenticeship); a compound that ends in another
noun's letters keeps its own unit; ages in lists and after "oldest". Sentences written for these
tests."""

import pytest

from tracker.extraction import extract


def _unit(text, lang):
    return extract(text, lang, "2026-05-04").claims[0].unit


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Coastguards stopped nine boats off the coast.", "en", "ship"),
        ("Die Küstenwache stoppte neun Schlauchboote.", "de", "ship"),
        ("The navy sent four warships to the strait.", "en", "ship"),
        ("An sechs Messstellen stieg das Wasser über die Warnstufe.", "de", "gauge"),
        ("Zwölf Pegel meldeten Hochwasser.", "de", "gauge"),
        ("Der Sturm zerstörte rund 80 Fenster.", "de", "window"),
        ("Die Täter stahlen fünf Laptops und drei Drucker.", "de", "laptop"),
        ("Vom Hof verschwanden zwei Gabelstapler.", "de", "forklift"),
        ("Die Firma kaufte vier Transporter.", "de", "van"),
        ("In 23 Städten gingen Menschen auf die Straße.", "de", "city"),
        ("Zur Messe kommen 1.800 Aussteller.", "de", "exhibitor"),
        ("Die 18 Erstligisten setzten zusammen 4 Milliarden Euro um.", "de", "club"),
        ("Noch sind 640 Lehrstellen frei.", "de", "job"),
        ("The trial will hear from 45 witnesses.", "en", "witness"),
        ("Vier Feuerwehrfahrzeugen versperrte ein Lkw die Zufahrt.", "de", "vehicle"),
    ],
)
def test_things_counted(text, lang, unit):
    assert _unit(text, lang) == unit


def test_a_post_is_still_a_job_but_not_a_gauge():
    assert _unit("Die Stadt streicht 120 Stellen.", "de") == "job"
    assert _unit("Die Stadt schafft 30 Lehrerstellen.", "de") == "job"


def test_people_carried_in_boats_are_counted_as_people():
    claims = extract(
        "Some 300 migrants crossed in six boats on Monday, taking the total to 9,120.", "en", "2026-05-04"
    ).claims
    assert [c.unit for c in claims] == ["migrant", "ship", "migrant"]


@pytest.mark.parametrize(
    ("text", "lang", "units"),
    [
        ("The three suspects, aged 18, 24 and 37, were bailed.", "en", ["suspect", "year", "year", "year"]),
        ("The oldest of the residents was 97.", "en", ["year"]),
        ("The youngest was 15, the police said.", "en", ["year"]),
        ("Die Bewohner sind zwischen 60 und 97 Jahre alt, die älteste 97.", "de", ["year", "year"]),
        ("Der jüngste Teilnehmer war 12.", "de", ["year"]),
        ("Die Männer im Alter von 19, 23 und 31 Jahren wurden festgenommen.", "de", ["year", "year", "year"]),
        ("Das Gericht verhängte Strafen von 2, 3 und 5 Jahren.", "de", ["year", "year", "year"]),
    ],
)
def test_ages_in_a_list_and_after_oldest_or_youngest(text, lang, units):
    assert [c.unit for c in extract(text, lang, "2026-05-04").claims] == units


def test_a_figure_with_a_noun_after_oldest_is_no_age():
    claims = extract("The oldest of 14 churches in the town dates from 1230.", "en", "2026-05-04").claims
    assert claims[0].unit != "year"
    claims = extract("Police arrested 19, 23 people were hurt.", "en", "2026-05-04").claims
    assert "year" not in [c.unit for c in claims]
    claims = extract("Es kamen 300, 400 und 500 Besucher.", "de", "2026-05-04").claims
    assert "year" not in [c.unit for c in claims]
