"""The year of a company's accounts (issue 15o): a German year named by the month it ended in
("im Ende September abgelaufenen Geschäftsjahr") runs the twelve months to the end of that month;
"annual revenue", "Jahresumsatz" are of the year that is over. Sentences written for these tests."""

import pytest

from tracker.extraction import extract


def _when(text, published="2026-11-20"):
    w = extract(text, "de", published).claims[0].when
    return (str(w.start), str(w.end)) if w else None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Im Ende September abgelaufenen Geschäftsjahr stieg der Umsatz auf 4,2 Milliarden Euro.",
            "2025-10-01",
            "2026-09-30",
        ),
        (
            "Die Brauerei setzte im zum 30. Juni beendeten Geschäftsjahr 310 Millionen Euro um.",
            "2025-07-01",
            "2026-06-30",
        ),
        (
            "Im Ende März 2025 abgelaufenen Geschäftsjahr verlor die Reederei 80 Millionen Euro.",
            "2024-04-01",
            "2025-03-31",
        ),
        (
            "Im Ende Dezember abgelaufenen Geschäftsjahr verdiente die Bank 12 Millionen Euro.",
            "2025-01-01",
            "2025-12-31",
        ),
    ],
)
def test_the_year_ends_with_the_month_named(text, start, end):
    assert _when(text) == (start, end)


def test_a_month_that_does_not_end_the_year_stays_a_month():
    assert _when("Im September stieg der Umsatz im abgelaufenen Geschäftsjahr auf 4 Milliarden Euro.") != (
        "2025-10-01",
        "2026-09-30",
    )
    assert _when("Im abgelaufenen Geschäftsjahr stieg der Umsatz auf 4,2 Milliarden Euro.") == (
        "2025-01-01",
        "2025-12-31",
    )


def test_no_month_end_later_than_the_publication_date():
    # published in August: the last end of September is a year before
    got = _when(
        "Im Ende September abgelaufenen Geschäftsjahr stieg der Umsatz auf 4,2 Milliarden Euro.", "2026-08-03"
    )
    assert got == ("2024-10-01", "2025-09-30")


@pytest.mark.parametrize(
    ("text", "lang", "published", "start", "end"),
    [
        (
            "Harbour Foods reported a 4 percent rise in annual revenue to 2.3 billion euros.",
            "en",
            "2026-02-10",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Der Jahresumsatz der Kellerei stieg um 8 Prozent auf 41 Millionen Euro.",
            "de",
            "2026-03-02",
            "2025-01-01",
            "2025-12-31",
        ),
        (
            "Annual profit at the lender reached £310 million in 2024.",
            "en",
            "2026-02-10",
            "2024-01-01",
            "2024-12-31",
        ),
    ],
)
def test_annual_accounts_are_of_the_year_that_is_over(text, lang, published, start, end):
    w = extract(text, lang, published).claims[0].when
    assert (str(w.start), str(w.end)) == (start, end)


def test_annual_before_other_words_is_no_year():
    w = extract("Annual inflation rose to 3.1% in October.", "en", "2026-11-20").claims[0].when
    assert (str(w.start), str(w.end)) == ("2026-10-01", "2026-10-31")
