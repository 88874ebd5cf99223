"""Periods real reporting writes (DESIGN: relative dates, the release day, polls, statistics):
day ranges of one month, the release day beside another period, a month with "last year", a
calendar week, "the week to", "the week before", the known start of a war, a poll's fieldwork.
Sentences written for these tests."""

from tracker.extraction import extract


def _whens(text, lang, published):
    return [(str(c.when.start), str(c.when.end)) for c in extract(text, lang, published).claims]


def test_a_day_range_before_its_month():
    de = "Das Institut befragte vom 3. bis 5. März 1.200 Wahlberechtigte."
    assert _whens(de, "de", "2026-03-10") == [("2026-03-03", "2026-03-05")]
    en = "The firm surveyed 1,200 adults between 3 and 5 March."
    assert _whens(en, "en", "2026-03-10") == [("2026-03-03", "2026-03-05")]


def test_the_release_day_gives_way_to_the_period_of_the_figure():
    en = "The agency said on Tuesday that 41,200 people applied for asylum in 2025."
    assert _whens(en, "en", "2026-03-12") == [("2025-01-01", "2025-12-31")]


def test_a_month_of_last_year():
    en = "In the same survey in March last year, 49% agreed."
    assert _whens(en, "en", "2026-04-10") == [("2025-03-01", "2025-03-31")]
    de = "Im Juni vergangenen Jahres waren es 30 Prozent."
    assert _whens(de, "de", "2026-04-10") == [("2025-06-01", "2025-06-30")]


def test_a_calendar_week_and_the_week_before():
    de = "In der 7. Kalenderwoche wurden 3.100 Fälle gemeldet. In der Vorwoche waren es 2.700 Fälle."
    assert _whens(de, "de", "2026-02-19") == [("2026-02-09", "2026-02-15"), ("2026-02-02", "2026-02-08")]
    assert _whens("In KW 52 waren es 800 Fälle.", "de", "2026-01-08") == [("2025-12-22", "2025-12-28")]


def test_the_week_to_a_day():
    en = "The rate stood at 8.1% in the week to February 1, down from 9.4% the week before."
    assert _whens(en, "en", "2026-02-05") == [("2026-01-26", "2026-02-01"), ("2026-01-19", "2026-01-25")]


def test_since_the_start_of_a_known_war():
    de = "Seit Kriegsbeginn wurden in der Ukraine 900 Schulen zerstört."
    assert _whens(de, "de", "2026-05-02") == [("2022-02-24", "2026-05-02")]
    en = "Since the start of the war, 300 aid workers have died in Gaza."
    assert _whens(en, "en", "2026-05-02") == [("2023-10-07", "2026-05-02")]


def test_a_poll_share_takes_the_fieldwork_days():
    text = (
        "Eine Mehrheit ist inzwischen für die Reform. 56 Prozent stimmen zu.\n\n"
        "Das Institut befragte vom 2. bis 4. März 1.100 Menschen."
    )
    assert _whens(text, "de", "2026-03-06")[0] == ("2026-03-02", "2026-03-04")


def test_quarters_written_short_and_a_year_earlier():
    en = "Net income was $1.3 billion in Q3, compared with $1.1 billion in the year-earlier quarter."
    assert _whens(en, "en", "2025-10-30") == [("2025-07-01", "2025-09-30"), ("2024-07-01", "2024-09-30")]


def test_a_period_of_comparison_beside_another_figure_is_not_the_first_ones():
    de = (
        "Für das erste Halbjahr meldete die Firma Zahlen. "
        "Der Umsatz stieg von 38 Millionen Euro im Vorjahr auf 41 Millionen Euro."
    )
    assert _whens(de, "de", "2025-08-14") == [("2024-01-01", "2024-06-30"), ("2025-01-01", "2025-06-30")]


def test_a_change_dated_by_its_base_alone_is_a_year_on():
    en = "Like-for-like sales rose 2.4% compared with September last year."
    assert _whens(en, "en", "2025-10-17") == [("2025-09-01", "2025-09-30")]
    en = "Revenue came to $4.2 billion, up 8% from Q3 2024."
    assert _whens(en, "en", "2025-10-30")[1] == ("2025-07-01", "2025-09-30")


def test_the_base_of_a_rate_is_no_figure():
    claims = extract("The rate stood at 8.4 per 100,000 people.", "en", "2026-02-05").claims
    assert [c.value for c in claims] == [8.4]


def test_seasons_with_a_hyphen_and_the_previous_one():
    en = "The club made €800 million in the 2024-25 season, up from €720 million the previous season."
    assert _whens(en, "en", "2026-03-12") == [("2024-07-01", "2025-06-30"), ("2023-07-01", "2024-06-30")]
    en = "Sales rose 4% in the third quarter of 2025, after 2% in the previous quarter."
    assert _whens(en, "en", "2026-03-12")[1] == ("2025-04-01", "2025-06-30")


def test_a_change_on_the_previous_week_is_not_of_that_week():
    en = "Some 2,600 patients were in hospital last week, up 55% on the previous week."
    assert len(set(_whens(en, "en", "2025-12-04"))) == 1


def test_year_to_date_and_the_first_two_months():
    assert _whens("Im bisherigen Jahresverlauf wurden 1.200 Fälle gezählt.", "de", "2026-03-12") == [
        ("2026-01-01", "2026-03-12")
    ]
    de = "In den ersten beiden Monaten des Jahres kamen 41.000 Menschen."
    assert _whens(de, "de", "2026-03-12") == [("2026-01-01", "2026-02-28")]


def test_german_a_year_before_the_period_named():
    de = (
        "Das Ergebnis stieg im ersten Quartal auf 312 Millionen Euro, nach 268 Millionen Euro ein Jahr zuvor."
    )
    assert _whens(de, "de", "2026-04-29") == [("2026-01-01", "2026-03-31"), ("2025-01-01", "2025-03-31")]
    de = "Im März waren 2,9 Millionen Menschen arbeitslos, im Monat zuvor 3,0 Millionen."
    assert _whens(de, "de", "2026-04-29") == [("2026-03-01", "2026-03-31"), ("2026-02-01", "2026-02-28")]


def test_the_past_24_hours_and_a_calendar_week_with_its_year():
    en = "The ministry said 81 people were killed in the past 24 hours."
    assert _whens(en, "en", "2024-02-29") == [("2024-02-28", "2024-02-29")]
    de = "Die Inzidenz lag in der 25. KW 2025 bei rund 500 Erkrankungen."
    assert _whens(de, "de", "2026-02-19") == [("2025-06-16", "2025-06-22")]
    en = "More than 30,000 people have been killed in Gaza since the Israel-Hamas war began."
    assert _whens(en, "en", "2024-02-29") == [("2023-10-07", "2024-02-29")]


def test_spans_up_to_publication_weekends_and_decades():
    assert _whens("Over the past decade, 12,000 jobs were lost.", "en", "2026-03-12") == [
        ("2016-03-01", "2026-03-12")
    ]
    de = "In den vergangenen zehn Jahren gingen 12.000 Stellen verloren."
    assert _whens(de, "de", "2026-03-12") == [("2016-03-01", "2026-03-12")]
    assert _whens("Am Wochenende nahm die Polizei 14 Menschen fest.", "de", "2026-03-12") == [
        ("2026-03-07", "2026-03-08")
    ]
    assert _whens("In the 1990s, the town had 40,000 residents.", "en", "2026-03-12") == [
        ("1990-01-01", "1999-12-31")
    ]
    en = "In the first quarter of this year revenue rose 5%."
    assert _whens(en, "en", "2026-05-12") == [("2026-01-01", "2026-03-31")]


def test_a_company_quarter_named_later_and_the_days_trading():
    text = (
        "Handset maker Vello posted a 21 percent rise in quarterly profit on Thursday.\n\n"
        "The company earned $300 million in the quarter.\n\n"
        "Revenue in the period, which ended May 31, rose 9 percent to $2.1 billion.\n\n"
        "Shares of Vello fell 3 percent in after-hours trading."
    )
    whens = _whens(text, "en", "2025-06-26")
    assert whens[:4] == [("2025-03-01", "2025-05-31")] * 4
    assert whens[-1] == ("2025-06-26", "2025-06-26")


def test_next_season_after_a_past_season():
    en = "Clubs earned €11 billion in the 2024-25 season. Revenue would reach €13 billion next season."
    assert _whens(en, "en", "2026-01-22")[1] == ("2025-07-01", "2026-06-30")


def test_the_last_months_of_the_year():
    en = "The figures show 9,800 people arrived in the final three months of the year."
    assert _whens(en, "en", "2026-03-12") == [("2025-10-01", "2025-12-31")]


def test_a_poll_released_last_month_is_of_its_fieldwork():
    en = "A poll released last month showed 52% backing the deal. The survey was conducted Feb. 24-26."
    assert _whens(en, "en", "2026-04-02")[0] == ("2026-02-24", "2026-02-26")


def test_a_poll_share_about_a_year_ahead_is_of_the_fieldwork():
    """ "Asked about 2030, 48% back X": the year is the question's, the share the fieldwork's; a
    share of a past year in the same article keeps its year."""
    en = (
        "The survey was conducted Feb. 24-26. Asked about the 2030 race, 48% back the mayor. "
        "In 2024, 40% had backed her."
    )
    whens = _whens(en, "en", "2026-03-02")
    assert whens == [("2026-02-24", "2026-02-26"), ("2024-01-01", "2024-12-31")]


def test_the_full_year_and_a_sole_figures_year_ago_quarter():
    en = "Profit rose 5% in the fourth quarter. For the full year, revenue grew 3% to $40 billion."
    assert _whens(en, "en", "2026-02-12")[1:] == [("2025-01-01", "2025-12-31")] * 2
    de = (
        "Der Gewinn sank im dritten Quartal um 12 Prozent.\n\n"
        "Im Vorjahresquartal hatte der Konzern noch 2,4 Milliarden Euro verdient."
    )
    assert _whens(de, "de", "2025-10-30")[1] == ("2024-07-01", "2024-09-30")


def test_a_release_day_gives_way_to_the_day_of_the_event():
    de = (
        "Bei einem Angriff am Bahnhof sind am Montagabend drei Menschen verletzt worden. "
        "Ein Mann wurde festgenommen, wie die Polizei am Dienstag mitteilte. Rund 50 Beamte waren im Einsatz."
    )
    assert _whens(de, "de", "2026-03-10")[-1] == ("2026-03-09", "2026-03-09")
    en = "The storm hit Britain on Monday. Two people were killed by falling trees, police said on Tuesday."
    assert _whens(en, "en", "2026-03-10") == [("2026-03-09", "2026-03-09")]


def test_the_twelve_months_through_a_month():
    en = "Prices rose 3.1% in the 12 months through February."
    assert _whens(en, "en", "2026-03-12") == [("2025-03-01", "2026-02-28")]


def test_the_full_year_of_a_forecast_after_a_half_year_report():
    de = (
        "Von Januar bis Juni fuhren 74,6 Millionen Menschen mit, nach 73,1 Millionen in den ersten sechs"
        " Monaten 2025. Für das Gesamtjahr rechnet die Bahn mit mehr als 155 Millionen Fahrgästen."
    )
    assert _whens(de, "de", "2026-07-16")[-1] == ("2026-01-01", "2026-12-31")
    de = (
        "Im ersten Quartal 2025 stieg der Umsatz um 5 Prozent. "
        "Für das Gesamtjahr 2027 erwartet der Verband 500 Millionen Euro."
    )
    assert _whens(de, "de", "2026-07-16")[-1] == ("2027-01-01", "2027-12-31")


def test_a_day_still_to_come_carries_to_the_forecast_that_follows():
    de = (
        "Der Wetterdienst rechnet für Donnerstag mit weiteren Gewittern. Örtlich seien bis zu 40 Liter"
        " Regen pro Quadratmeter möglich."
    )
    assert _whens(de, "de", "2026-06-17") == [("2026-06-18", "2026-06-18")]


def test_a_year_labelling_a_figure_in_brackets_is_not_the_change_after_it():
    """ "(2025: 12.804, minus 45,9 Prozent)": the year is the base figure's; the change is of
    the period of the figure before the brackets."""
    de = (
        "Seit Jahresbeginn stellten Iraker 3.100 Anträge (2025: 4.200, minus 26,2 Prozent). "
        "Ein Jahr zuvor (2025: 4.200) lag die Zahl höher."
    )
    whens = _whens(de, "de", "2026-05-11")
    assert whens[1] == ("2025-01-01", "2025-12-31")
    assert whens[2] == whens[0] == ("2026-01-01", "2026-05-11")
    en = "Since January, 3,100 Iraqis applied (2025: 4,200, down 26.2%)."
    whens = _whens(en, "en", "2026-05-11")
    assert whens[1] == ("2025-01-01", "2025-12-31")
    assert whens[2] == whens[0]
