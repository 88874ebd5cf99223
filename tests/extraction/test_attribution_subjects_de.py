"""German: the subject of a clause that holds figures is their source when it is a body or a
person that can speak, whatever its verb (found by place and form, not by a list of stating
verbs); not when the verb acts, nor when the subject is a place, a measure or people doing."""

from tracker.extraction import extract


def sources(text, index=-1):
    claims = extract(text, "de", "2026-05-07").claims
    return [(s.text, s.name) for s in claims[index].sources]


def test_a_body_after_its_verb_in_second_place_is_the_source():
    text = "Für das vergangene Jahr verbucht die Landesbank Nordmark einen Überschuss von 83 Millionen Euro."
    assert [t for t, _ in sources(text)] == ["die Landesbank Nordmark"]


def test_a_short_name_introduced_before_takes_over_from_the_release_carried_to_it():
    text = (
        "Der Fahrradhersteller Kettwerk hat seine Prognose angehoben, teilte das Unternehmen am "
        "Dienstag in Bielefeld mit. Im ersten Halbjahr stieg der Umsatz um 9 Prozent. "
        "Unter dem Strich erlöste Kettwerk 12 Millionen Euro, nach 8 Millionen Euro vor einem Jahr."
    )
    assert sources(text) == [("Kettwerk", "Kettwerk")]
    assert sources(text, -2) == [("Kettwerk", "Kettwerk")]


def test_a_pronoun_after_the_verb_stands_for_the_person_before_it():
    text = (
        "Die Firma teilte am Montag mit, das Geschäft laufe gut. Zuversichtlich zeigt sich die "
        "Finanzchefin Ilka Brandes: Statt 40 Millionen Euro erwartet sie nun 46 Millionen Euro Gewinn."
    )
    assert sources(text) == [("sie", "Ilka Brandes")]


def test_an_acronym_as_subject_of_an_uncommon_verb_is_the_source():
    text = (
        "Die Erde bebte am Morgen, meldete das Institut für Umweltschutz (ISPRA). "
        "Beim jüngsten Beben an der Küste veranschlagte das ISPRA eine Stärke von 4,1."
    )
    assert [t for t, _ in sources(text)] == ["das ISPRA"]


def test_a_party_in_a_poll_is_no_source():
    text = "Im neuen Trend gibt die SPD einen Punkt ab und liegt bei 13 Prozent."
    assert sources(text) == []


def test_an_institution_by_the_end_of_its_noun_is_the_source():
    text = "Im Jahr 2025 erfasste die Tierärztekammer 1.240 gemeldete Bissverletzungen."
    assert [t for t, _ in sources(text)] == ["die Tierärztekammer"]


def test_an_acting_verb_with_its_particle_gives_no_source():
    text = "Am Wochenende nahm die Bundespolizei am Hauptbahnhof 38 Menschen fest."
    assert sources(text) == []


def test_an_acting_participle_after_an_auxiliary_gives_no_source():
    text = "Im vergangenen Jahr hat die Stiftung 120 Schulen gebaut."
    assert sources(text) == []


def test_a_place_as_subject_gives_no_source():
    text = "Im Sommer zählte Hamburg 1,9 Millionen Übernachtungen."
    assert sources(text) == []


def test_a_measure_as_subject_gives_no_source():
    text = "Im ersten Quartal kletterte der Umsatz um 14 Prozent auf 641 Millionen Euro."
    assert sources(text) == []


def test_sein_or_haben_as_main_verb_describes_the_subject():
    assert sources("Nach der Fusion hat die Krankenkasse 1,2 Millionen Versicherte.") == []
    assert sources("Unter dem Strich blieb die Brauerei mit 2 Millionen Euro im Plus.") == []


def test_people_doing_the_counted_thing_are_no_source():
    text = "Die Beamten überprüften an der Raststätte 212 Personen."
    assert sources(text) == []


def test_a_figure_in_a_subordinate_clause_is_not_the_subjects():
    text = "Die Feuerwehr musste das Dach öffnen, um zwei eingeklemmte Männer zu befreien."
    assert sources(text) == []


def test_an_account_going_on_keeps_its_source():
    text = (
        "Das ukrainische Militär meldete am Morgen neue Zahlen. "
        "Demnach zerstörten die Streitkräfte am Vortag 9 Panzer."
    )
    assert [t for t, _ in sources(text)] != ["die Streitkräfte"]


def test_an_opening_subject_with_genitive_and_apposition_before_a_strong_past():
    text = (
        "Der Landrat des Kreises Hohenau, Bernd Fiala, sprach von zwölf Verletzten, "
        "unter ihnen seien zwei Kinder."
    )
    assert sources(text) == [("Der Landrat des Kreises Hohenau, Bernd Fiala", "Bernd Fiala")]
    assert sources(text, 0) == sources(text)


def test_reported_speech_after_the_verb_is_what_the_subject_says():
    text = (
        "Der Bürgermeister, Armin Tollwerk, schrieb am Abend, "
        "bei dem Brand seien drei Menschen verletzt worden."
    )
    assert [n for _, n in sources(text)] == ["Armin Tollwerk"]


def test_data_without_an_author_are_the_subjects_own():
    text = "Nach den neuesten Daten zahlte die Rentenkasse im Mai 41.000 Versicherten eine Reha-Leistung."
    assert [t for t, _ in sources(text)] == ["die Rentenkasse"]


def test_a_strong_past_in_second_place_over_a_relative_clause():
    text = "Nach den Zahlen, die sich auf das Frühjahr beziehen, nahm die Sparkasse 12 Millionen Euro ein."
    assert [t for t, _ in sources(text)] == ["die Sparkasse"]


def test_a_span_of_time_is_not_what_the_subject_states():
    text = "Die Firma meldete am Montag Insolvenz an. Über 14 Monate hinweg gab sie immer wieder Zusagen ab."
    assert sources(text) == []


def test_an_opening_subject_leaves_no_second_subject_after_a_later_word():
    text = "Die Forschenden hatten über zwölf Jahre hinweg die Daten von 24.800 Teilnehmenden ausgewertet."
    assert [t for t, _ in sources(text, 1)] != ["die Daten"]


def test_the_subject_of_a_subordinate_clause_with_its_verb_at_the_end():
    text = (
        "Die Gemeinde atmet auf, nachdem die Kommunalaufsicht, die den Etat prüfen muss, "
        "ein Minus von 4 Millionen Euro für tragbar erklärt hatte."
    )
    assert [t for t, _ in sources(text)] == ["die Kommunalaufsicht"]


def test_an_acting_verb_at_the_end_of_a_subordinate_clause_gives_no_source():
    text = "Die Lage beruhigte sich, nachdem die Polizei 14 Randalierer festgenommen hatte."
    assert sources(text) == []


def test_a_name_ending_in_a_body_noun():
    text = "Für 2027 taxiert die Deutsche Bank das Wachstum auf 1,1 Prozent."
    assert [t for t, _ in sources(text)] == ["die Deutsche Bank"]


def test_the_subjects_own_document_yields_to_the_subject():
    text = "In ihrem Jahresbericht beziffert die Stiftung Warentest die Zahl der Prüfungen auf 210."
    assert [t for t, _ in sources(text)] == ["die Stiftung Warentest"]


def test_a_comment_clause_with_was_gives_its_subject_to_the_clause_before():
    text = (
        "Im Mai allein sank die Zahl der Gäste um 4,2 Prozent, "
        "was das Tourismusamt mit dem kalten Wetter erklärte."
    )
    assert [t for t, _ in sources(text)] == ["das Tourismusamt"]


def test_a_comment_clause_whose_subject_acts_gives_nothing():
    text = "Die Zahl der Einbrüche stieg um 12 Prozent, was die Polizei zusätzliche Streifen einsetzen ließ."
    assert sources(text, 0) == []


def test_a_subject_with_its_abbreviation_in_brackets_before_its_verb():
    from tracker.extraction import extract

    text = "Der Deutsche Imkerverband (DIV) hatte zuletzt eine Ernte von 21.000 Tonnen ausgewiesen."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got == [["Der Deutsche Imkerverband"]]


def test_brackets_with_a_place_after_a_thing_give_no_source():
    from tracker.extraction import extract

    got = [
        [m.text for m in c.sources] for c in extract("Die Ernte (NRW) lag bei 21.000 Tonnen.", "de").claims
    ]
    assert got == [[]]


def test_a_role_and_name_whose_infinitive_clause_holds_the_target():
    from tracker.extraction import extract

    text = (
        "Bürgermeisterin Lina Hoff hält nicht mehr am Ziel fest, in diesem Jahr rund 900 Wohnungen zu bauen. "
        "Machbar seien nun höchstens 600 Wohnungen."
    )
    got = [[(m.text, m.name) for m in c.sources] for c in extract(text, "de").claims]
    assert got == [[("Bürgermeisterin Lina Hoff", "Lina Hoff")]] * 2


def test_a_purpose_clause_stays_the_subjects_deed():
    from tracker.extraction import extract

    text = "Die Feuerwehr rückte aus, um zwei Menschen aus dem Auto zu befreien."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got == [[]]


def test_indicative_figures_after_a_subject_source_are_not_carried():
    from tracker.extraction import extract

    text = (
        "Bürgermeisterin Lina Hoff hält nicht mehr am Ziel fest, in diesem Jahr rund 900 Wohnungen zu bauen. "
        "Gebaut wurden 2025 nur 120 Wohnungen."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[-1] == []


def test_an_unknown_acronym_with_its_article_is_a_body():
    from tracker.extraction import extract

    got = [
        [m.text for m in c.sources]
        for c in extract("Im Juni verbuchte die BKK Elbtal 9.100 Fälle.", "de").claims
    ]
    assert got == [["die BKK Elbtal"]]


def test_a_party_acronym_in_a_poll_is_no_source():
    from tracker.extraction import extract

    got = [[m.text for m in c.sources] for c in extract("Die SPD liegt bei 13 Prozent.", "de").claims]
    assert got == [[]]


def test_the_subject_takes_over_from_its_own_pronoun_in_the_next_sentence():
    from tracker.extraction import extract

    text = (
        "Landrätin Eva Brück hat Mehrkosten von 9 Millionen Euro eingeräumt. "
        "Insgesamt koste die Brücke damit 40 Millionen Euro, fügte sie hinzu."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == ["Landrätin Eva Brück"]


def test_a_dass_clause_holds_what_the_subject_states():
    from tracker.extraction import extract

    text = "Zugunsten der Angeklagten wertete die Kammer, dass zwei der vier Frauen gestanden hatten."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got and all(g == ["die Kammer"] for g in got)


def test_a_dass_clause_after_another_clause_is_not_the_subjects():
    from tracker.extraction import extract

    text = "Die Kammer tagte bis zum Abend, weil die Zeugen fehlten, sodass 40 Besucher warteten."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got == [[]]


def test_a_result_in_a_clause_whose_pronoun_stands_for_the_sentences_organisation():
    text = (
        "Die Sparte meldete 20 Millionen Euro Umsatz. Unter dem Strich verbuchte der Klub einen "
        "Gewinn von 8,2 Millionen Euro, nachdem er ein Jahr zuvor ein Minus von 1,3 Millionen Euro "
        "ausgewiesen hatte."
    )
    got = {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-05-01").claims}
    assert got["1,3 Millionen Euro"] == ["der Klub"]


def test_a_pronoun_clause_without_a_result_subject_before_keeps_its_source():
    text = (
        "Die Sparte meldete 20 Millionen Euro Umsatz. Sie hatte ein Jahr zuvor ein Minus von "
        "1,3 Millionen Euro ausgewiesen."
    )
    got = {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-05-01").claims}
    assert "der Klub" not in got["1,3 Millionen Euro"]


def test_a_request_in_a_separable_zu_infinitive_is_the_subjects():
    text = (
        "Wie angekündigt, hatte Oberbürgermeister Falk Rieder den Stadtrat im März gebeten, "
        "eine Senkung der Gewerbesteuer um 15 Punkte auf 395 Prozent mitzutragen."
    )
    assert [t for t, _ in sources(text)] == ["Oberbürgermeister Falk Rieder"]
    assert [t for t, _ in sources(text, 0)] == ["Oberbürgermeister Falk Rieder"]


def test_the_konjunktiv_consequence_of_such_a_request_goes_on_with_it():
    text = (
        "Die Stadtkämmerin Petra Oswald hatte die Fraktionen gebeten, die Kita-Gebühren um "
        "12 Prozent anzuheben. Damit wären die Einnahmen auf gut 2,7 Millionen Euro gestiegen."
    )
    assert [n for _, n in sources(text)] == ["Petra Oswald"]


def test_a_clause_with_its_own_finite_verb_after_the_request_is_not_the_subjects():
    text = "Landrätin Erika Pohl hatte den Kreistag gebeten, doch die Umlage erreichte 31 Prozent."
    assert sources(text) == []


def test_plural_bodies_backing_a_proposal_are_its_source():
    text = "Am Montag tragen die Gewerkschaften eine Erhöhung der Zulage auf 240 Euro mit."
    assert [t for t, _ in sources(text)] == ["die Gewerkschaften"]


def test_a_plural_sie_opening_its_clause_stands_for_the_bodies_named_before():
    text = (
        "Die Fraktionen von SPD und Linken berieten sich am Abend. Danach stand ihr Kurs fest. "
        "Ergebnis: Sie unterstützen eine Senkung der Hundesteuer auf 84 Euro."
    )
    assert sources(text) == [("Sie", "Fraktionen")]


def test_a_plural_sie_after_people_doing_things_is_no_source_of_this_rule():
    text = "Die Helfer kamen am Morgen. Sie tragen eine Erhöhung der Pauschale auf 60 Euro mit."
    assert sources(text) == []


def test_a_was_clause_tells_what_the_subjects_proposal_yields():
    text = (
        "Die Kämmerei schlägt eine Gebühr von 35 Euro vor, was der Gemeinde rund 410.000 Euro "
        "im Jahr einbringen soll."
    )
    assert [t for t, _ in sources(text)] == ["Die Kämmerei"]
    assert [t for t, _ in sources(text, 0)] == ["Die Kämmerei"]


def test_a_was_clause_after_an_acting_subject_takes_no_source():
    text = "Die Bundespolizei nahm am Bahnhof 14 Menschen fest, was 3 mehr als im Vorjahr waren."
    assert sources(text) == []


def test_a_prepositional_phrase_opening_the_sentence_is_no_subject():
    assert sources("Im Bauausschuss erreichte die Pauschale zuletzt 310 Euro.") == []
    assert sources("Beim Landesverband stieg die Zahl der Mitglieder auf 4.800.") == []


def test_the_subject_after_an_opening_prepositional_phrase_is_the_source():
    text = "Im Bauausschuss befürwortet die Verwaltung eine Pauschale von 310 Euro."
    assert [t for t, _ in sources(text)] == ["die Verwaltung"]


def test_a_body_opening_the_sentence_still_presents_its_figure():
    text = "Das Landesamt für Statistik zählte im Sommer 4.800 Gästebetten."
    assert [n for _, n in sources(text)] == ["Landesamt für Statistik"]
