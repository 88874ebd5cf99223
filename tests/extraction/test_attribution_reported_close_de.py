"""German: a Konjunktiv sentence closed by ", so X" or ", sagte X" reaches back over the
Konjunktiv run before it in its paragraph and the statement the run goes on from (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_so_closing_reaches_the_statement_before_the_run():
    text = (
        "Silvester in Lindenau\n\nInsgesamt nahm die Polizei in der Nacht rund 80 Menschen fest. "
        "Meist sei es um verbotene Böller gegangen. Zudem habe man nur wenige Angriffe auf Beamte "
        "gezählt, so ein Polizeisprecher."
    )
    assert _sources(text)["rund 80 Menschen"] == ["Polizeisprecher"]


def test_sagte_closing_takes_over_a_carried_source():
    text = (
        "Bilanz am Landgericht\n\nGerichtspräsidentin Vera Stolz meldete 240 Strafverfahren.\n\n"
        "Im Betrugsprozess hatte die Kammer drei Angeklagte zu Haftstrafen verurteilt. Alle hätten "
        "Revision eingelegt, sagte Gerichtssprecher Jan Lenz."
    )
    assert _sources(text)["drei Angeklagte"] == ["Gerichtssprecher Jan Lenz"]


def test_an_indicative_closing_is_no_reported_run():
    text = (
        "Bilanz am Landgericht\n\nGerichtspräsidentin Vera Stolz meldete 240 Strafverfahren.\n\n"
        "Im Betrugsprozess hatte die Kammer drei Angeklagte verurteilt. Der Fall war aufwendig. "
        "Das Urteil ist rechtskräftig, sagte Gerichtssprecher Jan Lenz."
    )
    assert _sources(text)["drei Angeklagte"] != ["Gerichtssprecher Jan Lenz"]


def test_a_sentence_naming_its_own_source_keeps_it():
    text = (
        "Silvester in Lindenau\n\nLaut Feuerwehr brannten in der Nacht 14 Autos. "
        "Meist sei es um verbotene Böller gegangen, so ein Polizeisprecher."
    )
    assert _sources(text)["14 Autos"] == ["Feuerwehr"]


def test_not_over_a_paragraph_break():
    text = (
        "Silvester in Lindenau\n\nInsgesamt nahm die Polizei in der Nacht rund 80 Menschen fest.\n\n"
        "Meist sei es um verbotene Böller gegangen, so ein Polizeisprecher."
    )
    assert _sources(text)["rund 80 Menschen"] == []
