"""German attribution shapes of issue 14 (branch 14jde): a body introduced with an indefinite
article beside its speaker, an inserted "X zufolge" after figures, a source explaining the
change just reported, a described company presenting its results, crossheads and a paragraph
opening in Konjunktiv. Every text here is invented for the test."""

from tracker.extraction import extract
from tracker.extraction.discourse_stage.reported_open import opens_reported


def _sources(text: str) -> dict[str, list[str]]:
    """claim text -> the mention texts of its sources."""
    result = extract(text, "de", "2026-03-10")
    return {c.text: [s.text for s in c.sources] for c in result.claims}


def _of(found, start: str) -> list[str]:
    return next(v for k, v in found.items() if k.startswith(start))


# a body introduced with an indefinite article and a relative clause is no source -----------


def test_an_introduced_company_is_no_source_beside_the_speaker():
    found = _sources(
        "Ein Feuer zerstörte eine Scheune.\n\n"
        "Gemietet habe die Scheune eine Firma, die Boote lagere, sagte ein Polizeisprecher. "
        "Zwölf Boote seien verbrannt."
    )
    assert _of(found, "Zwölf Boote") == ["Polizeisprecher"]


def test_an_indefinite_speaker_stays_a_source():
    found = _sources("Ein Feuer zerstörte eine Scheune.\n\nZwölf Boote seien verbrannt, sagte ein Sprecher.")
    assert _of(found, "Zwölf Boote") == ["Sprecher"]


# "X zufolge" inserted after the verb of a sentence without figures -------------------------


def test_an_inserted_zufolge_without_figures_sources_the_sentence_before():
    found = _sources(
        "Die Zahl der Gäste sank.\n\n"
        "Der Herbst half den Hotels. Gäste aus dem Ausland buchten 1,3 Millionen Nächte. "
        "Die meisten kamen dem Landesamt zufolge aus Polen."
    )
    assert _of(found, "1,3 Millionen") == ["Landesamt"]


def test_an_inserted_zufolge_is_nearer_than_an_account_carried_from_before():
    found = _sources(
        "Weniger Gäste im Harz\n\n"
        "Kassel (dpa) - Die Gastgeber haben weniger Nächte gezählt. Die Zahl sei um 2 Prozent "
        "gesunken, berichtete das Statistikamt Mitte am Freitag.\n\n"
        "Im Harz erreichten die Buchungen den Statistikern zufolge das Zwei- bis knapp Dreifache "
        "des Vorjahres. Die Gäste kamen überwiegend aus Sachsen. Gäste aus dem Ausland buchten "
        "1,3 Millionen Nächte. Die meisten reisten dem Statistikamt zufolge aus Polen an."
    )
    assert _of(found, "1,3 Millionen") == ["Statistikamt"]


def test_an_inserted_zufolge_leaves_a_figure_with_a_source_of_its_own_sentence():
    found = _sources(
        "Die Zahl der Gäste sank.\n\n"
        "Gäste aus dem Ausland buchten den Statistikern zufolge 1,3 Millionen Nächte. "
        "Die meisten kamen dem Landesamt zufolge aus Polen."
    )
    assert _of(found, "1,3 Millionen") == ["den Statistikern"]


def test_an_inserted_source_with_figures_of_its_own_does_not_reach_back():
    found = _sources(
        "Die Zahl der Gäste sank.\n\n"
        "Der Herbst half den Hotels. Gäste aus dem Ausland buchten 1,3 Millionen Nächte. "
        "Aus Polen kamen nach Angaben der Statistiker 400.000 Gäste."
    )
    assert _of(found, "1,3 Millionen") == []


def test_an_opening_laut_does_not_reach_back():
    found = _sources(
        "Die Zahl der Gäste sank.\n\n"
        "Der Herbst half den Hotels. Gäste aus dem Ausland buchten 1,3 Millionen Nächte. "
        "Laut Landesamt kamen die meisten aus Polen."
    )
    assert _of(found, "1,3 Millionen") == []


# the source explains the change just reported ---------------------------------------------


def test_a_source_explaining_the_decline_sources_the_figures_before_it():
    found = _sources(
        "Die Liga verdient mehr.\n\n"
        "Die Vereine der Regionalliga setzten 210 Millionen Euro um, nach 230 Millionen im Vorjahr. "
        "Der Fußballverband DFB erklärt den Rückgang damit, dass „mehrere große Clubs aufgestiegen sind“."
    )
    assert _of(found, "210 Millionen") == ["Fußballverband DFB"]


def test_a_source_opening_its_own_statement_does_not_reach_back():
    found = _sources(
        "Die Liga verdient mehr.\n\n"
        "Die Vereine der Regionalliga setzten 210 Millionen Euro um. "
        "Der Verband erklärt, er wolle die Liga stärken."
    )
    assert _of(found, "210 Millionen") == []


# Report and Bilanz are documents ------------------------------------------------------------


def test_a_report_named_after_the_figure_sources_it():
    found = _sources(
        "Die Liga verdient mehr.\n\n"
        "Die Erlöse der Liga haben sich seit 2015 verdreifacht. Das zeigt der neue Finanzreport des Verbands."
    )
    assert _of(found, "verdreifacht") != []


# a described company presents its own results ----------------------------------------------


def test_a_described_company_subject_presents_its_results():
    found = _sources(
        "Die Fährgesellschaft Nordlink hat ein gutes Jahr hinter sich, teilte Nordlink mit.\n\n"
        "Der Hamburger Konzern steigerte seinen Umsatz um 4 Prozent auf 812 Millionen Euro."
    )
    assert _of(found, "812 Millionen") == ["Der Hamburger Konzern"]


def test_an_inverted_described_company_subject_presents_its_results():
    found = _sources(
        "Die Reederei Nordlink hat 2025 mehr Fahrgäste befördert, teilte das Unternehmen mit.\n\n"
        "Unter dem Strich verdiente der Konzern 41 Millionen Euro."
    )
    assert _of(found, "41 Millionen") == ["der Konzern"]


# crossheads and a paragraph that opens in Konjunktiv ---------------------------------------


_CHECKS = (
    "Kontrollen im Landkreis\n\n"
    "Die Beamten stoppten am Dienstag 140 Fahrer, heißt es in einer Mitteilung der Polizei.\n\n"
    "Kontrollen an 25 Punkten\n\n"
    "Insgesamt seien an 20 Stellen 60 Messgeräte aufgebaut gewesen. "
    "An den Stellen fuhren 9.000 Autos vorbei."
)


def test_a_crosshead_takes_no_source():
    found = _sources(_CHECKS)
    assert _of(found, "25 Punkten") == []


def test_a_konjunktiv_paragraph_after_a_crosshead_goes_on_with_the_release():
    found = _sources(_CHECKS)
    assert _of(found, "60 Messgeräte") == ["Polizei"]
    assert _of(found, "9.000 Autos") == ["Polizei"]


class _Unit:
    def __init__(self, text: str):
        self.own, self.quoted = (), False
        self.s = type("S", (), {"lowers": text.lower().replace(",", " ,").split()})()


def test_reported_speech_in_the_main_clause_opens_a_going_on_paragraph():
    assert opens_reported(_Unit("Insgesamt seien 60 Beamte im Einsatz gewesen"), "de")
    assert not opens_reported(
        _Unit("Zu Gerüchten, ein Fahrer sei bewaffnet gewesen, wurde nichts gesagt"), "de"
    )


# digits glued to a name are part of it --------------------------------------------------------


def test_digits_glued_to_a_name_keep_the_coordinated_name_after_it():
    found = _sources("Nach Angaben der Portale Tarif24 und Preisblick sanken die Preise um 3 Prozent.")
    assert _of(found, "3 Prozent") == ["Portale Tarif24", "Preisblick"]


def test_a_figure_after_a_space_stays_apart_from_the_name():
    found = _sources("Laut Preisblick senkten 24 Anbieter die Preise.")
    assert _of(found, "24 Anbieter") == ["Preisblick"]


# a source phrase inside its clause does not reach back -------------------------------------


_COURT = "Prozess in Kassel\n\nIm Prozess um Betrug hat das Landgericht zwei Männer verurteilt.\n\n"


def test_a_phrase_source_inside_its_clause_keeps_to_its_own_sentence():
    found = _sources(
        _COURT + "Sechs und vier Jahre Haft lauten die Strafen. Angeklagt waren die 40 und 52 Jahre "
        "alten Männer laut Anklageschrift zunächst wegen Betrugs in Kassel."
    )
    assert _of(found, "vier Jahre") == []
    assert _of(found, "40") == ["Anklageschrift"]


def test_a_phrase_source_closing_its_sentence_still_reaches_back():
    found = _sources(
        _COURT + "Sechs und vier Jahre Haft lauten die Strafen. Angeklagt waren die Männer wegen "
        "14 Fällen von Betrug, laut Anklageschrift."
    )
    assert _of(found, "vier Jahre") == ["Anklageschrift"]


# dpa-AFX, the financial newswire ------------------------------------------------------------


def test_analysts_polled_by_dpa_afx_expected_the_figure():
    found = _sources(
        "Von dpa-AFX befragte Analysten hatten im Schnitt mit 612 Millionen Euro Umsatz gerechnet."
    )
    assert _of(found, "612 Millionen") == ["befragte Analysten", "dpa-AFX"]


def test_dpa_afx_in_a_dateline_is_no_source():
    found = _sources("Frankfurt (dpa-AFX) - Die Firma Nordwerk steigerte den Umsatz um 5 Prozent.")
    assert _of(found, "5 Prozent") == []


# a body that relies on the data cited is a relay ---------------------------------------------


def test_who_relies_on_the_cited_data_relays_them():
    text = "Nach RKI-Daten, auf die sich die KKH beruft, wurden mehr als 240.000 Fälle gemeldet."
    claim = extract(text, "de", "2026-03-10").claims[0]
    assert [(s.text, s.role) for s in claim.sources] == [("RKI-Daten", "origin"), ("die KKH", "relay")]
    found = _sources("Nach Daten des Landesamts, auf die sich das Portal stützt, heizen 48 Prozent mit Gas.")
    assert _of(found, "48 Prozent") == ["Landesamts", "das Portal"]


def test_a_relative_clause_of_another_verb_names_no_relay():
    found = _sources("Nach RKI-Daten, auf die sich die Kasse freut, wurden mehr als 240.000 Fälle gemeldet.")
    assert _of(found, "mehr als 240.000") == ["RKI-Daten"]


# "wie" of an example ("Leiden wie Zerrungen") is no cue: the verb is the next "wie"'s --------


def test_an_example_after_wie_is_no_source_when_another_wie_owns_the_verb():
    text = "Auf Rückenleiden wie Bandscheibenvorfälle entfielen 3,2 Fehltage je Person, wie die AOK erklärte."
    assert _sources(text)["3,2 Fehltage"] == ["die AOK"]


def test_wie_with_its_own_verb_still_names_the_source():
    text = "Im Mai kamen 3.200 Besucher in das Freibad, wie die Stadtwerke am Montag mitteilten."
    assert _sources(text)["3.200 Besucher"] == ["die Stadtwerke"]


# a place ranked by a superlative in its clause is what is measured, no source ---------------


def test_a_place_ranked_by_a_superlative_is_no_source():
    text = "Die niedrigste Arbeitslosenquote meldete Bayern mit 3,4 Prozent, die höchste Bremen mit 11,0."
    found = _sources(text)
    assert _of(found, "3,4") == [] and _of(found, "11,0") == []


def test_a_body_ranking_places_is_still_the_source():
    text = "Die höchste Quote meldete die Arbeitsagentur für Bremen mit 11,0 Prozent."
    assert _of(_sources(text), "11,0") == ["Arbeitsagentur für Bremen"]


def test_a_place_without_a_ranking_keeps_its_report():
    text = "Bayern meldete am Montag 412 neue Fälle."
    assert _of(_sources(text), "412") == ["Bayern"]


# "nach Zahlen des X" before a counting body: the cited body tells ---------------------------


def test_the_counter_beside_a_body_cited_with_nach_and_its_figures_is_no_source():
    text = "Nach Zahlen des Innenministeriums registrierte die Polizei 2025 genau 3.912 Diebstähle."
    assert _of(_sources(text), "3.912") == ["Innenministeriums"]


def test_a_counter_with_nach_and_no_information_noun_keeps_its_count():
    text = "Nach dem Sturm registrierte die Feuerwehr Lindau 214 Einsätze."
    assert _of(_sources(text), "214") == ["Feuerwehr Lindau"]


# an inquiry among bodies: the bodies that answered are its origin beside the inquirer --------


def test_the_bodies_an_inquiry_asked_are_a_source_beside_the_inquirer():
    text = (
        "In den Kitas fehlen rund 9.400 Fachkräfte. Das ergab eine Umfrage der Zeitung "
        "Nordkurier bei den 13 Landesjugendämtern."
    )
    assert "Landesjugendämtern" in _of(_sources(text), "rund 9.400")


def test_bei_naming_a_place_after_an_inquiry_adds_no_source():
    text = "Das ergab eine Umfrage der Zeitung Nordkurier bei Rostock unter 12 Kitas mit 840 Plätzen."
    assert "Rostock" not in _of(_sources(text), "840")
