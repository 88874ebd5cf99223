"""What is no source of a figure: places, events, actors and fragments next to a cue."""

from tracker.extraction import extract


def source_texts(text, lang, index=0):
    return [s.text for s in extract(text, lang).claims[index].sources]


def test_a_region_that_records_cases_is_where_they_happened():
    assert source_texts("Since March, Scotland has recorded 418 cases of mumps.", "en") == []
    assert source_texts("Seit Januar verzeichnete Sachsen 2.150 Fälle von Keuchhusten.", "de") == []


def test_a_body_that_records_its_own_count_stays_a_source():
    got = source_texts("The health agency has recorded 418 cases of mumps since March.", "en")
    assert got == ["health agency"]


def test_a_speaker_after_an_inverted_said_is_the_whole_source():
    text = (
        "Six engines fought the flames, which were out by midnight, "
        "said Kent & Medway Fire and Rescue Service."
    )
    assert source_texts(text, "en") == ["Kent & Medway Fire and Rescue Service"]


def test_a_court_that_sentences_people_is_an_actor():
    text = "Das Kieler Landgericht hat zwei Frauen wegen Steuerhinterziehung zu Bewährungsstrafen verurteilt."
    assert source_texts(text, "de") == []
    assert source_texts("The Crown Court has jailed four men for a string of burglaries.", "en") == []


def test_a_court_that_reports_a_figure_stays_a_source():
    text = "Das Landgericht hat im vergangenen Jahr 1.240 Verfahren abgeschlossen."
    assert source_texts(text, "de") == ["Das Landgericht"]


def test_the_subject_of_a_reported_clause_is_no_speaker():
    text = "The mayor, Ines Varga, said Russian forces had shelled the bridge with nine mortars."
    assert source_texts(text, "en") == ["mayor, Ines Varga"]


def test_a_speaker_of_the_outer_clause_leaves_the_figures_of_an_inner_speaker():
    text = (
        "The navy said it had struck a fuel store near the port, where local officials "
        "said three dock workers were hurt."
    )
    assert source_texts(text, "en") == ["local officials"]


def test_a_source_in_a_relative_clause_after_the_figure_tells_of_that_clause():
    text = (
        "Die Flut erreichte binnen drei Stunden den Keller der Schule, "
        "die nach Angaben des Landkreises seit Jahren leer steht."
    )
    assert source_texts(text, "de") == []


def test_an_event_is_no_one_who_tells_of_a_figure():
    text = "Around 60 barns burned as the storm gave the county its worst night, according to the sheriff."
    assert source_texts(text, "en") == ["sheriff"]


def test_an_agency_named_after_an_event_stays_a_source():
    text = "At least 40 homes were lost, according to the Fire and Forestry Service."
    assert source_texts(text, "en") != []


def test_a_company_that_employs_people_is_no_source_of_its_headcount():
    text = (
        "Der Maschinenbauer Trelgau AG legte am Montag seine Zahlen vor. "
        "Ende Juni beschäftigte Trelgau rund 4.300 Menschen."
    )
    claims = extract(text, "de").claims
    assert [s.text for s in claims[-1].sources] == []


def test_a_defendant_after_said_with_an_age_is_what_the_speaker_tells_of():
    text = "Owen Tate, prosecuting, said Hale, 41, would swap the labels on 12 parcels a week."
    assert source_texts(text, "en") == ["Owen Tate"]


def test_a_figure_in_the_description_of_the_speaker_is_not_what_they_report():
    text = "Rents keep climbing, said Lena Morrow, a teacher who came to the rally with her three sons."
    claims = extract(text, "en").claims
    assert [s.text for s in claims[-1].sources] == []


def test_who_expected_less_than_the_figure_is_not_its_source():
    text = "Exports rose by 3.4% in May, customs data showed, a stronger gain than analysts had expected."
    assert source_texts(text, "en") == ["customs data"]


def test_a_closing_attribution_covers_a_which_clause_of_its_sentence():
    text = (
        "In its Asia unit, which accounts for 38 percent of group sales, revenue slipped 4 percent "
        "to $1.2 billion, the company said."
    )
    claims = extract(text, "en", "2026-07-01").claims
    assert len(claims) == 3 and all([m.text for m in c.sources] == ["the company"] for c in claims)


def test_a_who_clause_about_a_person_stays_apart_from_a_closing_attribution():
    text = "The striker, who scored 19 goals last season, signed a four-year deal, according to The Courier."
    claim = next(c for c in extract(text, "en", "2026-07-01").claims if c.text.startswith("19"))
    assert claim.sources == ()
