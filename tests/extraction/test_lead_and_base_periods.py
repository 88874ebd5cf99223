"""Periods a lead leaves to the next figure and periods of bases and stocks (issue 15i).
Sentences written for these tests."""

from tracker.extraction import extract


def _whens(text, lang, published):
    return [
        (c.text, (str(c.when.start), str(c.when.end)) if c.when else None)
        for c in extract(text, lang, published).claims
    ]


def test_a_lead_change_since_years_ago_leaves_the_period_to_the_next_figure():
    text = (
        "Die Einnahmen des Verbands haben sich seit 2017 fast verdreifacht. Das zeigt der am Dienstag "
        "vorgelegte Jahresbericht.\n\nDemnach nahm der Verband im Jahr 2025 zusammen 4,1 Millionen Euro "
        "ein.\n\nFür Personal gab er 1,2 Millionen Euro aus."
    )
    whens = dict(_whens(text, "de", "2026-02-10"))
    assert whens["1,2 Millionen Euro"] == ("2025-01-01", "2025-12-31")
    text = (
        "Ticket sales at the theatre have tripled since 2016, its annual report showed on Monday.\n\n"
        "The theatre sold 410,000 tickets in 2025.\n\nIt spent £3.2m on staff."
    )
    whens = dict(_whens(text, "en", "2026-02-10"))
    assert whens["£3.2m"] == ("2025-01-01", "2025-12-31")
