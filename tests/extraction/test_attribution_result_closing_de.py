"""German: a sentence without figures that calls the sentence before a source's result ("Das
ist ein Ergebnis, zu dem X gekommen ist", "Zu diesem Schluss kommt X") sources its bare figures,
also over a paragraph break; not an evaluation ("ein gutes Ergebnis für die Polizei")."""

from tracker.extraction import extract


def _texts(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-11-05").claims]


_HEAD = "Weniger Einbrüche im Land\n\n"
_FIGURE = "Die Zahl der Wohnungseinbrüche ist im vergangenen Jahr um 14 Prozent gesunken."


def test_a_result_the_body_came_to_sources_the_sentence_before():
    got = _texts(
        _HEAD + _FIGURE + " Das ist das wichtigste Ergebnis, zu dem das Landeskriminalamt"
        " in seiner Bilanz gekommen ist."
    )
    assert got == [["Landeskriminalamt"]]


def test_the_account_goes_on_after_the_closing_result():
    got = _texts(
        _HEAD + _FIGURE + " Das ist ein Befund, zu dem das Landeskriminalamt gekommen ist."
        " Aufgeklärt wurden 19 Prozent der Taten."
    )
    assert got == [["Landeskriminalamt"], ["Landeskriminalamt"]]


def test_zu_diesem_schluss_kommt_over_a_paragraph_break():
    got = _texts(_HEAD + _FIGURE + "\n\nZu diesem Schluss kommt das Landeskriminalamt in seiner Bilanz.")
    assert got == [["Landeskriminalamt"]]


def test_a_result_in_a_genitive_after_the_noun():
    got = _texts(_HEAD + _FIGURE + " Das ist ein Ergebnis der Jahresbilanz des Landeskriminalamts.")
    assert got[0] and "Landeskriminalamts" in got[0][0]


def test_an_evaluation_for_a_body_is_no_source():
    assert _texts(_HEAD + _FIGURE + " Das ist ein gutes Ergebnis für die Polizei in Bayern.") == [[]]


def test_a_record_in_a_body_history_is_no_source():
    got = _texts(
        _HEAD + "Der Umsatz stieg um 12 Prozent. "
        "Das ist das beste Ergebnis in der Geschichte der Brenntal AG."
    )
    assert got == [[]]


def test_a_figure_with_its_own_source_keeps_it():
    got = _texts(
        _HEAD
        + "Die Zahl der Einbrüche sank laut Innenministerium um 14 Prozent. "
        + "Zu diesem Ergebnis kommt auch das Landeskriminalamt."
    )
    assert got == [["Innenministerium"]]
