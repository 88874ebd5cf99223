"""German accounts over sentences (DESIGN.md, "Rules the answer keys follow"): where an
account goes on, where it ends, and who a sentence's figures come from. The texts are made up."""

from tracker.extraction import extract


def sources_of(text, index):
    return [(s.text, s.name) for s in extract(text, "de", "2026-05-14").claims[index].sources]


def test_a_share_price_move_takes_no_source_from_the_account_before():
    text = (
        "Der Pumpenhersteller Kaltwerk rechnet für das laufende Jahr mit 41 Millionen Euro "
        "Gewinn, wie ein Sprecher am Mittwoch sagte. Im frühen Xetra-Handel verloren die Papiere "
        "gut vier Prozent."
    )
    assert sources_of(text, 0) != []
    assert sources_of(text, 1) == []


def test_a_paper_that_is_a_document_is_no_share():
    text = (
        "Die Stadtwerke Lindau wollen bis 2030 rund 120 Millionen Euro in Netze stecken, teilte "
        "der Versorger mit. Das Papier nennt zudem 35 neue Ladesäulen."
    )
    assert sources_of(text, 1) != []


def test_so_a_role_weiter_names_the_sentence_and_the_person_before():
    text = (
        "„Wir sind über den Berg“, sagte Geschäftsführerin Nele Brandt. Die Zahl der Aufträge sei "
        "bis Ende Juni auf rund 640 gestiegen, so die Managerin weiter."
    )
    assert sources_of(text, 0) == [("die Managerin", "Geschäftsführerin Nele Brandt")]


def test_so_a_surname_weiter_covers_a_figure_before_the_colon():
    text = (
        "Der Vorsitzende Till Marquardt sprach von einem Neuanfang.\n\n"
        "Weil im Vorjahr gut 2,4 Millionen Euro zurückgelegt worden waren, bleibt der Verein "
        "zahlungsfähig: „Wir haben vorgesorgt und zahlen jede Rechnung pünktlich“, so Marquardt weiter."
    )
    [(words, name)] = sources_of(text, 0)
    assert words == "Marquardt" and name.endswith("Till Marquardt")


def test_so_that_opens_a_clause_is_no_source():
    text = "Die Preise stiegen um 4 Prozent, so dass viele Kunden absprangen."
    assert sources_of(text, 0) == []


def test_a_club_with_a_loss_of_its_own_is_its_source():
    text = (
        "Nach dem Abstieg hat der SV Grünfeld Elstertal ein Minus von 2,1 Millionen Euro gemacht. "
        "Auf der Versammlung hieß es, dass der Verein einen Verlust von 2,1 Millionen Euro "
        "ausweisen müsse."
    )
    assert sources_of(text, 0) == [("der SV Grünfeld Elstertal", "SV Grünfeld Elstertal")]
    assert sources_of(text, 1) == [("der Verein", "SV Grünfeld Elstertal")]


def test_a_loss_of_a_body_nobody_names_as_a_firm_has_no_source():
    text = "Nach dem Sturm hat der Wald ein Minus von 400 Bäumen zu beklagen."
    assert sources_of(text, 0) == []


def test_a_draft_with_its_author_gives_the_author_as_source_and_carries():
    text = (
        "Der Entwurf von Bildungsministerin Greta Holm (FDP) sieht für 2027 knapp 3,4 Milliarden "
        "Euro vor. Das sind rund 5 Prozent mehr als im laufenden Jahr."
    )
    words, name = sources_of(text, 0)[0]
    assert words.startswith("Der Entwurf von") and name.endswith("Greta Holm")
    assert [n for _, n in sources_of(text, 1)] == [name]


def test_a_draft_without_an_author_names_no_source():
    text = "Der Entwurf sieht für 2027 knapp 3,4 Milliarden Euro vor."
    assert sources_of(text, 0) == []


def test_a_description_of_the_source_opening_a_paragraph_opens_its_account_again():
    text = (
        "Der Krankenstand stieg auf 6,1 Prozent, wie eine Auswertung der Betriebskrankenkasse "
        "Hanse ergab.\n\n"
        "Die Kasse hat dafür die Daten von rund 1,8 Millionen Mitgliedern ausgewertet."
    )
    assert sources_of(text, 1)[0][0] == "Die Kasse"


def test_a_description_of_a_spokesmans_body_is_not_the_spokesman():
    text = (
        "Bis Montag gingen 41.000 Anträge ein, teilte ein Sprecher der Stadt mit.\n\n"
        "Die Stadt hat deshalb 120 zusätzliche Helfer eingestellt."
    )
    assert [w for w, _ in sources_of(text, 1)] != ["Die Stadt"]


def test_hiess_es_resumes_the_last_account_after_a_paragraph_without_one():
    text = (
        "Die Feuerwehr rückte am Sonntag zu 14 Einsätzen aus, teilte die Feuerwehr mit.\n\n"
        "Am Abend brannte zudem eine Scheune.\n\n"
        "Zwei Helfer hätten sich dabei leicht verletzt, hieß es."
    )
    assert sources_of(text, 1) == [("hieß es", sources_of(text, 0)[0][1])]


def test_demnach_takes_the_body_its_paragraph_names_not_a_report_further_back():
    text = (
        "In 18 Prozent der Proben fanden die Labore Grippeviren, heißt es in dem Wochenbericht.\n\n"
        "Wie teuer die Welle wird, hatte zuvor die Hanse gezeigt, nachdem die Krankenkasse ihre "
        "Daten ausgewertet hatte. Demnach fehlten Beschäftigte im Schnitt 19,4 Tage."
    )
    assert sources_of(text, 1)[0][0] == "die Krankenkasse"


def test_wie_es_mitteilte_stands_for_the_neuter_body_of_its_sentence():
    text = (
        "Seit Jahresbeginn starben 410 Menschen auf den Straßen, wie aus Zahlen der WHO hervorgeht. "
        "Allein im Mai zählte das Verkehrsbüro der UN in Wien 38 Tote, wie es am Montag mitteilte."
    )
    assert sources_of(text, 1)[0][0] == "das Verkehrsbüro der UN in Wien"


def test_wie_es_scheint_names_no_body():
    text = (
        "Seit Jahresbeginn starben 410 Menschen, wie aus Zahlen der WHO hervorgeht. "
        "Im Mai kamen 38 hinzu, wie es scheint."
    )
    assert [w for w, _ in sources_of(text, 1)] != ["das"]


def test_bekannt_gegeben_written_apart_is_a_cue():
    text = "Am Morgen hat die Polizei bekannt gegeben, dass 17 Wanderer gerettet wurden."
    assert [w for w, _ in sources_of(text, 0)] == ["Polizei"]


def test_gegeben_alone_is_no_cue():
    text = "Im Tal hat die Polizei 17 Wanderern Decken gegeben."
    assert sources_of(text, 0) == []


def test_a_quote_after_a_colon_takes_the_speaker_its_clause_refers_to():
    text = (
        "Energieberater Jonas Melk von der Verbraucherzentrale rechnet mit weiter steigenden "
        "Preisen, sagte Melk. Nach seiner Rechnung lohnt sich ein Wechsel: „Ein Haushalt spart "
        "im Schnitt 240 Euro im Jahr.“"
    )
    assert sources_of(text, 0)[0][0] == "Nach seiner Rechnung"


def test_a_quote_after_a_colon_without_a_speaker_reference_takes_nothing():
    text = "Am Ende stand fest: „Ein Haushalt spart im Schnitt 240 Euro im Jahr.“"
    assert sources_of(text, 0) == []


def test_sein_verein_with_a_loss_is_the_club_named_just_before():
    text = (
        "„Die Zuschauer bleiben aus“, sagte die Finanzchefin des VfL Nordheide, Ina Sörensen. "
        "Sein Verein verbuchte einen Verlust von 4 Millionen Euro."
    )
    assert sources_of(text, 0) == [("Sein Verein", "VfL Nordheide")]


def test_a_figureless_sentence_about_another_body_ends_the_account():
    from tracker.extraction import extract

    text = (
        "Verdi fordert für die 12.000 Beschäftigten sieben Prozent mehr Lohn. "
        "Der Arbeitgeberverband Hessen lehnt das ab. Im Raum stehen 3 Prozent in zwei Stufen."
    )
    got = [[m.name for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == ["Verdi"] and "Verdi" not in got[-1]


def test_a_figureless_sentence_about_the_same_body_keeps_the_account():
    from tracker.extraction import extract

    text = (
        "Verdi fordert für die 12.000 Beschäftigten sieben Prozent mehr Lohn. "
        "Verdi droht mit Streiks. Die Laufzeit solle 12 Monate betragen."
    )
    got = [[m.name for m in c.sources] for c in extract(text, "de").claims]
    assert got[-1] == ["Verdi"]


def test_das_with_a_source_before_its_own_figures_does_not_reach_back():
    from tracker.extraction import extract

    text = (
        "Die Hundesteuer soll von 90 auf 120 Euro steigen. "
        "Das bringe nach Berechnungen der Kämmerei 400.000 Euro im Jahr ein."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == [] and got[-1] == ["Kämmerei"]


def test_das_with_a_source_after_its_own_figures_reaches_back():
    from tracker.extraction import extract

    text = "Die Hundesteuer soll von 90 auf 120 Euro steigen. Das seien 33 Prozent, teilte die Stadt mit."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == ["die Stadt"]


def test_das_teilte_x_mit_covers_one_sentence_back():
    from tracker.extraction import extract

    text = (
        "Aus einer Halle verschwanden drei Bagger. Der Schaden liege bei 90.000 Euro. "
        "Das teilte ein Sprecher der Polizei mit."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == [] and got[-1] != []


def test_das_teilte_x_mit_covers_a_das_ist_sentence_and_the_one_before():
    from tracker.extraction import extract

    text = (
        "Die Vereine setzten 2,1 Milliarden Euro um. Das ist ein Plus von 4 Prozent. "
        "Das gab die Liga am Montag bekannt."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] != [] and got[-1] != []


def test_a_counting_body_and_its_spokesperson_are_one_source():
    from tracker.extraction import extract

    text = "In Kassel zählte die Berufsfeuerwehr nach Angaben eines Sprechers 64 Einsätze."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got == [["Sprechers"]]


def test_a_counting_body_beside_another_body_keeps_both_or_the_teller():
    from tracker.extraction import extract

    text = "In Kassel zählte die Berufsfeuerwehr 64 Einsätze, wie die Stadt mitteilte."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got and "Stadt" in " ".join(got[0])


def test_a_counter_beside_the_body_a_preposition_cites_is_no_source():
    from tracker.extraction import extract

    text = "Laut den Zahlen der Statistiker registrierte die Polizei 12.400 Unfälle."
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got == [["Statistiker"]]


def test_a_counter_alone_is_its_own_source():
    from tracker.extraction import extract

    got = [
        [m.text for m in c.sources] for c in extract("Die Polizei registrierte 12.400 Unfälle.", "de").claims
    ]
    assert got == [["Polizei"]]
