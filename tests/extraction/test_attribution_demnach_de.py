"""German: "demnach" refers to the nearest naming before it, a figure-less sentence naming a
source right before it (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-11-05").claims]


_LEAD = "Der Umsatz der Brenntal AG stieg auf 2,2 Milliarden Euro, wie Brenntal am Montag mitteilte.\n\n"


def test_demnach_after_a_body_confirming_its_forecast_stands_on_that_naming():
    got = _sources(
        _LEAD
        + "Der Vorstand bestätigte die Prognose. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert [t for t, _ in got[-1]] == ["Vorstand"]


def test_demnach_after_a_sentence_naming_nothing_keeps_the_account():
    got = _sources(
        _LEAD + "Die Lage bleibt angespannt. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert [t for t, _ in got[-1]] == ["Brenntal"]


def test_demnach_after_a_sentence_with_figures_is_left_alone():
    text = (
        "Die Brenntal AG setzte 2,2 Milliarden Euro um, teilte sie mit. "
        "Der Vorstand zahlt 1,10 Euro Dividende. Demnach soll der Gewinn auf 310 Millionen Euro steigen."
    )
    assert "Vorstand" not in [t for t, _ in _sources(text)[-1]]


_PLAN = "Der Kämmerer legte den Entwurf mit Ausgaben von 400 Millionen Euro vor, teilte die Stadt mit. "


def test_a_body_reckoning_in_a_demnach_sentence_is_what_the_source_before_reports():
    got = _sources(_PLAN + "Demnach rechnet die Verwaltung mit Einnahmen von 412 Millionen Euro.")
    assert [t for t, _ in got[-1]] == ["die Stadt"]
    got = _sources(_PLAN + "Die Verwaltung erwartet demnach Einnahmen von 412 Millionen Euro.")
    assert [t for t, _ in got[-1]] == ["die Stadt"]


def test_a_demnach_reckoner_after_a_figure_less_naming_takes_that_naming():
    got = _sources(
        "Die Stadt hat ihren Haushalt vorgestellt. Demnach plant der Kämmerer Ausgaben von 430 Millionen."
    )
    assert [t for t, _ in got[-1]] == ["Die Stadt"]


def test_a_reckoning_body_without_demnach_keeps_its_figure():
    got = _sources(_PLAN + "Die Verwaltung rechnet mit Einnahmen von 412 Millionen Euro.")
    # its own subject, with or without its article (a description of the body named before)
    assert [t.removeprefix("Die ") for t, _ in got[-1]] == ["Verwaltung"]


def test_a_demnach_sentence_with_a_speech_verb_keeps_its_speaker():
    got = _sources(_PLAN + "Demnach teilte die Kämmerei mit, die Einnahmen lägen bei 412 Millionen Euro.")
    assert [t for t, _ in got[-1]] != ["die Stadt"]


def test_a_town_treasurer_named_before_a_demnach_reckoner_is_its_source():
    # "Kämmerin"/"Kämmerer" is a role that makes the name after it a person who can be a source
    got = _sources(
        "Die Finanzlage der Gemeinde Lindenau bleibt angespannt. Die Zahlen stellte Kämmerer "
        "Udo Rasmussen am Montag im Rat vor. Demnach kalkuliert die Gemeinde für 2027 ein Minus von "
        "2,9 Millionen Euro."
    )
    assert [t for t, _ in got[-1]] and "Udo Rasmussen" in got[-1][0][0]
    got = _sources(
        "Kämmerin Ilse Baumer legte am Montag den Entwurf vor. Demnach erwartet das Rathaus "
        "Fehlbeträge von 1,4 Millionen Euro."
    )
    assert "Ilse Baumer" in got[-1][0][0]


def test_a_treasury_named_with_its_town_is_a_source():
    got = _sources("Nach Berechnungen der Kämmerei bringt die Erhöhung 1,1 Millionen Euro im Jahr.")
    assert [t for t, _ in got[0]] == ["Kämmerei"]


def test_danach_after_a_sentence_naming_a_document_reports_from_it():
    got = _sources(
        "Die Zahl der Krankmeldungen ist gestiegen. Das geht aus einer Auswertung der Krankenkasse "
        "Westfalia hervor. Danach fehlten Beschäftigte im ersten Halbjahr 9,4 Tage."
    )
    assert got[-1] and "Westfalia" in got[-1][0][1]


def test_danach_after_a_narrative_sentence_means_afterwards():
    got = _sources("Die Feuerwehr löschte den Brand in der Halle. Danach mussten 14 Anwohner ins Freie.")
    assert got[-1] == []
