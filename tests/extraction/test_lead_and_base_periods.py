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


def test_the_same_months_of_a_comparison_are_no_figure():
    text = (
        "Bus punctuality fell in July to September 2025 compared with the same three months a year earlier."
    )
    assert extract(text, "en", "2025-11-20").claims == ()
    text = "Die Zahl der Unfälle stieg gegenüber den gleichen sechs Monaten des Vorjahres um 40."
    assert [c.text for c in extract(text, "de", "2025-11-20").claims] == ["40"]


def test_a_plan_in_the_past_tense_is_of_the_period_reported():
    text = (
        "Ferry crossings fell in July to September 2025, the port authority said.\n\n"
        "In all, 42,000 sailings were scheduled, 2% more than a year before."
    )
    whens = dict(_whens(text, "en", "2025-11-20"))
    assert whens["42,000 sailings"] == ("2025-07-01", "2025-09-30")


def test_a_level_compared_with_is_a_base():
    text = (
        "The average rent reached £1,310 in August, still 4.1 per cent below the peak reached in March 2024."
    )
    whens = dict(_whens(text, "en", "2025-09-20"))
    assert whens["4.1 per cent"] == ("2025-08-01", "2025-08-31")
    text = "Der Ölpreis lag im August bei 71 Dollar und damit 12 Prozent unter dem Höchststand vom Juni 2024."
    whens = dict(_whens(text, "de", "2025-09-20"))
    assert whens["12 Prozent"] == ("2025-08-01", "2025-08-31")


def test_a_change_in_the_perfect_from_one_level_to_another_is_two_claims():
    for text in (
        "The club's debt has grown from £40.5m to £47.1m.",
        "Waiting times have risen from 12 to 19 weeks.",
    ):
        assert [c.value_high for c in extract(text, "en", "2026-04-03").claims] == [None, None]
    assert [c.value_high for c in extract("Seats cost from £20 to £45.", "en", "2026-04-03").claims] == [45]


def test_an_amount_and_its_noun_then_the_year_before_is_of_that_year():
    text = (
        "Harbour United made a loss of £9.1m in the financial year to June 2025.\n\n"
        "After a £4.2m surplus on transfers the year before, the club made £80,000 from transfers "
        "in the latest period."
    )
    whens = dict(_whens(text, "en", "2026-04-03"))
    assert whens["£4.2m"] == ("2023-07-01", "2024-06-30")


def test_a_change_named_further_back_still_makes_from_to_two_levels():
    text = (
        "It reflected a 4% rise in the cost of a tonne of imported wheat over the winter, from $210 to $218."
    )
    assert [c.value_high for c in extract(text, "en", "2026-04-03").claims] == [None, None, None]


def _first_when(text, lang, published="2025-09-10"):
    w = extract(text, lang, published).claims[0].when
    return str(w.start), str(w.end)


def test_a_weekday_of_a_possibility_lies_ahead():
    # 2025-09-10 is a Wednesday
    assert _first_when("A ruling on the 120 flats could come on Friday.", "en")[0] == "2025-09-12"
    assert (
        _first_when("Über die 120 Wohnungen könnte am Freitag entschieden werden.", "de")[0] == "2025-09-12"
    )
    assert _first_when("The 120 flats could have been sold on Friday.", "en")[0] == "2025-09-05"


def test_the_decade_of_the_article_told_of_in_the_past_is_a_century_before():
    assert _first_when("In den 20er Jahren waren im Ort 3.000 Einwohner gemeldet.", "de")[0] == "1920-01-01"
    assert _first_when("In den 20er Jahren soll die Zahl auf 3.000 steigen.", "de")[0] == "2020-01-01"
    assert _first_when("In den 10er Jahren waren es 300 Einwohner.", "de")[0] == "2010-01-01"


def test_a_relative_clause_that_says_which_period_the_figures_are_of():
    text = "Nach Daten, die sich auf den Juli beziehen, wurden 2.300 Anträge gestellt."
    assert _first_when(text, "de") == ("2025-07-01", "2025-07-31")
    text = "The firm, which was founded in July, employs 40 people."
    assert _first_when(text, "en") != ("2025-07-01", "2025-07-31")


def test_a_month_before_the_end_of_a_month_is_the_end_of_the_month_before():
    text = (
        "Beim Amt lagen Ende Oktober noch 4.100 offene Anträge. Einen Monat zuvor hatte der Bestand bei "
        "4.900 gelegen, vor einem Jahr waren es 7.000."
    )
    whens = dict(_whens(text, "de", "2026-11-04"))
    assert whens["4.900"] == ("2026-09-21", "2026-09-30")
    whens = dict(_whens("Im Oktober waren es 300 Fälle. Einen Monat zuvor waren es 250.", "de", "2026-11-04"))
    assert whens["250"] == ("2026-09-01", "2026-09-30")


def test_after_a_noun_of_change_a_bare_start_level_is_of_the_year_before():
    """ "einen Rückgang von (durchschnittlich) 4,0 auf 3,6 Tage": the level the change starts
    from is the year before; "ein Plus von 8,3 Prozent auf 6.170 Euro" is the change itself."""
    lead = "Die Kasse wertete die Daten des Jahres 2025 aus. Häufigster Grund blieben auch 2025 Infekte. "
    whens = dict(
        _whens(
            lead + "Sie meldete einen Rückgang von durchschnittlich 4,0 auf 3,6 Fehltage.", "de", "2026-01-20"
        )
    )
    assert whens["4,0"] == ("2024-01-01", "2024-12-31")
    assert whens["3,6 Fehltage"] == ("2025-01-01", "2025-12-31")
    whens = dict(_whens(lead + "Sie meldete einen Anstieg von 4,0 auf 4,4 Fehltage.", "de", "2026-01-20"))
    assert whens["4,0"] == ("2024-01-01", "2024-12-31")
    whens = dict(
        _whens(lead + "Die Kosten stiegen um ein Plus von 8,3 Prozent auf 6.170 Euro.", "de", "2026-01-20")
    )
    assert whens["8,3 Prozent"] == ("2025-01-01", "2025-12-31")


def test_a_rate_of_change_to_the_month_a_year_before_is_of_the_month_named():
    """ "Im Mai lag die Veränderungsrate zum Vorjahresmonat bei +1,9 %": May's; the month a year
    before is the base. Without a noun of change, "zum Vorjahresende" dates the figure."""
    whens = dict(_whens("Im Mai lag die Veränderungsrate zum Vorjahresmonat bei +1,9 %.", "de", "2026-07-14"))
    assert whens["1,9 %"] == ("2026-05-01", "2026-05-31")
    whens = dict(_whens("Die Quote lag zum Jahresende 2025 bei 5,2 Prozent.", "de", "2026-07-14"))
    assert whens["5,2 Prozent"][1] == "2025-12-31"


def test_a_value_of_a_year_compared_with_is_a_base():
    """ "lag um 0,4 Prozentpunkte über dem Wert von 2024": the year of the value compared with
    is a base; the figure is of the year named first."""
    text = "Im Jahr 2025 lag die Quote um 0,4 Prozentpunkte über dem Wert von 2024."
    whens = dict(_whens(text, "de", "2026-02-10"))
    assert whens["0,4 Prozentpunkte"] == ("2025-01-01", "2025-12-31")
    text = "In 2025 the rate was 0.4 percentage points above the value of 2024."
    whens = dict(_whens(text, "en", "2026-02-10"))
    assert whens["0.4 percentage points"] == ("2025-01-01", "2025-12-31")


def test_a_look_back_with_waren_es_carries_no_period_to_the_next_sentence():
    """ "2024 waren es 118. Den Anstieg um 17,8 Prozent ...": the base year of the look back is
    not the period of the change after it (the article's year is)."""
    text = (
        "Das Amt zählte im vergangenen Jahr 139 Verfahren. 2024 waren es 118. "
        "Den Anstieg um 17,8 Prozent nannte die Präsidentin erheblich."
    )
    whens = dict(_whens(text, "de", "2026-01-30"))
    assert whens["118"] == ("2024-01-01", "2024-12-31")
    assert whens["17,8 Prozent"] == ("2025-01-01", "2025-12-31")
