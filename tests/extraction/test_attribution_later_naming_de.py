"""German: a carried figure takes a naming of its source in the next sentence of its paragraph
when a quotation's speaker there stands nearer the figure (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-07-05").claims}


def test_a_konjunktiv_figure_stands_on_the_speaker_of_the_next_quote():
    text = (
        "Auch im Kreis Talheim waren die Helfer lange unterwegs. Wie ein Sprecher der Stadtwehr am "
        "Samstag sagte, räumten die Helfer Dutzende Straßen frei.\n\n"
        "Zudem hätten nach dem Sturm drei Garagen und ein Schuppen gebrannt. „Eine solche Nacht "
        "hatten wir lange nicht“, sagte der Sprecher. Der Schaden liege bei etwa 90.000 Euro."
    )
    got = _sources(text)
    assert got["drei Garagen"] == ["der Sprecher"]


def test_another_speaker_in_the_next_sentence_leaves_the_carried_naming():
    text = (
        "Auch im Kreis Talheim waren die Helfer lange unterwegs. Wie ein Sprecher der Stadtwehr am "
        "Samstag sagte, räumten die Helfer Dutzende Straßen frei.\n\n"
        "Zudem hätten nach dem Sturm drei Garagen und ein Schuppen gebrannt. „Eine solche Nacht "
        "hatten wir lange nicht“, sagte die Bürgermeisterin. Der Schaden liege bei etwa 90.000 Euro."
    )
    got = _sources(text)
    assert got["drei Garagen"] == ["Sprecher der Stadtwehr"]


def test_a_naming_in_the_next_paragraph_does_not_count():
    text = (
        "Wie ein Sprecher der Stadtwehr am Samstag sagte, räumten die Helfer Dutzende Straßen frei. "
        "Zudem hätten drei Garagen gebrannt.\n\n"
        "„Eine solche Nacht hatten wir lange nicht“, sagte der Sprecher. Der Schaden liege bei "
        "etwa 90.000 Euro."
    )
    got = _sources(text)
    assert got["drei Garagen"] == ["Sprecher der Stadtwehr"]


_RESULTS = "Der Konzern steigerte den Umsatz um 4 Prozent, teilte er mit.\n\n"


def test_a_konjunktiv_figure_stands_on_the_closing_pronoun_of_the_next_sentence():
    text = (
        _RESULTS + "Finanzchefin Anna Berg sprach von einem „schwierigen, aber ordentlichen Jahr“. "
        "Das Sparprogramm, das jährlich 200 Millionen Euro bringen soll, komme gut voran. "
        "Bereits 900 Stellen seien abgebaut, sagte sie in einer Telefonkonferenz."
    )
    got = _sources(text)
    assert got["200 Millionen Euro"] == ["sie"]
    assert got["900 Stellen"] == ["sie"]


def test_a_closing_of_another_speaker_leaves_the_carried_naming():
    text = (
        "Finanzchefin Anna Berg sagte, der Umsatz sei um 4 Prozent gestiegen. "
        "Das Sparprogramm solle jährlich 200 Millionen Euro bringen. "
        "Bereits 900 Stellen seien abgebaut, sagte der Betriebsratschef Uwe Kern."
    )
    assert _sources(text)["200 Millionen Euro"] == ["Finanzchefin Anna Berg"]


def test_a_closing_before_figures_of_its_own_does_not_take_the_figure_before():
    text = (
        _RESULTS + "Finanzchefin Anna Berg sprach von einem „schwierigen, aber ordentlichen Jahr“. "
        "Das Sparprogramm, das jährlich 200 Millionen Euro bringen soll, komme gut voran. "
        "Sie sagte zudem, bereits 900 Stellen seien abgebaut."
    )
    assert _sources(text)["200 Millionen Euro"] != ["Sie"]
