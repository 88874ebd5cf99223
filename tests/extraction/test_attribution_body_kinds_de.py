"""German: a description names back only a body of its kind: "Der Konzern" a company, "Die
Kasse" a health insurer, "Die Behörde" an authority (issue #14)."""

from tracker.extraction import extract
from tracker.extraction.discourse_stage.body_kinds_de import agrees
from tracker.extraction.types import SourceMention


def _names(text):
    return {c.text: [s.name for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def _m(name, text=None):
    return SourceMention(name, "organisation", 0, 1, text or name, "", "origin")


def test_a_company_noun_does_not_name_back_an_insurer():
    text = (
        "Die Krankenkasse Westfalia zählte im Mai 5,9 Prozent Krankmeldungen, wie sie am Montag "
        "mitteilte.\n\nDer Konzern meldete für das Jahr ein Plus von 3 Prozent."
    )
    assert _names(text)["3 Prozent"] != ["Krankenkasse Westfalia"]


def test_an_authority_noun_does_not_name_back_a_railway():
    text = (
        "Die Deutsche Bahn beförderte im Mai 12 Millionen Fahrgäste, wie sie mitteilte.\n\n"
        "Die Behörde meldete für Juni 3 Prozent mehr Verspätungen."
    )
    assert _names(text)["3 Prozent"] != ["Deutsche Bahn"]


def test_a_description_of_the_same_kind_names_it_back():
    text = (
        "Die Krankenkasse Westfalia zählte im Mai 5,9 Prozent Krankmeldungen, wie sie am Montag "
        "mitteilte.\n\nDie Kasse meldete für Juni 3 Prozent mehr Versicherte."
    )
    assert _names(text)["3 Prozent"] == ["Krankenkasse Westfalia"]


def test_kinds_by_the_words_of_a_name():
    assert agrees("konzern", _m("Brenntal AG"))
    assert agrees("konzern", _m("Vantrix"))  # a name of no marked kind takes any description
    assert agrees("kasse", _m("Techniker Krankenkasse", "Die TK"))
    assert agrees("behörde", _m("Statistisches Landesamt", "des Landesamtes"))
    assert agrees("aufsichtsbehörde", _m("Bundesnetzagentur"))
    assert agrees("verband", _m("Krankenkasse Westfalia"))  # no listed kind: not checked
    assert not agrees("kasse", _m("Statistisches Landesamt"))
    assert not agrees("unternehmen", _m("AOK Niedersachsen"))
    assert not agrees("amt", _m("Deutsche Bahn"))
