"""German: a capitalised adverb or uninflected adjective that opens a sentence ("Besonders",
"Vor allem", "Deutlich", "Auch") is never a source nor part of one; the subject after it is
(issue #14)."""

from tracker.extraction import extract


def _texts(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-05-04").claims]


def test_the_subject_after_an_opening_adverb_without_it():
    assert _texts("Besonders Hausärzte schätzen den Mehrbedarf auf 4.000 Stellen.") == [["Hausärzte"]]
    assert _texts("Vor allem Tafeln meldeten 2.300 neue Kunden.") == [["Tafeln"]]
    assert _texts("Auch Apotheken meldeten 800 Engpässe.") == [["Apotheken"]]


def test_an_opening_adjective_alone_is_no_source():
    assert _texts("Deutlich schätzt 2.000 Menschen.") == [[]]
    assert _texts("Besonders meldete man 120 Fälle.") == [[]]


def test_a_preposition_before_the_noun_still_opens_no_subject():
    assert _texts("In Kliniken meldeten Ärzte 300 Fälle.") == [[]]


def test_a_particle_after_a_name_keeps_the_name():
    assert _texts("Litauen selbst hat 300 Fälle gemeldet.") == [["Litauen"]]


def test_a_sentence_adverb_before_the_finite_verb_is_no_source():
    # the subject stands after the verb: the adverb alone before it names no one
    assert all(t != "Anfangs" for ts in _texts("Anfangs zählte das Ordnungsamt 65 Verstöße.") for t in ts)
    got = _texts("Ursprünglich hatte der Verein mit 3.400 Mitgliedern gerechnet.")
    assert all(t != "Ursprünglich" for ts in got for t in ts)
    got = _texts("Zuerst hatte der Sender über die 28 Entlassungen berichtet.")
    assert all(t != "Zuerst" for ts in got for t in ts)


def test_a_surname_before_the_verb_is_still_a_source():
    text = "Die Ärztin Jana Wendling leitet die Klinik. Wendling meldete 45 Fälle."
    assert _texts(text)[-1] == ["Wendling"]
