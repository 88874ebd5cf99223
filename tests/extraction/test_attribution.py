"""Who a figure is attributed to."""

from tracker.extraction import extract


def sources(text, lang, index=0):
    claims = extract(text, lang).claims
    return [(s.text, s.role) for s in claims[index].sources]


def names(text, lang, index=0):
    return [s.name for s in extract(text, lang).claims[index].sources]


def test_laut_names_the_source():
    assert sources("Laut Polizei wurden 20 Menschen verletzt.", "de") == [("Polizei", "origin")]


def test_according_to_names_the_source():
    assert sources("About 11,000 soldiers are in Russia, according to the officials.", "en")[0][0].endswith(
        "officials"
    )


def test_nach_angaben_with_an_unknown_source_takes_the_noun_phrase():
    text = "An der Übung beteiligen sich nach Angaben des Bündnisses rund 32.000 Soldaten."
    (got,) = [t for t, _ in sources(text, "de")]
    assert got.endswith("Bündnisses")


def test_zufolge_after_the_source():
    assert sources("Dem Ministerium zufolge starben 12 Menschen.", "de")[0][0].endswith("Ministerium")


def test_two_sources_in_one_phrase_are_two_mentions():
    text = (
        "Nach ukrainischen und US-amerikanischen Geheimdienstinformationen befinden sich "
        "derzeit etwa 12.000 nordkoreanische Soldaten in Russland."
    )
    assert [t for t, _ in sources(text, "de")] == [
        "ukrainischen",
        "US-amerikanischen Geheimdienstinformationen",
    ]
    assert names(text, "de") == ["Ukrainian intelligence", "US intelligence"]


def test_descriptive_sources_before_a_speech_verb():
    text = "Westliche Experten geben an, dass 4.000 Soldaten getötet oder verwundet wurden."
    assert sources(text, "de") == [("Westliche Experten", "origin")]


def test_sentence_final_attribution_covers_the_whole_sentence():
    text = "Some 250,000 households were left without power and 12 people were hurt, the grid operator said."
    claims = extract(text, "en").claims
    assert len(claims) == 2
    assert all([s.text.endswith("grid operator") for s in c.sources] == [True] for c in claims)


def test_a_chain_keeps_origin_and_relay_in_order():
    text = "Russland habe 500 Raketen abgefeuert, heißt es aus offiziellen US-Kanälen laut CNN."
    got = sources(text, "de")
    assert [role for _, role in got] == ["origin", "relay"]
    assert got[1][0] == "CNN"


def test_officials_told_a_broadcaster():
    text = "North Korea is preparing to send as many as 6,000 additional troops, US officials told CNN."
    assert sources(text, "en") == [("US officials", "origin"), ("CNN", "relay")]


def test_citing_makes_the_cited_source_the_origin():
    text = "Russia launched 143 drones overnight, according to Reuters, citing Ukrainian officials."
    got = sources(text, "en")
    assert ("Ukrainian officials", "origin") in got and ("Reuters", "relay") in got


def test_confirmation_in_the_next_sentence_joins_counted_claims_only():
    text = (
        "Neue Informationen ukrainischer Offizieller legen nahe, dass das Land seine Truppen verdreifachen "
        "könnte – mit zusätzlichen 25.000 bis 30.000 Soldaten. Ein westlicher Geheimdienstbeamter "
        "bestätigte diese Einschätzung."
    )
    claims = extract(text, "de").claims
    ratio, count = claims
    assert ratio.kind == "ratio" and not any("Geheimdienstbeamter" in s.text for s in ratio.sources)
    assert any("Geheimdienstbeamter" in s.text for s in count.sources)


def test_a_named_person_speaks():
    assert sources("Es gibt 300 Opfer, sagte Müller.", "de") == [("Müller", "origin")]
    assert sources("There are 300 victims, said John Smith.", "en") == [("John Smith", "origin")]


def test_the_speaker_of_a_quote_is_the_source_of_its_figures():
    text = "„Wir haben 500 Soldaten verloren“, sagte Kim laut KCNA."
    got = sources(text, "de")
    assert got[0] == ("Kim", "origin") and ("KCNA", "relay") in got


def test_a_subject_without_a_cue_is_no_source():
    assert sources("Nordkorea begann mit der Entsendung von 12.000 Soldaten.", "de") == []
    assert sources("Nach Russland schickte Nordkorea 12.000 Soldaten.", "de") == []


def test_german_indirect_speech_keeps_the_previous_speaker():
    text = (
        "„Wir suchen die ganze Nacht“, sagte Bürgermeister Oleh Danyljuk. "
        "Der Strom sei in rund 20.000 Haushalten ausgefallen."
    )
    assert sources(text, "de")[0][0] == "Bürgermeister Oleh Danyljuk"


def test_das_teilte_mit_attributes_the_sentence_before():
    text = "Das Feuer hat rund 600 Hektar zerstört. Das teilte der Kreisbrandmeister am Donnerstag mit."
    assert sources(text, "de")[0][0].endswith("Kreisbrandmeister")


def test_gazetteer_gives_canonical_names_and_kinds():
    c = extract("Laut KCNA kamen 300 Soldaten.", "de").claims[0]
    assert (c.sources[0].name, c.sources[0].kind) == ("KCNA", "state_media")
    c = extract("The Pentagon said 300 soldiers arrived.", "en").claims[0]
    assert (c.sources[0].name, c.sources[0].kind) == ("Pentagon", "military")


def test_gazetteer_has_at_least_150_sources_with_both_languages():
    from tracker.extraction.lexicon import SOURCES

    assert len(SOURCES) >= 150
    kinds = {kind for _, kind, _, _ in SOURCES}
    assert {
        "state_media",
        "news_outlet",
        "news_agency",
        "intelligence",
        "government",
        "military",
        "expert",
        "organisation",
    } <= kinds
    for name, _, _, aliases in SOURCES:
        assert {lang for _, lang, _ in aliases} == {"de", "en"}, name


def test_a_separable_verb_needs_its_particle_at_the_end_of_the_clause():
    from tracker.extraction import extract

    r = extract(
        "Die Beamten gaben an der Hafenstraße drei Schüsse auf einen Hund ab, wie ein Polizeisprecher sagte.",
        "de",
        "2026-03-04",
    )
    assert [s.text for s in r.claims[0].sources] == ["Polizeisprecher"]


def test_the_longer_of_a_capitals_alias_and_a_longer_name_is_the_mention():
    result = extract("About 61% of patients were seen within four hours, NHS England said.", "en")
    assert [(m.text, m.name) for m in result.claims[0].sources] == [("NHS England", "NHS England")]


def test_a_participle_attribute_with_its_preposition_belongs_to_the_source():
    result = extract(
        "Der Umsatz stieg um 4,1 Prozent, wie das im SDax notierte Unternehmen am Montag mitteilte.", "de"
    )
    assert [m.text for m in result.claims[0].sources] == ["im SDax notierte Unternehmen"]


def test_an_author_after_by_keeps_the_whole_dotted_abbreviation():
    result = extract("The data, cited by the U.S. in its report, showed 24,686 deaths.", "en")
    texts = [m.text for c in result.claims for m in c.sources]
    assert texts and all(not t.endswith(" U") for t in texts)
    assert any(t.endswith("U.S.") for t in texts)


def test_a_counting_participle_after_its_noun_is_no_source_verb():
    result = extract("The asylum applications recorded in 2019 were more than double those of 2018.", "en")
    texts = [m.text for c in result.claims for m in c.sources]
    assert not any("applications" in t for t in texts)


def test_a_poll_named_by_its_pollster_in_a_compound_is_the_pollsters():
    result = extract("Die Union kommt in der neuen Forsa-Umfrage für den „Stern“ auf 31 Prozent.", "de")
    assert [m.name for m in result.claims[0].sources] == ["Forsa"]


def test_a_body_offering_or_demanding_a_figure_is_its_source():
    # DESIGN.md: a body that presents or declares its own figure is its source
    assert names("Die Arbeitgeber haben bisher 3 Prozent angeboten.", "de") == ["employers"]
    assert names("Der Verband bot zuletzt 2,5 Prozent mehr an.", "de") != []
    assert names("The union is demanding a 9% pay rise.", "en") == ["union"]
    assert names("The union was seeking 6% over two years.", "en") == ["union"]
    assert names("Employers offered a 4.1% increase.", "en") != []


def test_a_request_for_a_term_names_who_asked():
    assert names("Prosecutors had asked for seven years in prison.", "en") == ["prosecutors"]
    assert names("Die Staatsanwaltschaft hatte drei Jahre Haft beantragt.", "de") == ["prosecutors"]
    assert names("Reporters asked 40 officials about the plan.", "en") == []


def test_a_broadcasters_poll_series_made_by_a_pollster():
    # the pollster is the origin, the broadcaster that commissions the series relays it
    text = "Im ZDF-Politbarometer der Forschungsgruppe Wahlen kommt die Partei auf 21 Prozent."
    assert [(s.name, s.role) for s in extract(text, "de").claims[0].sources] == [
        ("Forschungsgruppe Wahlen", "origin"),
        ("ZDF", "relay"),
    ]
    text = "Laut ARD-Deutschlandtrend von Infratest dimap sind 58 Prozent unzufrieden."
    assert names(text, "de") == ["Infratest dimap", "ARD"]
    assert names("Im neuen ARD-Deutschlandtrend kommt die Partei auf 21 Prozent.", "de") == ["ARD"]
    assert names("A Reuters/Ipsos poll found 44% approve.", "en") == ["Ipsos", "Reuters"]


def test_who_offers_or_demands_a_figure_named_by_its_noun():
    assert names("The union rejected the employers' offer of 2.5%.", "en") == ["employers"]
    assert names("The government's offer of 4% was turned down.", "en") != []
    assert names("Nurses rejected last year's offer of 4%.", "en") == []
    assert names("Das Angebot der Arbeitgeber von 3 Prozent reiche nicht.", "de") != []
    # receivables, not a demand: "die Forderungen der Gläubiger"
    assert names("Die Forderungen der Gläubiger beliefen sich auf 9 Millionen Euro.", "de") == []


def test_a_comment_on_the_sentence_before_is_not_its_source():
    text = "Der Verband hatte 3,5 Prozent angeboten. Das sei ein gutes Angebot, sagte Uwe Brand."
    assert names(text, "de") == ["association"]
    text = "In der Stadt fielen 12 Züge aus. Das teilte die Bahn mit."
    assert names(text, "de") == ["Bahn"]


def test_states_is_a_noun_unless_a_clause_follows():
    text = "There were 900 applicants per million people in EU member states last year, Eurostat said."
    assert names(text, "en") == ["Eurostat"]
    assert names("The filing states that 3,400 people were affected.", "en") != []


def test_where_money_was_moved_from_is_no_source():
    text = "She moved money from the club's accounts 30 times, Leeds Crown Court heard."
    assert names(text, "en") == ["Leeds Crown Court"]
