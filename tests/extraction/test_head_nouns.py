"""English: a plural noun the unit table does not know is the unit of the count before it."""

from tracker.extraction import extract
from tracker.extraction.claims.head_nouns import singular


def units(text):
    return [(c.text, c.unit) for c in extract(text, "en", "2026-04-20").claims]


def test_an_unknown_plural_noun_is_the_unit():
    got = units("Detectives checked footage from 31 lamp cameras and 212 separate transfers.")
    assert [u for _, u in got] == ["camera", "transfer"]


def test_hundreds_of_an_unknown_noun():
    got = units("The strike forced the cancellation of hundreds of ferries on Friday.")
    assert [u for _, u in got] == ["ferry"]


def test_an_unknown_noun_takes_no_unit_of_the_figure_before():
    got = units("The union said 1,250 nurses had joined picket lines at 14 depots.")
    assert [u for _, u in got] == ["person", "depot"]


def test_how_often_and_bare_figures_stay_without_noun():
    assert units("The alarm had gone off 37 times over the past year.")[0][1] is None
    assert units("Police were called there nine times since 2024.")[0][1] is None
    assert units("The index stood at 327.9 in March.")[0][1] is None


def test_a_known_noun_and_german_are_left_as_they_were():
    assert units("About 4,000 households lost power.")[0][1] == "household"
    got = extract("Die Polizei fand sieben Kameras.", "de", "2026-04-20").claims
    assert [c.unit for c in got] == [None]


def test_counts_of_an_offence_are_charges():
    assert units("He faces four counts of burglary.")[0][1] == "charge"


def test_singular():
    assert [singular(w) for w in ("boxes", "parties", "churches", "depots", "buses")] == [
        "box",
        "party",
        "church",
        "depot",
        "bus",
    ]


def test_insured_people_sick_notes_and_clients():
    got = extract(
        "Die Kasse hat rund 520.000 Versicherte und zählte 198 Krankschreibungen.", "de", "2026-04-20"
    )
    assert [c.unit for c in got.claims] == ["person", "case"]
    got = extract("Zwei Scheunen brannten nieder, das Stadion hat 9.000 Sitzplätze.", "de", "2026-04-20")
    assert [c.unit for c in got.claims] == ["building", "seat"]
    assert units("The firm signed about 40 new clients.")[0][1] == "customer"


def test_an_unknown_plural_subject_of_a_change_to_the_figure():
    got = units("Journeys within the county rose 4.1% to 2.3 million, the council said.")
    assert got[-1] == ("2.3 million", "journey")
    got = units("In Cornwall, journeys fell 2% to 410,000.")
    assert got[-1] == ("410,000", "journey")


def test_no_plural_subject_no_change_no_unit():
    assert units("The index rose 2% to 327.9.")[-1][1] is None
    assert units("Journeys within the county stood at 2.3 million.")[-1][1] is None


def test_a_bare_figure_compared_with_an_unknown_noun_takes_it():
    got = units("Lenders approved 51,200 remortgages in May, more than the 48,000 expected by analysts.")
    assert [u for _, u in got] == ["remortgage", "remortgage"]
    got = units("Lenders approved 51,200 remortgages in May. Inflation was 3.1.")
    assert got[-1][1] != "remortgage"


def test_people_treated_for_an_injury_are_wounded():
    assert units("Two others were treated for heat exhaustion.")[0][1] == "wounded"
    assert units("Three firefighters were treated for smoke inhalation.")[0][1] == "wounded"
    assert units("Paramedics checked four residents for smoke inhalation.")[0][1] == "resident"
    assert units("About 1,200 patients were treated in March.")[0][1] == "patient"


def test_a_count_of_several_kinds_of_people_counts_people():
    assert units("Some 4,200 soldiers, police and firefighters reached the valley.")[0][1] == "person"
    got = extract("Rund 300 Soldaten, Polizisten und Feuerwehrleute waren im Einsatz.", "de", "2026-04-20")
    assert got.claims[0].unit == "person"
    assert units("About 300 soldiers and police reached the valley.")[0][1] == "soldier"


def test_warships_and_people_taken_to_hospital_injured():
    assert units("The navy sent two frigates and three corvettes.")[-1][1] == "ship"
    assert units("Three people were taken to hospital with minor injuries.")[0][1] == "wounded"
    assert units("Three people were taken to hospital as a precaution.")[0][1] == "person"


def test_a_change_by_a_figure_counts_the_subject():
    got = units("Vacancies dropped by 12,000 to 690,000 in the three months to May.")
    assert [u for _, u in got] == ["job", "job"]
    got = extract("Die Zahl der Arbeitslosen sank um 21.000 auf 2,9 Millionen.", "de", "2026-04-20").claims
    assert [c.unit for c in got] == ["person", "person"]


def test_from_a_share_to_a_share():
    got = extract("Die Marge stieg von 12,1 auf 13,4 Prozent.", "de", "2026-04-20").claims
    assert [c.unit for c in got] == ["percent", "percent"]
    assert [u for _, u in units("The margin rose from 12.1 to 13.4 percent.")] == ["percent", "percent"]
    got = extract("Der Umsatz stieg um 3 auf 15 Prozent.", "de", "2026-04-20").claims
    assert got[0].unit != "percent"


def test_posts_cut_are_jobs():
    assert units("The council will cut around 90 posts.")[0][1] == "job"
