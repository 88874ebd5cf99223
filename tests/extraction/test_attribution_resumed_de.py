"""German: a paragraph opening in Konjunktiv with no source resumes the account of the source
named last before it, when that source gave figures before (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-08-14").claims]


_LEAD = (
    "Der Landesverband der Imker rechnet mit einer Honigernte von 2.300 Tonnen. "
    "Der Verband fordert mehr Blühstreifen an Feldrändern.\n\n"
    "Die Zahl der Völker blieb stabil.\n\n"
)


def test_a_konjunktiv_paragraph_resumes_the_source_named_last():
    got = _sources(
        _LEAD + "Bei Rapshonig liege der Ertrag bei 31 Kilo je Volk. Beim Waldhonig fiel er auf 12 Kilo."
    )
    assert [t for t, _ in got[-2]] == ["Verband"] and [t for t, _ in got[-1]] == ["Verband"]


def test_an_indicative_paragraph_does_not_resume_it():
    got = _sources(_LEAD + "Bei Rapshonig liegt der Ertrag bei 31 Kilo je Volk.")
    assert got[-1] == []


def test_a_body_named_last_that_gave_no_figures_is_not_resumed():
    text = (
        "Der Landesverband der Imker rechnet mit einer Honigernte von 2.300 Tonnen.\n\n"
        "Die Zahl der Völker blieb stabil. Die Stadtverwaltung pflanzt neue Linden.\n\n"
        "Bei Rapshonig liege der Ertrag bei 31 Kilo je Volk."
    )
    assert _sources(text)[-1] == []


def test_konjunktiv_figures_after_a_sentence_naming_the_body_resume_it():
    text = (
        "Die Nordwerk AG hat im Quartal 2,1 Milliarden Euro umgesetzt, teilte das Unternehmen mit.\n\n"
        "Als Gründe nannte der Konzern die schwache Nachfrage. Der Absatz sei um 7 Prozent gesunken."
    )
    assert [t for t, _ in _sources(text)[-1]] == ["Konzern"]


def test_indicative_figures_after_a_sentence_naming_the_body_are_not_resumed():
    text = (
        "Die Nordwerk AG hat im Quartal 2,1 Milliarden Euro umgesetzt, teilte das Unternehmen mit.\n\n"
        "Die Branche leidet unter der Nachfrage. Der Absatz sank um 7 Prozent."
    )
    assert _sources(text)[-1] == []


def test_demnach_after_the_management_holding_to_its_goals():
    text = (
        "Die Nordwerk AG hat im Quartal 2,1 Milliarden Euro umgesetzt, teilte das Unternehmen mit.\n\n"
        "An den Zielen hält der Vorstand fest. Demnach soll der Umsatz auf 9 Milliarden Euro steigen."
    )
    assert [t for t, _ in _sources(text)[-1]] == ["Vorstand"]
