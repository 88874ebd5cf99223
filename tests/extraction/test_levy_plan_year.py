"""time/purpose.py: a levy set "for" a year in the lead (a tax, a council precept, a district
levy) makes that year the article's plan, as a budget does: figures naming no period of their
own take it. Own sentences."""

from tracker.extraction import extract


def whens(text, lang, pub):
    return {
        c.text: (c.when.start.isoformat(), c.when.end.isoformat())
        for c in extract(text, lang, pub).claims
        if c.when
    }


def test_a_council_tax_rise_for_a_split_year_dates_the_bills():
    text = (
        "Bills to rise in Marlow Vale\n\n"
        "Marlow Vale council has proposed lifting council tax by 2.9 per cent for 2027/28.\n\n"
        "The finance lead said a band D home would then pay £1,987 a year."
    )
    got = whens(text, "en", "2027-02-10")
    assert got["£1,987"] == ("2027-04-01", "2028-03-31")


def test_a_german_levy_for_next_year():
    text = (
        "Kreis erhöht Umlage\n\n"
        "Der Kreistag berät über die Kreisumlage für 2027, die um 1,2 Prozentpunkte steigen soll.\n\n"
        "Das brächte dem Kreis 3,4 Millionen Euro mehr."
    )
    got = whens(text, "de", "2026-11-20")
    assert got["3,4 Millionen Euro"] == ("2027-01-01", "2027-12-31")


def test_a_tax_without_a_year_for_it_gives_no_plan():
    text = (
        "Tax receipts up\n\n"
        "Council tax receipts rose on Monday, the council said.\n\n"
        "It collected £4 million."
    )
    got = whens(text, "en", "2027-02-10")
    assert got["£4 million"][0] != "2027-04-01"


def test_a_spending_plan_for_next_school_year_dates_the_article():
    text = (
        "Board adopts budget\n\n"
        "Trustees on Tuesday backed the district's spending for next school year, "
        "that trims $6 million.\n\n"
        "Academies will get $90 more per pupil."
    )
    got = whens(text, "en", "2026-05-21")
    assert got["$90"] == ("2026-08-01", "2027-07-31")
