"""German polls made for an outlet: the pollster is the source of the poll's figures, the outlet
that commissioned it is none, and a later "laut dem Blatt" / "der Sender" for the poll's figures
stands for the pollster (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-06-14").claims]


def test_pollster_polling_for_two_broadcasters_is_the_source_not_the_broadcasters():
    got = _sources("Das Institut Forsa hat für RTL und ntv 1.008 Wahlberechtigte befragt.")
    assert all(n == "Forsa" for _, n in got[0])  # the sample itself has no source (fieldwork_de)


def test_the_paper_named_back_for_the_polls_share_is_the_pollster():
    text = (
        "In der jüngsten Erhebung des Instituts Insa im Auftrag der „Bild“ erreichen die Grünen "
        "elf Prozent. Die Linke kommt laut dem Blatt auf sieben Prozent."
    )
    got = _sources(text)
    assert got[1] == [("dem Blatt", "Insa")]


def test_the_broadcaster_named_back_after_a_poll_compound():
    text = (
        "Die FDP landet in der Forsa-Umfrage für RTL bei vier Prozent. "
        "Wie der Sender weiter berichtet, halten 58 Prozent die Koalition für zerstritten."
    )
    got = _sources(text)
    assert got[0][0][1] == "Forsa" and [n for _, n in got[1]] == ["Forsa"]


def test_the_outlet_after_a_poll_made_for_it_is_no_relay():
    got = _sources("In einer Umfrage von Infratest dimap für den WDR kommt die CDU auf 33 Prozent.")
    assert [n for _, n in got[0]] == ["Infratest dimap"]


def test_a_paper_reporting_on_its_own_is_still_the_source():
    # no poll made for the paper: "das Blatt" is the paper that reports
    text = (
        "Die Regierung will laut „Bild“ 3 Milliarden Euro sparen. "
        "Das Blatt berichtet, dass 20 Prozent der Stellen wegfallen."
    )
    got = _sources(text)
    assert got[0] == [("Bild", "Bild")] and got[1][0][1] != "Insa"


def test_an_outlets_figure_that_is_no_poll_figure_keeps_the_outlet():
    text = (
        "Insa hat im Auftrag der „Bild“ 2.004 Menschen befragt. "
        "Nach Angaben des Blattes kostet die Reform 12 Milliarden Euro."
    )
    got = _sources(text)
    assert all(n == "Insa" for _, n in got[0]) and got[1][0][1] != "Insa"  # the sample: no source


def test_a_poll_named_only_through_its_institute_carries_over_its_paragraphs():
    text = (
        "Laut dem „Meinungsbarometer“, das das Institut jeden Monat für RTL erhebt, käme die Union "
        "auf 26 Prozent. Die Grünen verharren bei 14 Prozent.\n\n"
        "Die Linke legt demnach zwei Punkte zu und kommt auf neun Prozent."
    )
    got = _sources(text)
    assert len(got) == 4 and all(g and g[0][0] == "Institut" for g in got)


def test_a_poll_sentence_with_its_own_source_keeps_it():
    text = (
        "Nach Angaben der Wahlleitung, die Insa für die „Bild“ befragt hat, liegt die SPD bei 15 Prozent. "
        "Die Grünen verharren bei 14 Prozent."
    )
    got = _sources(text)
    assert got[0] and got[0][0][1] != "Bild"


def test_a_sentence_opened_by_a_preposition_gives_no_source_to_the_cue_verb_after_it():
    text = (
        "Aufs Quartal gerechnet fielen die Kosten damit auf 3.100 Euro, teilte die Kasse mit. "
        "Im Schnitt gerechnet zahlten Mieter 9 Euro mehr."
    )
    got = _sources(text)
    assert [t for t, _ in got[0]] == ["die Kasse"]
    assert all(not t.startswith(("Aufs", "Im")) for g in got for t, _ in g)


def test_a_body_opening_the_sentence_before_a_cue_verb_is_still_the_source():
    got = _sources("Pro Asyl rechnet mit 4.000 weiteren Anträgen.")
    assert [t for t, _ in got[0]] == ["Pro Asyl"]
