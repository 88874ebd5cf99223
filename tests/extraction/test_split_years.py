"""time/split_years: "next school year", "this fiscal year", "im kommenden Schuljahr" without a
year written: the split year of that kind around the publication date. Own sentences."""

from tracker.extraction import extract


def span(text, lang, pub):
    c = extract("Kurz\n\n" + text, lang, pub).claims[0]
    return c.when.start.isoformat(), c.when.end.isoformat()


def test_next_school_year():
    got = span("The district wants to trim $9 million next school year.", "en", "2026-05-20")
    assert got == ("2026-08-01", "2027-07-31")


def test_this_fiscal_year():
    got = span("The agency expects to spend $3 million this fiscal year.", "en", "2026-05-20")
    assert got == ("2026-04-01", "2027-03-31")


def test_im_kommenden_schuljahr():
    got = span("Im kommenden Schuljahr fehlen im Land 800 Lehrkräfte.", "de", "2026-03-10")
    assert got == ("2026-08-01", "2027-07-31")


def test_a_plain_next_year_is_the_calendar_year():
    got = span("The agency expects to spend $3 million next year.", "en", "2026-05-20")
    assert got == ("2027-01-01", "2027-12-31")
