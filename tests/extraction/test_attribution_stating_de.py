"""German verbs of stating, counting, listing, estimating and targeting: their subject is the
source of the figures of their clause, also after the verb and with a separable particle, by
the general rule of a clause's subject (discourse_stage/clause_subject_de.py; only "nennen" is
still a cue word, cues.json "stating_verbs"); verbs of acting (attribution.json "acting_verbs",
discourse_de.json "acting_stems") keep their subject a doer, no source."""

import pytest

from tracker.extraction import extract


def source_texts(text, index=0):
    return [s.text for s in extract(text, "de").claims[index].sources]


def source_names(text, index=0):
    return [s.name for s in extract(text, "de").claims[index].sources]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the subject after the verb, a time phrase first
        ("Für den Winter nennt das Gesundheitsamt 640 Grippefälle.", "Gesundheitsamt"),
        ("Für das dritte Quartal weist die Bundesagentur 2,9 Millionen Arbeitslose aus.", "Bundesagentur"),
        # separable verbs with their particle at the clause's end
        ("Bis 2030 peilt der Versorger 45.000 neue Kunden an.", "Versorger"),
        ("Für 2028 stellt die Geschäftsführung 90 neue Stellen in Aussicht.", "Geschäftsführung"),
        ("In seinem Bericht listet das Umweltamt 312 belastete Flächen auf.", "Umweltamt"),
        ("Der Vermieterverband hält dagegen: nur 3 Prozent der Wohnungen stünden leer.", "Vermieterverband"),
        # estimating and calculating
        ("Nach dem Hagel taxiert die Versicherung den Schaden auf 2,4 Millionen Euro.", "Versicherung"),
        ("Für den Umbau kalkuliert der Verein mit Kosten von 800.000 Euro.", "Verein"),
        # a participle after a perfect auxiliary
        ("Bisher hatte die Kammer 1.200 Betriebe genannt.", "Kammer"),
    ],
)
def test_the_subject_of_a_stating_verb_is_the_source(text, word):
    assert any(word in t for t in source_texts(text))


def test_without_its_particle_a_separable_verb_is_no_cue():
    # "stellt ... ein" hires: no stating
    assert source_texts("Am Montag stellt die Bäckerei 12 Lehrlinge ein.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Der Konzern beschäftigt weltweit 18.000 Menschen.",
        "Das Unternehmen investierte im Frühjahr 40 Millionen Euro in neue Leitungen.",
        "Der Konzern verkauft jährlich 7.500 Fahrräder.",
        "Das Unternehmen baute im vergangenen Jahr 14 Fähren.",
        "Der Konzern produzierte 2025 rund 90.000 Tonnen Käse.",
        "Das Landgericht verurteilte den Angeklagten zu 4 Jahren Haft.",
    ],
)
def test_the_subject_of_an_acting_verb_is_no_source(text):
    assert source_texts(text) == []


def test_a_stating_subject_apart_from_the_figures_goes_beside_another_source():
    text = "Die Reederei nennt selten Zahlen; nach Angaben der Hafenbehörde liefen 410 Schiffe ein."
    got = source_texts(text)
    assert any("Hafenbehörde" in t for t in got)
    assert not any("Reederei" in t for t in got)


def test_a_period_after_fuer_is_no_commissioning_paper():
    text = "Das Landesamt nennt für die Zeit von Januar bis März 4.100 Insolvenzen."
    assert "Die Zeit" not in source_names(text)
    assert any("Landesamt" in t for t in source_texts(text))


def test_a_stating_verb_that_states_no_figure_is_no_cue():
    # the reason named after a figure is not the figure's release
    text = "Die Zahl der Buchungen fiel um 6 Prozent. Als Ursache nennt die Agentur das kalte Wetter."
    assert source_texts(text) == []


def test_a_person_reminding_of_a_figure_is_its_source():
    text = "Im Rat erinnerte Lena Brückner (SPD) an das Jahr 2015, als die Einnahmen um 30 Prozent fielen."
    assert source_texts(text) == ["Lena Brückner"]
    text = (
        "Die Stadt spare 2 Millionen Euro, sagte Jan Weber (SPD). "
        "Er erinnerte daran, dass die Stadt 4.000 Wohnungen besitzt."
    )
    assert source_texts(text, 1) == ["Er"] and source_names(text, 1) == ["Jan Weber"]


def test_a_thing_that_recalls_another_is_no_source():
    assert source_texts("Die Zahl erinnert an das Jahr 2015, als 30 Prozent mehr kamen.") == []
    assert source_texts("Das Foto erinnerte viele an die Flut mit 180 Toten.") == []
    assert source_texts("Der Sprecher erinnerte daran, dass 180 Menschen starben.") == ["Sprecher"]


def test_a_measure_that_indicates_something_is_no_source():
    text = "Die Sterbeziffer gibt an, wie viele von 1.000 Einwohnern im Jahr sterben."
    assert source_texts(text) == []


def test_a_body_that_indicates_something_is_still_a_source():
    text = "Das Landesamt gibt an, dass 1.000 Einwohner im Jahr zuzogen."
    assert source_texts(text) == ["Landesamt"]
