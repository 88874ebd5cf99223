"""Periods of figures in shapes of news writing (issue #15): a results quarter against the
weekday of the release, a storm over several days, the day of an event against the day it was
reported. Sentences written for these tests."""

from tracker.extraction import extract


def _whens(text, lang, published):
    out = []
    for c in extract(text, lang, published).claims:
        w = c.when
        out.append((c.text, (str(w.start), str(w.end)) if w else None))
    return out


Q3 = ("2026-07-01", "2026-09-30")


def test_the_paragraphs_quarter_wins_over_the_weekday_of_the_release():
    text = (
        "Der Pumpenhersteller Korbach hat im dritten Quartal weniger verdient. Der Umsatz sank auf "
        "940 Millionen Euro, wie das Unternehmen am Dienstag mitteilte."
    )
    assert _whens(text, "de", "2026-10-28") == [("940 Millionen Euro", Q3)]
    text = (
        "Shipping group Marlow had a weaker third quarter. Its revenue slipped to $2.3 billion, "
        "the company said on Tuesday."
    )
    assert _whens(text, "en", "2026-10-28") == [("$2.3 billion", Q3)]


def test_a_forecast_period_before_gives_no_date_to_a_release():
    text = (
        "Der Verband erwartet bis Ende 2027 eine Erholung. Der Absatz lag bei 1,1 Millionen Autos, "
        "teilte er am Montag mit."
    )
    got = _whens(text, "de", "2026-10-28")
    assert got[-1][1] != ("2027-09-01", "2027-12-31")


def test_a_storm_over_several_days_dates_its_figures_by_the_span():
    text = (
        "Wind und Regen\n\nDas Orkantief Berta zog von Sonntag bis Dienstag über die Küste. Die "
        "Feuerwehren rückten zu mehr als 900 Einsätzen aus. Zwei Menschen wurden verletzt."
    )
    got = _whens(text, "de", "2026-02-05")
    assert [w for _, w in got] == [("2026-02-01", "2026-02-03")] * 2
    text = (
        "Gales batter the west\n\nStorm Ivo swept across the region between Monday and Wednesday. "
        "Crews answered 760 calls and 14 people were hurt, the fire service said on Thursday."
    )
    got = _whens(text, "en", "2026-02-06")
    assert [w for _, w in got] == [("2026-02-02", "2026-02-04")] * 2


def test_than_expected_is_no_future():
    text = "Die Preise sind im Dezember stärker gestiegen als erwartet. Die Rate lag bei 2,4 Prozent."
    assert _whens(text, "de", "2026-01-15") == [("2,4 Prozent", ("2025-12-01", "2025-12-31"))]


def test_a_figure_before_a_days_event_takes_the_event_day():
    text = (
        "Record run\n\nMore than 30,000 runners took part in Sunday's city marathon, organisers "
        "said on Tuesday."
    )
    assert _whens(text, "en", "2026-10-14") == [("More than 30,000 runners", ("2026-10-11", "2026-10-11"))]


def test_now_in_a_monthly_index_is_the_month_of_the_index():
    text = (
        "Prices edge up\n\nHome prices rose by 0.6% in January, the lender Nordbank said. A typical "
        "home now costs £287,500, it said on Friday."
    )
    assert _whens(text, "en", "2026-02-06")[1] == ("£287,500", ("2026-01-01", "2026-01-31"))
    text = (
        "Mieten steigen\n\nDie Angebotsmieten sind im Januar um 0,8 Prozent gestiegen. Ein "
        "Quadratmeter kostet derzeit im Schnitt 11,40 Euro, teilte das Portal am Freitag mit."
    )
    assert _whens(text, "de", "2026-02-06")[1] == ("11,40 Euro", ("2026-01-01", "2026-01-31"))


def test_now_after_a_years_statistics_is_today():
    text = (
        "Mehr Solarstrom\n\nIm vergangenen Jahr gingen 9.000 neue Anlagen ans Netz. Damit sind derzeit "
        "rund 40 Gigawatt installiert."
    )
    assert _whens(text, "de", "2026-02-06")[1] == ("rund 40 Gigawatt", ("2026-02-06", "2026-02-06"))


def test_decades_in_words_and_short_digits():
    for text, lang in (
        ("In den Sechzigerjahren lebten 4.000 Menschen im Dorf.", "de"),
        ("In den 60er-Jahren lebten 4.000 Menschen im Dorf.", "de"),
        ("In den sechziger Jahren lebten 4.000 Menschen im Dorf.", "de"),
        ("In den 1960er-Jahren lebten 4.000 Menschen im Dorf.", "de"),
        ("In the '60s, 4,000 people lived in the village.", "en"),
        ("In the sixties, 4,000 people lived in the village.", "en"),
    ):
        got = _whens(text, lang, "2026-03-10")
        assert got[-1][1] == ("1960-01-01", "1969-12-31"), text
        assert len(got) == 1, text  # "60er-Jahren" is no figure


def test_a_future_seen_from_the_past_lies_ahead():
    text = "The regulator said the cap would fall by 3% in April."
    assert _whens(text, "en", "2026-01-15") == [("3%", ("2026-04-01", "2026-04-30"))]
    # the month of the announcement is not the future its clause speaks of
    text = "The firm announced in February that it would cut 900 jobs."
    assert _whens(text, "en", "2026-05-08")[0][1] == ("2026-02-01", "2026-02-28")


def test_a_sentence_that_looks_forward_takes_the_period_ahead_the_paragraph_carries():
    text = (
        "Bills to rise\n\nCouncillors voted on Wednesday to raise council tax by 4.99% from April. "
        "A Band D home will pay £2,240 a year."
    )
    assert _whens(text, "en", "2026-02-20")[1] == ("£2,240", ("2026-04-01", "2026-04-30"))


OCT = ("2026-10-01", "2026-10-31")


def test_a_change_over_the_year_before_is_of_the_month_reported():
    text = "Im Oktober 2026 lagen die Mieten um 3,4 % über dem Vorjahresmonat."
    assert _whens(text, "de", "2026-11-12") == [("3,4 %", OCT)]


def test_a_look_back_in_the_pluperfect_carries_on_to_no_sentence():
    text = (
        "Teurer Oktober\n\nIm Oktober 2026 lagen die Mieten um 3,4 % über dem Vorjahresmonat. Im "
        "September hatte die Rate noch bei 3,0 % gelegen. Gegenüber dem Vormonat stiegen die Mieten um 0,2 %."
    )
    assert _whens(text, "de", "2026-11-12")[-1] == ("0,2 %", OCT)


def test_a_weekday_in_a_papers_name_or_in_a_supposed_election_is_no_day():
    text = (
        "Umfrage\n\nIn der Umfrage, die Verian im Auftrag der „Welt am Sonntag“ erstellt, verliert die "
        "Union. Sie kommt auf 27 Prozent. Verian befragte vom 8. bis 11. September 1.400 Menschen."
    )
    fieldwork = ("2026-09-08", "2026-09-11")
    assert _whens(text, "de", "2026-09-13")[0] == ("27 Prozent", fieldwork)
    text = (
        "Umfrage\n\nBei einer Wahl an diesem Sonntag würden die Grünen 23 Prozent erreichen. Infratest "
        "befragte vom 8. bis 11. September 1.000 Menschen."
    )
    assert _whens(text, "de", "2026-09-13")[0] == ("23 Prozent", fieldwork)


def test_a_change_from_a_month_ahead_dates_the_articles_figures():
    text = (
        "Water bills to rise 6% from April\n\nHouseholds will pay 6% more for water from April 1, the "
        "regulator said on Tuesday.\n\nA typical bill will be £510 a year. Unpaid bills have climbed to £2bn."
    )
    got = dict(_whens(text, "en", "2026-02-24"))
    assert got["£510"][0] == "2026-04-01"
    assert got["£2bn"] == ("2026-02-24", "2026-02-24")  # what has already happened: today's
    text = "Bills to rise from April\n\nA typical bill will be £1,760 a year, against the current £1,700."
    got = _whens(text, "en", "2026-02-24")
    assert got[1] == ("£1,700", ("2026-02-24", "2026-02-24"))


def test_a_quarter_in_a_row_is_no_period():
    text = (
        "Prices will rise by 2% from July, the regulator said, raising its cap for the third quarter running."
    )
    assert _whens(text, "en", "2026-05-20")[0][1][0] == "2026-07-01"


def test_a_companys_quarter_named_before_its_results():
    text = (
        "Retailer beats forecasts\n\nThe retailer posted third-quarter results on Thursday that beat "
        "forecasts, and said it expects a flat holiday season.\n\nIts results for the three months to "
        "Nov. 1 were:\n\nRevenue: $2.9 billion, against $2.8 billion expected"
    )
    for _, w in _whens(text, "en", "2026-11-19"):
        assert w[0] < "2026-11-01", w
    text = "Sales fell 4% from $3 billion in the same period last year, the retailer said."
    got = _whens(
        "Results\n\nThe retailer posted third-quarter results on Thursday.\n\n" + text, "en", "2026-11-19"
    )
    assert got[0] == ("4%", ("2026-07-01", "2026-09-30"))
    assert got[1][1][0].startswith("2025")


def test_a_year_earlier_opening_a_sentence_dates_all_its_figures():
    text = (
        "There were 61,200 claims in the year to June, covering 80,400 people. A year earlier the "
        "figures were 55,300 claims and 71,900 people."
    )
    got = _whens(text, "en", "2026-08-20")
    assert [w for _, w in got[2:]] == [("2024-07-01", "2025-06-30")] * 2


def test_a_base_opening_a_sentence_is_no_anchor_for_the_month_before():
    text = (
        "Im Oktober waren 2,7 Millionen Menschen arbeitslos. Gegenüber dem Oktober 2025 ist das ein "
        "Plus von 80.000. Im Vorjahresmonat hatte die Quote bei 5,8 Prozent gelegen."
    )
    assert _whens(text, "de", "2026-10-30")[-1] == ("5,8 Prozent", ("2025-10-01", "2025-10-31"))


def test_duerfte_looks_ahead():
    text = "Im Januar dürfte die Zahl wieder über drei Millionen steigen."
    assert _whens(text, "de", "2026-10-30")[0][1] == ("2027-01-01", "2027-01-31")


def test_now_in_a_february_index():
    text = "Prices up\n\nPrices rose 0.3% in February, the bureau said. The index now stands at 327.9."
    assert _whens(text, "en", "2026-03-11")[1][1] == ("2026-02-01", "2026-02-28")


def test_a_year_wins_over_nun_beside_the_figure_and_the_scale_is_shared():
    got = extract(
        "2027 sollen nun 2,410 statt 2,385 Milliarden Euro ausgegeben werden.", "de", "2025-12-11"
    ).claims
    assert [(c.value, c.unit, str(c.when.start)) for c in got] == [
        (2410000000, "euro", "2027-01-01"),
        (2385000000, "euro", "2027-01-01"),
    ]


def test_a_base_in_the_lead_is_not_the_day_of_the_news():
    text = (
        "Warnstreiks\n\nAm Mittwoch streikten 30.000 Beschäftigte, deutlich mehr als zum Auftakt am "
        "Montag. Im Norden beteiligten sich laut Verband nur 4.000 Beschäftigte."
    )
    assert _whens(text, "de", "2026-11-04")[-1][1] == ("2026-11-04", "2026-11-04")


def test_a_deadline_ahead_in_another_clause_gives_no_date_to_what_was_done():
    text = (
        "Storm\n\nGales hit the coast between Friday and Sunday. The utility said crews had fixed "
        "more than 1,900 lines, and that it expected to reconnect everyone by Tuesday night."
    )
    assert _whens(text, "en", "2026-01-26")[0][1] == ("2026-01-23", "2026-01-25")


def test_until_a_weekday_lies_ahead():
    text = "Rain warnings are in place until midday on Tuesday, with up to 40mm possible."
    assert _whens(text, "en", "2026-01-26")[0][1] == ("2026-01-27", "2026-01-27")


def test_a_base_figures_own_period_right_after_it():
    text = "The backlog stood at 61,000 cases, compared with a peak of 150,000 in mid-2023."
    assert _whens(text, "en", "2026-08-20")[-1] == ("150,000", ("2023-05-01", "2023-08-31"))


def test_zum_vergleich_and_a_year_before_its_figure():
    text = (
        "Krankenstand\n\nDie Kasse hat die Krankschreibungen des Jahres 2025 ausgewertet. Demnach "
        "fehlten Beschäftigte im Schnitt 19,4 Tage. Zum Vergleich: 2024 waren es 18,2 Tage, 2021 nur "
        "13,9 Tage. Auf Erkältungen entfielen 5,1 Fehltage."
    )
    got = dict(_whens(text, "de", "2026-01-29"))
    assert got["18,2 Tage"] == ("2024-01-01", "2024-12-31")
    assert got["5,1 Fehltage"] == ("2025-01-01", "2025-12-31")


def test_a_change_over_years_is_a_span_and_no_duration():
    got = _whens("Food prices have risen by more than 20% over three years.", "en", "2026-06-09")
    assert got == [("more than 20%", ("2023-06-01", "2026-06-09"))]


def test_a_share_price_is_the_days_not_the_plans_before():
    text = (
        "Werk\n\nDie Firma will im ersten Halbjahr 2027 ein Werk in Polen eröffnen. Die Aktie legte "
        "am Vormittag um 4,1 Prozent zu."
    )
    assert _whens(text, "de", "2026-05-07")[-1] == ("4,1 Prozent", ("2026-05-07", "2026-05-07"))


def test_an_attributive_derzeit_still_dates_its_figure():
    text = "Von den derzeit rund 1.500 Kliniken dürften bis 2030 bis zu 300 schließen."
    assert _whens(text, "de", "2025-11-20")[0] == ("rund 1.500 Kliniken", ("2025-11-20", "2025-11-20"))


def test_a_future_clause_still_dates_a_figure_of_a_clause_without_past():
    text = "The pension will rise by 4.1% in April, worth about £480 a year for most pensioners."
    assert _whens(text, "en", "2025-11-26")[1] == ("about £480", ("2026-04-01", "2026-04-30"))


def test_a_german_double_budget_is_two_calendar_years_an_english_split_year_april_to_march():
    text = "Der Doppelhaushalt für die Haushaltsjahre 2026/27 sieht Ausgaben von 2,4 Milliarden Euro vor."
    assert _whens(text, "de", "2025-12-11")[0][1] == ("2026-01-01", "2027-12-31")
    assert _whens("Im Haushaltsjahr 2026 fehlen 9 Millionen Euro.", "de", "2025-12-11")[0][1] == (
        "2026-01-01",
        "2026-12-31",
    )
    text = "The council will spend £31m on roads in 2026/27."
    assert _whens(text, "en", "2025-12-11")[0][1] == ("2026-04-01", "2027-03-31")


def test_the_quarter_without_a_period_named_before_is_the_last_quarter_over():
    text = "Profit down\n\nBrightwater said on Wednesday that profit fell to £84m in the quarter."
    assert _whens(text, "en", "2026-07-30") == [("£84m", ("2026-04-01", "2026-06-30"))]
    text = "Shares jumped 8% before the bell after the firm said its margin in the quarter rose."
    assert _whens(text, "en", "2026-07-30")[0] == ("8%", ("2026-07-30", "2026-07-30"))


def test_a_weekday_range_that_spans_the_publication_weekday_is_last_weeks():
    text = (
        "Umfrage\n\nDie Union kommt auf 29 Prozent. Infratest befragte von Montag bis Mittwoch "
        "1.300 Wahlberechtigte."
    )
    assert _whens(text, "de", "2026-05-12")[0] == ("29 Prozent", ("2026-05-04", "2026-05-06"))


def test_fuer_das_wochenende_and_a_lists_lines_under_a_heading_with_a_period():
    text = "Einsätze\n\nDie Polizei meldete für das Wochenende 640 Einsätze."
    assert _whens(text, "de", "2026-03-10")[0][1] == ("2026-03-07", "2026-03-08")
    text = (
        "Results\n\nThe retailer's results for the three months to Nov. 1 were:\n\n"
        "Revenue: $2.9 billion, against $2.8 billion expected\n"
        "Earnings per share: 52 cents\n"
    )
    for _, w in _whens(text, "en", "2026-11-20"):
        assert w[1] >= "2026-10-31" and w[0] < "2026-11-01", w
