"""German: ", so X weiter:" opens the figures after the colon as X's, and "so das Magazin"
names back the outlet that relays the account, keeping the account's origin (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "de", "2026-09-01").claims]


def test_figures_after_so_x_weiter_and_a_colon_are_xs():
    text = (
        "Die Kasse meldet einen Anstieg der Fehltage. "
        "Stärker stieg die Zahl der Atemwegsfälle, so die Kasse weiter: von 310 auf 420 je 100 Versicherte."
    )
    got = _sources(text)
    assert got == [[("die Kasse", "Kasse")], [("die Kasse", "Kasse")]]


def test_so_das_magazin_names_back_the_relay_and_keeps_the_origin():
    text = (
        "Bis Ende Juni gingen 41.200 Anträge ein, berichtet das Magazin „Spiegel“ unter Berufung auf "
        "Zahlen der Behörde. Deutlicher sank die Zahl der offenen Fälle, so das Magazin weiter: "
        "von 90.100 auf 62.300."
    )
    got = _sources(text)
    assert ("das Magazin", "Der Spiegel") in got[1] or ("das Magazin", "Spiegel") in got[1]
    assert any("Behörde" in t for t, _ in got[1])


def test_a_colon_without_so_x_before_it_is_no_closing():
    text = "Die Polizei zählte 300 Teilnehmer. Die Bilanz: 12 Festnahmen."
    got = _sources(text)
    assert all(t != "Die Bilanz" for t, _ in got[1])


def test_the_account_closed_by_so_x_weiter_goes_on_in_its_paragraph():
    from tracker.extraction import extract

    text = (
        "Finanzchefin Ina Berg stellte die Bilanz vor. Bis 2030 wolle der Verein 90 Millionen Euro "
        "umsetzen, so Berg weiter. Dazu soll das Stadion um 3.000 Plätze wachsen.\n\n"
        "Der Kader kostet 40 Millionen Euro."
    )
    got = [[m.text for m in c.sources] for c in extract(text, "de").claims]
    assert got[0] == ["Berg"] and got[1] == ["Berg"] and got[2] == []
