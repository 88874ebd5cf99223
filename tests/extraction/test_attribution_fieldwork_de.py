"""German: a sentence telling how a poll was made ("Insa befragte ... 2.004 Menschen") gives its
sample no source and attributes the poll figures of the sentence right before it (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_the_fieldwork_sentence_covers_the_sentence_before_and_not_its_sample():
    text = (
        "Eine Mehrheit ist für längere Öffnungszeiten der Bäder. Im Osten sind es "
        "sogar 64 Prozent. Insa befragte vom 3. bis 6. Juni insgesamt 2.004 Menschen."
    )
    got = _sources(text)
    assert got["64 Prozent"] == ["Insa"]
    assert got["2.004 Menschen"] == []


def test_an_institute_with_a_perfect_tense():
    text = (
        "Die Grünen kämen auf 14 Prozent. Für den Trend hat das Meinungsforschungsinstitut "
        "Civey in dieser Woche 5.010 Wahlberechtigte befragt."
    )
    got = _sources(text)
    assert got["14 Prozent"] == ["das Meinungsforschungsinstitut Civey"] or got["14 Prozent"] == [
        "Meinungsforschungsinstitut Civey"
    ]
    assert got["5.010 Wahlberechtigte"] == []


def test_polled_analysts_are_no_fieldwork_sentence():
    text = (
        "Der Umsatz stieg im Quartal auf 2,1 Milliarden Euro. Von Reuters befragte Analysten "
        "hatten mit 2,0 Milliarden Euro gerechnet."
    )
    got = _sources(text)
    assert got["2,1 Milliarden Euro"] == []


def test_a_figure_with_another_source_keeps_it():
    text = "Laut Polizei kamen 3.000 Menschen zur Kundgebung. Forsa befragte danach 1.001 Menschen."
    got = _sources(text)
    assert got["3.000 Menschen"] == ["Polizei"]


_POLL = "Die Grünen kommen im Trend auf 14 Prozent, wie Insa mitteilte. Die FDP liegt bei 5 Prozent.\n\n"


def test_a_fieldwork_paragraph_of_its_own_gives_its_sample_no_source():
    got = _sources(_POLL + "Insa befragte von Montag bis Donnerstag 1.870 Wahlberechtigte.")
    assert got["1.870 Wahlberechtigte"] == []
    assert got["5 Prozent"] == ["Insa"]


def test_a_sample_stated_by_a_phrase_keeps_it():
    got = _sources(_POLL + "Für die Erhebung wurden nach Angaben des Instituts 1.870 Personen befragt.")
    assert got["1.870 Personen"] != []


def test_a_fieldwork_sentence_opening_its_paragraph_gives_its_sample_no_source():
    text = "Die Grünen kämen auf 14 Prozent, so Insa.\n\nInsa befragte vom 3. bis 6. Juni 1.950 Menschen."
    assert _sources(text)["1.950 Menschen"] == []


def test_a_sample_the_institute_states_keeps_its_source():
    text = (
        "Die Grünen kämen auf 14 Prozent, so Insa.\n\n"
        "Für die Erhebung wurden nach Angaben des Instituts 1.950 Menschen befragt."
    )
    assert _sources(text)["1.950 Menschen"] != []
