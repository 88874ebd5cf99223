"""German: a source carried to a figure stands on the latest words that named it before the
figure, not on its first naming (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_a_carried_relay_stands_on_its_latest_naming():
    text = (
        "Bis Ende Juni gingen 41.200 Anträge ein, berichtet das Magazin „Spiegel“ unter Berufung auf "
        "Zahlen der Behörde. Deutlicher sank die Zahl der offenen Fälle, so das Magazin weiter: "
        "von 90.100 auf 62.300. Darunter waren 5.100 Minderjährige."
    )
    got = _sources(text)
    assert ("das Magazin", "Der Spiegel") in got[-1]


def test_a_source_named_once_keeps_its_words():
    text = (
        "Der Verband zählte im Mai 1.200 neue Mitglieder, wie er mitteilte. "
        "Im April waren es 900 gewesen. Im März lag die Zahl bei 700."
    )
    got = _sources(text)
    assert len({tuple(x) for x in got}) == 1


def test_a_description_names_back_a_source_named_in_the_genitive():
    text = (
        "Nach Angaben des Statistischen Landesamtes stiegen die Mieten um 4 Prozent. "
        "Dabei zählte das Amt 2.300 neue Wohnungen."
    )
    assert _sources(text)[-1] == [("das Amt", "Statistischen Landesamtes")]


def test_a_description_of_another_body_is_no_mention_of_the_source():
    text = (
        "Nach Angaben des Statistischen Landesamtes stiegen die Mieten um 4 Prozent. "
        "Dabei zählte das Gericht 2.300 neue Klagen."
    )
    assert ("das Gericht", "Statistischen Landesamtes") not in _sources(text)[-1]
