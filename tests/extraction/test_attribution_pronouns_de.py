"""German pronouns that speak for a source: "er" and "sie" agree in gender with what they
stand for (DESIGN.md, "A back-reference names its source"), and a person named by a role
("nach Angaben eines Sprechers") is a person a later "Er" may stand for."""

from tracker.extraction import extract


def texts_and_names(text, index=0):
    return [(s.text, s.name) for s in extract(text, "de", "2026-04-20").claims[index].sources]


def test_sie_does_not_stand_for_a_neuter_company():
    text = (
        "„Wir wachsen schneller als der Markt“, sagte Vorstandschefin Lea Vormann laut der "
        "Mitteilung des Unternehmens. Sie kündigte an, rund 70 Millionen Euro in ein neues Werk "
        "zu stecken."
    )
    assert texts_and_names(text) == [("Sie", "Vorstandschefin Lea Vormann")]


def test_er_does_not_stand_for_a_woman_named_by_her_role():
    text = (
        "Finanzminister Paul Ohlsen verteidigte am Dienstag den Entwurf, sagte Finanzminister Paul "
        "Ohlsen. Rechnungshofpräsidentin Carla Wendt warnte dagegen vor neuen Schulden. "
        "Ohne Kredite fehlten 2027 rund 300 Millionen Euro, sagte er."
    )
    assert texts_and_names(text) == [("er", "Paul Ohlsen")]


def test_er_stands_for_a_spokesman_named_in_a_phrase():
    text = (
        "Nach Angaben eines Sprechers der Hafengesellschaft liefen im Mai 212 Schiffe ein. "
        "Er kündigte an, bis 2028 rund 90 Millionen Euro in neue Kais zu stecken."
    )
    assert texts_and_names(text, 1) == [("Er", "spokesperson")]


def test_a_carried_figure_takes_the_pronoun_that_opens_its_sentence():
    text = (
        "Die Einsparungen könnten die Marge um 2 Prozentpunkte heben, schrieb Analyst Timo Berger "
        "in einer Notiz. Er strich das Kursziel dennoch von 41 auf 37 Euro zusammen."
    )
    assert texts_and_names(text, 1) == [("Er", "Timo Berger")]


def test_a_carried_figure_takes_the_description_after_its_verb():
    text = (
        "Die Krankenkasse Ostsee zählte 2025 rund 310.000 Versicherte, wie sie am Montag mitteilte. "
        "Zugleich kämpft die Kasse mit 45 Millionen Euro höheren Ausgaben für Arzneien."
    )
    assert texts_and_names(text, 1) == [("die Kasse", "Krankenkasse Ostsee")]


def test_a_plural_sie_is_no_source():
    text = (
        "Die Einnahmen stiegen auf 12 Millionen Euro, sagte Kämmerin Ida Roth. "
        "Sie lagen damit um 3 Prozent über dem Plan."
    )
    assert [t for t, _ in texts_and_names(text, 1)] != ["Sie"]


def test_konjunktiv_after_a_quote_goes_on_with_its_speaker():
    """After a direct quote the account of its speaker goes on in reported speech ("könnten",
    "liege"): the figure is the speaker's."""
    text = (
        "Der Deich hielt nur knapp. „Wir hatten großes Glück“, sagte Kreisbrandmeister Olaf Tessin. "
        "Die Sandsäcke könnten einen Pegel von höchstens 7,4 Metern abhalten."
    )
    assert [t for t, _ in texts_and_names(text)] == ["Kreisbrandmeister Olaf Tessin"]


def test_weiter_mitteilte_gives_its_source_to_the_figures_before_it_in_the_paragraph():
    """ "Wie X weiter mitteilte" says the figures before it in its paragraph were X's too, past
    a quotation without figures."""
    text = (
        "Erfurt. Die Zahl der Übernachtungen stieg im März auf 1,1 Millionen. "
        "Im Februar hatte sie bei 0,9 Millionen gelegen. "
        "„Das Ostergeschäft kam früh“, sagt Amtsleiterin Vera Lind. "
        "Wie das Landesamt für Statistik weiter mitteilte, kamen 14 Prozent der Gäste aus dem Ausland."
    )
    claims = extract(text, "de", "2026-04-20").claims
    assert [[s.name for s in c.sources] for c in claims[:2]] == [["Landesamt für Statistik"]] * 2


def test_sie_ist_says_who_someone_is_and_takes_no_carried_source():
    text = (
        "Kleine Gemeinden trifft der Wegzug am stärksten, heißt es in der Untersuchung. "
        "Sie ist seit 2019 Bürgermeisterin des Ortes mit seinen rund 9.000 Einwohnern."
    )
    sources = extract(text, "de", "2026-04-20").claims[0].sources
    assert [s.text for s in sources if s.text == "Sie"] == []


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-04-20").claims]


def test_a_pronoun_speaks_through_the_participle_closing_its_auxiliary_clause():
    text = "Der Verband tagte am Montag in Köln. Er hat bislang 3 Prozent mehr Lohn angeboten."
    assert _sources(text) == [[("Er", "Verband")]]
    text = "Der Landesverband Ost (LVO) lehnt das ab. Er hatte zuvor 4 Prozent gefordert."
    assert _sources(text) == [[("Er", "Landesverband Ost (LVO)")]]


def test_a_capitalised_adjective_between_article_and_body_keeps_the_article():
    text = "Der Kommunale Fahrgastverband Nord (KFN) lehnt das ab. Er hat 5 Prozent gefordert."
    assert _sources(text) == [[("Er", "Kommunale Fahrgastverband Nord (KFN)")]]


def test_no_speaker_where_the_participle_does_not_state():
    # an acting participle, "haben" as the main verb, a participle of another clause
    for text in (
        "Der Verein tagte in Jena. Er hat 70 Mitglieder verloren.",
        "Der Verein tagte in Jena. Er hat 80 Mitglieder.",
        "Der Verein tagte in Jena. Er hat 90 Mitglieder, die das gemeldet haben.",
    ):
        assert _sources(text) == [[]], text


def test_a_first_and_last_name_before_a_verb_of_speech_is_a_person_er_stands_for():
    text = "Streik in Kassel\n\nJan Weber sagte, die Lage sei ernst. Er sagte, 40 Busse fielen aus."
    assert _sources(text) == [[("Er", "Jan Weber")]]
    claim = extract("Jan Weber sagte, 40 Busse fielen aus.", "de").claims[0]
    assert [(s.text, s.kind) for s in claim.sources] == [("Jan Weber", "person")]


def test_a_known_body_or_an_acronym_before_a_verb_of_speech_stays_a_body():
    for text, name in (
        ("Deutsche Bahn sagte, 60 Busse fielen aus.", "Deutsche Bahn"),
        ("Verdi NRW sagte, 70 Busse fielen aus.", "Verdi"),
    ):
        claim = extract(text, "de").claims[0]
        assert [(s.text, s.kind) for s in claim.sources] == [(name, "organisation")], text


def test_der_sprecher_is_not_a_woman_introduced_by_her_role():
    text = (
        "Amtsgericht legt Zahlen vor\n\n"
        "Das berichtete Gerichtssprecher Jonas Keller am Dienstag. Direktorin Marta Wiese nannte "
        "die Lage angespannt.\n\n"
        "Im Jahr 2025 gingen 2.310 Klagen ein, sagte Wiese. Mehr als 400 davon betrafen "
        "Mietstreitigkeiten, wie Keller ergänzte. Die Verfahren dauerten im Schnitt 6,2 Monate, "
        "sagte der Sprecher."
    )
    assert texts_and_names(text, -1) == [("Sprecher", "Keller")]


def test_die_direktorin_stands_for_the_woman_so_introduced():
    text = (
        "Amtsgericht legt Zahlen vor\n\n"
        "Das berichtete Gerichtssprecher Jonas Keller am Dienstag. Direktorin Marta Wiese nannte "
        "die Lage angespannt.\n\n"
        "Im Jahr 2025 gingen 2.310 Klagen ein, sagte Wiese. Die Verfahren dauerten im Schnitt "
        "6,2 Monate, sagte die Direktorin."
    )
    assert [n for _, n in texts_and_names(text, -1)] == ["Wiese"]
