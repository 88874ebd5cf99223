"""Attribution by the layout of news writing: lists and tables after a sentence that ends with
a colon, a closing attribution that covers its paragraph's run of figures, a source in a side
clause, "hieß es", the paper a poll is for, a release's later paragraphs (issue #14)."""

from tracker.extraction import extract


def _sources(text: str, lang: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, lang, "2026-03-14").claims}


def _named(text: str, lang: str) -> dict[str, list[str]]:
    return {c.text: [m.name for m in c.sources] for c in extract(text, lang, "2026-03-14").claims}


# lists and tables


def test_bulleted_lines_after_a_colon_are_the_introducing_bodys():
    text = (
        "Mehr Hilfe für Tafeln\n\n"
        "Die Inflationsrate lag im Februar bei 2,4 Prozent, wie das Statistische Landesamt mitteilte. "
        "Die Behörde nannte folgende Veränderungen gegenüber dem Vorjahresmonat:\n"
        "Nahrungsmittel: + 3,1 %\n"
        "Energie: - 1,8 %\n"
        "Dienstleistungen: + 3,9 %\n\n"
        "Ökonomen rechnen mit einer weiteren Abschwächung."
    )
    found = _sources(text, "de")
    assert found["3,1 %"] == found["1,8 %"] == found["3,9 %"] == ["Die Behörde"]


def test_table_rows_after_a_speaker_with_a_colon_are_the_speakers():
    text = (
        "Count of new trees\n\n"
        "Volunteers walked every street of Harwick in April. The parks department said:\n"
        "Alder 12\n"
        "Birch 340\n"
        "Oak 1,250\n\n"
        "The count is repeated every spring."
    )
    found = _sources(text, "en")
    assert found["12"] == found["340"] == found["1,250"] == ["parks department"]


def test_dashed_items_take_the_account_of_the_paragraph_before_the_colon():
    text = (
        "Die Kreisfeuerwehr Auental rückte im vergangenen Jahr 1.930 Mal aus, "
        "teilte der Kreisbrandmeister mit. "
        "Die Einsätze verteilten sich so:\n"
        "- Kreis Nord: 240 Einsätze\n"
        "- Kreis Mitte: 610 Einsätze\n\n"
        "Der neue Kreisbrandmeister tritt sein Amt im April an."
    )
    found = _sources(text, "de")
    assert found["240 Einsätze"] == found["610 Einsätze"] == found["1.930 Mal"]
    assert found["240 Einsätze"]


def test_a_line_ending_with_a_full_stop_ends_the_list():
    text = (
        "The council said:\nAlder 12\nBirch 340\n\nA storm felled 40 trees in the old cemetery last winter."
    )
    assert _sources(text, "en")["40 trees"] == []


def test_short_lines_without_a_colon_before_them_are_no_list():
    text = "Laufen im Park\n\nBeim Stadtlauf starteten 900 Menschen.\nSieger Tom Lenz 31 Minuten\n"
    assert _sources(text, "de")["31 Minuten"] == []


# a closing attribution covers the run of figures of its paragraph


def test_a_closing_teilte_mit_covers_every_figure_sentence_of_its_paragraph():
    text = (
        "Arbeitsmarkt im Februar\n\n"
        "Die Zahl der Arbeitslosen ist im Februar gestiegen. 2,99 Millionen Menschen waren ohne Job, "
        "70.000 mehr als im Januar. Die Quote stieg auf 6,4 Prozent. Im Vergleich zum Vorjahresmonat "
        "waren es 180.000 Arbeitslose mehr, teilte die Bundesagentur für Arbeit am Freitag mit.\n\n"
        "Die Gewerkschaften fordern mehr Weiterbildung."
    )
    found = _sources(text, "de")
    assert all(v == ["Bundesagentur für Arbeit"] for v in found.values()), found


def test_a_closing_said_covers_every_figure_sentence_of_its_paragraph():
    text = (
        "Unemployment rose to 4.4% in the three months to January. Some 1.6 million people were out "
        "of work, up 56,000 on the previous quarter. Wage growth slowed to 5.1%, the Office for "
        "National Statistics said on Tuesday."
    )
    found = _named(text, "en")
    assert all(v == ["ONS"] for v in found.values()), found


def test_a_sentence_without_figures_ends_the_run_a_closing_attribution_covers():
    text = (
        "Heftige Gewitter haben Hunderte Feuerwehreinsätze ausgelöst. Im Süden entspannte sich die Lage. "
        "Ein Bach erfasste eine Frau, die Suche nach ihr sei nach 6 Stunden unterbrochen worden, "
        "teilte die Polizei mit."
    )
    assert _sources(text, "de")["Hunderte Feuerwehreinsätze"] == []


def test_a_mid_sentence_laut_before_more_words_does_not_close_the_paragraph():
    text = (
        "Rund 5400 Lokführer legten die Arbeit nieder. Von den rund 5600 Aufsichten beteiligten sich "
        "laut Bahn 18 am Ausstand."
    )
    assert _sources(text, "de")["Rund 5400 Lokführer"] == []


# a source in a side clause


def test_a_name_with_an_apposition_after_a_conjunction_is_the_speaker_of_its_clause():
    text = (
        "Shares in Centrica fell after Ofgem, the energy regulator, said on Friday that the price cap "
        "would drop by 7% to 1,690 pounds a year. About 22 million households pay the capped rate."
    )
    found = _named(text, "en")
    assert found["7%"] == found["1,690 pounds"] == found["About 22 million households"] == ["Ofgem"]


def test_a_hyphenated_name_after_as_with_an_article_and_apposition_speaks():
    text = (
        "Markets rallied as the Federal Reserve, the US central bank, said it would cut rates by 0.25 points."
    )
    assert _named(text, "en")["0.25 points"] == ["Federal Reserve"]
    text = "Shares jumped after Rolls-Royce, the engine maker, said profit rose 12%."
    assert _named(text, "en")["12%"] == ["Rolls-Royce"]


def test_the_figure_before_the_side_clause_is_not_its_speakers():
    text = (
        "Shares in Centrica jumped 5% after Ofgem, the energy regulator, said the price cap would fall by 7%."
    )
    found = _named(text, "en")
    assert found["5%"] == []
    assert found["7%"] == ["Ofgem"]


def test_a_german_side_clause_nachdem_x_mitgeteilt_hatte_gives_its_figures_and_carries():
    text = (
        "Die Aktie gab nach, nachdem der Konzern mitgeteilt hatte, der Umsatz sei um 4 Prozent gesunken. "
        "Der Gewinn brach um 20 Prozent ein."
    )
    found = _sources(text, "de")
    assert found["4 Prozent"] == found["20 Prozent"] == ["Konzern"]


# "hieß es": the words nearest the claim


def test_hiess_es_bei_x_is_one_mention_with_the_name():
    text = "Rund 300 Anwohner mussten ihre Häuser verlassen, hieß es bei der Stadtverwaltung."
    (claim,) = extract(text, "de", "2026-03-14").claims
    assert [m.text for m in claim.sources] == ["hieß es bei der Stadtverwaltung"]


def test_a_carried_account_is_keyed_by_hiess_es_in_its_own_sentence():
    text = (
        "Rund 300 Anwohner mussten ihre Häuser verlassen, teilte die Stadtverwaltung mit. "
        "Am Nachmittag sei der Pegel um weitere 20 Zentimeter gestiegen, hieß es weiter."
    )
    (claim,) = [c for c in extract(text, "de", "2026-03-14").claims if c.value == 20]
    assert [(m.text, m.name) for m in claim.sources] == [("hieß es", claim.sources[0].name)]
    assert "Stadtverwaltung" in text[: claim.start]


def test_hiess_es_without_an_account_before_names_no_one():
    text = "Zwei Radfahrer kamen ins Krankenhaus. 14 Menschen seien leicht verletzt, hieß es."
    assert all(not c.sources for c in extract(text, "de", "2026-03-14").claims)


def test_an_office_with_its_place_is_one_body_not_a_person():
    text = "Laut dem Statistischen Landesamt Thüringen lagen die Preise um 2,6 % über dem Vorjahresmonat."
    (claim,) = extract(text, "de", "2026-03-14").claims
    assert [(m.text, m.kind) for m in claim.sources] == [("Landesamt Thüringen", "government")]


def test_the_statisticians_naming_a_list_resolve_to_the_office():
    text = (
        "Laut dem Statistischen Landesamt Thüringen lagen die Preise um 2,6 % über dem Vorjahresmonat.\n\n"
        "Die Statistiker nennen diese Veränderungen:\n"
        "- Gemüse: + 9,2 %\n"
        "- Obst: + 7,4 %\n"
    )
    found = _sources(text, "de")
    assert found["9,2 %"] == found["7,4 %"] == ["Die Statistiker"]


# a credit line


def test_a_quelle_line_names_the_source_of_the_paragraph_before_it():
    text = (
        "Preise in Thüringen\n\n"
        "Energie kostete im Oktober 1,4 % mehr als ein Jahr zuvor. "
        "Strom verteuerte sich leicht (+ 2,2 %).\n\n"
        "Quelle: Statistisches Landesamt Thüringen, Erfurt"
    )
    found = _sources(text, "de")
    assert found["1,4 %"] == found["2,2 %"] == ["Quelle: Statistisches Landesamt Thüringen"]


def test_a_source_line_names_the_source_of_unattributed_figures_only():
    text = (
        "Fuel duty raised 3% of revenue, the Treasury said.\n\n"
        "Pump prices fell 2p a litre in March. Diesel fell 3p.\n\n"
        "Source: RAC Foundation"
    )
    found = _named(text, "en")
    assert found["3%"] == ["Treasury"]
    assert found["2p"] == found["3p"] == ["RAC Foundation"]


# polls


def test_the_survey_opening_a_paragraph_is_the_pollsters_account_over_the_next():
    text = (
        "Reform UK has moved five points clear, according to the latest poll by Kestrel Research.\n\n"
        "The survey of 2,031 adults was carried out online between 15 and 17 April.\n\n"
        "Reform is up two points on 31%, while Labour drops three points to 26%."
    )
    found = {c.text: [(m.name, m.text) for m in c.sources] for c in extract(text, "en", "2026-04-20").claims}
    assert found["31%"] == found["26%"] == [("Kestrel Research", "The survey")]


def test_a_price_index_opening_a_sentence_is_no_back_reference():
    text = (
        "Prices rose 0.2 percent in March, the statistics bureau said.\n\n"
        "The price index for food rose 0.4 percent."
    )
    found = _sources(text, "en")
    assert "The price index" not in found["0.4 percent"]


def test_the_paper_a_poll_is_for_is_no_source():
    text = "A YouGov poll for the Sunday Times puts Reform on 29% and Labour on 27%."
    assert _named(text, "en")["29%"] == ["YouGov"]
    text = (
        "Labour's lead has narrowed to eight points, according to a poll by Kestrel Research for the Times."
    )
    assert _named(text, "en")["eight points"] == ["Kestrel Research"]


def test_the_broadcaster_a_german_poll_is_made_for_is_no_source():
    text = "Die SPD liegt bei 16 Prozent. Das hat eine Umfrage von Infratest dimap für die ARD ergeben."
    assert _named(text, "de")["16 Prozent"] == ["Infratest dimap"]
    text = "Laut einer Umfrage von Forsa im Auftrag von RTL liegt die SPD bei 16 Prozent."
    assert _named(text, "de")["16 Prozent"] == ["Forsa"]


# pronouns


def test_it_added_after_a_paragraph_break_stands_for_the_description_that_spoke():
    text = (
        "The regulator said bills would rise by 4%.\n\n"
        "Suppliers can charge no more than 25.73p a unit, it added.\n\n"
        "Bills will still be 2.3% lower than a year ago."
    )
    found = {c.text: [(m.name, m.text) for m in c.sources] for c in extract(text, "en", "2026-04-20").claims}
    assert found["no more than 25.73p"] == [("regulator", "it")]


def test_officers_said_at_the_end_is_the_polices_attribution():
    text = "A search found around 300 wraps of cocaine and about 2.5kg of cannabis, officers said."
    found = _sources(text, "en")
    assert found["around 300 wraps"] == found["about 2.5kg"] == ["officers"]


def test_wire_copy_goes_on_after_a_paragraph_the_account_reached_in_full():
    text = (
        "Arrivals rise\n\n"
        "Some 4,100 people arrived by boat in the year to June, the agency said.\n\n"
        "Of those who came, 98 per cent applied for asylum, the agency said. "
        "Arrivals by boat made up 37 per cent of all claimants.\n\n"
        "Claims for protection rose 18 per cent over the year.\n\n"
        "Most claims were decided within six months.\n\n"
        "The backlog stood at 7,300 cases.\n\n"
        "Appeals took longer."
    )
    found = _sources(text, "en")
    assert found["18 per cent"] == ["the agency"]


def test_wie_stark_opening_a_question_clause_names_no_source():
    text = (
        "Wie stark Atemwegsinfekte die Betriebe belasten, hatte zuvor eine Kasse gezeigt: "
        "21,3 Tage fehlten Beschäftigte."
    )
    assert all("stark" not in m.text for c in extract(text, "de", "2026-03-14").claims for m in c.sources)


def test_er_rechnet_and_sagte_er_carry_the_named_speaker_under_the_pronoun():
    text = (
        "Stadtkämmerer Jonas Albrecht hält den Entwurf für genehmigungsfähig. Er rechnet damit, dass die "
        "Gewerbesteuer mit rund 410 Millionen Euro etwa 6 Prozent mehr einbringt. Die Rücklage werde auf "
        "knapp 35 Millionen Euro schrumpfen, sagte er."
    )
    found = {c.text: [(m.name, m.text) for m in c.sources] for c in extract(text, "de", "2026-03-14").claims}
    # "Stadtkämmerer" is a role noun: the person's name without it, as after "Landrätin"
    assert found["etwa 6 Prozent"] == [("Jonas Albrecht", "Er")]
    assert found["knapp 35 Millionen Euro"] == [("Jonas Albrecht", "er")]


def test_a_known_union_after_will_declares_its_own_demand():
    text = (
        "Für die rund 3,8 Millionen Beschäftigten will die IG Metall ein Lohnplus von 7 Prozent durchsetzen."
    )
    assert _named(text, "de")["7 Prozent"] == ["IG Metall"]


# releases over paragraphs


def test_a_german_paragraph_opening_with_die_meisten_goes_on_with_the_release():
    text = (
        "Weniger Asylanträge\n\n"
        "Bundesweit wurden im Februar 18.500 Erstanträge gestellt, meldete das Bundesamt für Migration "
        "und Flüchtlinge am Mittwoch.\n\n"
        "Die meisten Antragsteller kamen aus Syrien, nämlich 4.900. Aus Afghanistan kamen 2.800 Menschen."
    )
    found = _named(text, "de")
    assert found["4.900"] == found["2.800 Menschen"] == found["18.500 Erstanträge"] != []


def test_a_quotation_taken_from_a_release_lets_the_release_go_on():
    text = (
        "„Unsere neuen Geräte kommen hervorragend an“, sagte Calvelli laut der Mitteilung des Unternehmens. "
        "Im ersten Quartal kletterte der Umsatz um 14 Prozent auf 641 Millionen Euro."
    )
    found = _sources(text, "de")
    assert found["14 Prozent"] == found["641 Millionen Euro"] == ["des Unternehmens"]


def test_a_quotation_relayed_by_media_ends_with_the_quotation():
    text = "„Wir schützen die Schiffe“, so ein Sprecher laut CNN. Die Marine hat 6.000 Soldaten dort."
    assert _sources(text, "de")["6.000 Soldaten"] == []


def test_the_share_price_move_is_no_part_of_the_companys_account():
    text = (
        "Das Unternehmen will 90 Millionen Euro in ein Werk investieren, teilte es mit. "
        "Die Aktie legte am Vormittag um 6,2 Prozent zu."
    )
    assert _sources(text, "de")["6,2 Prozent"] == []
    text = "The company expects revenue of $2.9 billion, it said. Shares rose 4% in early trading."
    assert _sources(text, "en")["4%"] == []


def test_a_named_speaker_with_a_role_of_an_organisation_in_commas_speaks():
    text = (
        "Priya Salter, coordinator of the Fuel Bills Action Network, said the rise would push another "
        "250,000 households into fuel poverty."
    )
    assert _sources(text, "en")["250,000 households"] == ["Priya Salter"]


def test_wie_eine_umfrage_zeigt_colon_is_an_attribution_not_a_quote():
    text = (
        "Anders sieht es in Berlin aus, wie eine zweite Umfrage von Verian für das Blatt zeigt: "
        "In der Hauptstadt liegen laut der Erhebung die Grünen vorn. Sie würden 23 Prozent erreichen."
    )
    result = extract(text, "de", "2026-03-14")
    assert result.quotes == ()
    assert "der Erhebung" in [m.text for m in result.claims[0].sources]
