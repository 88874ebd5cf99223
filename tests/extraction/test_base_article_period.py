"""time/owner.after_a_base: a period whose words open with an article after "in" ("von 90
Millionen Euro in der Saison 2021/22") right after a base is the base's. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub):
    return {c.text: c.when.text for c in extract(text, lang, pub).claims if c.when}


def test_the_season_after_a_base_is_the_bases_only():
    text = (
        "Umsatz\n\nDer Verband meldet Zahlen für die Saison 2022/23. Er hat den Umsatz von "
        "90,2 Millionen Euro in der Saison 2021/22 um 6,3 Prozent gesteigert."
    )
    got = whens(text, "de", "2026-01-20")
    assert got["90,2 Millionen Euro"] == "der Saison 2021/22"
    assert got["6,3 Prozent"] != "der Saison 2021/22"


def test_a_season_after_a_figure_that_is_no_base_is_its_own():
    text = "Umsatz\n\nDer Verband setzte 90,2 Millionen Euro in der Saison 2021/22 um."
    got = whens(text, "de", "2026-01-20")
    assert got["90,2 Millionen Euro"] == "der Saison 2021/22"


def test_a_base_from_a_season_with_aus_and_no_carry_of_it():
    text = (
        "Umsatz\n\nDer Verband meldet Zahlen für die Saison 2022/23. Die Erlöse von 70,2 Millionen Euro "
        "aus der Saison 2021/22 erhöhte der Verband um 8,8 Prozent. Im Schnitt kamen 4.100 Zuschauer."
    )
    got = whens(text, "de", "2026-01-20")
    assert got["70,2 Millionen Euro"] == "der Saison 2021/22"
    assert got["8,8 Prozent"] != "der Saison 2021/22"
    assert got["4.100 Zuschauer"] != "der Saison 2021/22"
