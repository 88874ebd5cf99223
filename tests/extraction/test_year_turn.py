"""time/year_ends: "zum Jahreswechsel" without a year: New Year's Eve to the end of January, the
turn that came last early in the year, the coming one late in the year. Own sentences."""

from tracker.extraction import extract


def when_of(text, pub):
    c = extract("Kurz\n\n" + text, "de", pub).claims[0]
    return c.when.start.isoformat(), c.when.end.isoformat()


def test_early_in_the_year_the_last_turn():
    assert when_of("Zum Jahreswechsel hat das Amt drei neue Stellen geschaffen.", "2026-03-02") == (
        "2025-12-31",
        "2026-01-31",
    )


def test_late_in_the_year_the_coming_turn():
    assert when_of("Zum Jahreswechsel sinken die Gaspreise um 4 Prozent.", "2026-11-20") == (
        "2026-12-31",
        "2027-01-31",
    )


def test_late_in_the_year_a_past_sentence_looks_back():
    assert when_of("Zum Jahreswechsel hatten 40 Versorger ihre Preise gesenkt.", "2026-09-20") == (
        "2025-12-31",
        "2026-01-31",
    )


def test_a_turn_with_its_years_is_not_this_rule():
    got = extract("Kurz\n\nZum Jahreswechsel 2024/25 gab es 40 neue Stellen.", "de", "2026-03-02").claims
    assert got[0].when is None or got[0].when.start.year != 2025 or got[0].when.start.month != 12
