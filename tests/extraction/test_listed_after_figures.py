"""time/when: in a list of figures each followed by its own period ("3,1 Millionen 2028 und 2,7
Millionen Euro 2029"), a figure takes the period right after it, not the one after the figure
before it. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub):
    return {c.text: c.when.text for c in extract("Kurz\n\n" + text, lang, pub).claims if c.when}


def test_each_figure_takes_the_year_after_it():
    got = whens(
        "Die Stadt erwartet Defizite von 2,2 Millionen Euro für 2027, 3,1 Millionen 2028 "
        "und 2,7 Millionen Euro 2029.",
        "de",
        "2026-10-05",
    )
    assert got["3,1 Millionen"] == "2028"
    assert got["2,7 Millionen Euro"] == "2029"


def test_a_figure_with_no_period_after_it_keeps_the_nearest():
    got = whens("Der Umsatz lag 2025 bei 4,1 Millionen Euro.", "de", "2026-10-05")
    assert got["4,1 Millionen Euro"] == "2025"
