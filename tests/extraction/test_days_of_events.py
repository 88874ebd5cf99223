"""Which day a figure of a news report is of: the day the reported clause names, not the day of
the saying; the day of what happened over the day the police spoke of it; the day ahead a price
change takes effect for the prices of the change, but not for what is counted today. Sentences
written for these tests."""

from tracker.extraction import extract


def _whens(text, published, lang="en"):
    return [(c.text, str(c.when.start) if c.when else None) for c in extract(text, lang, published).claims]


def test_the_day_of_the_reported_clause_is_no_release_day():
    text = (
        "Crews were called to the mill on Thursday.\n\n"
        "A police spokesman said officers arrested a man on Saturday after checking footage from 17 cameras."
    )
    assert _whens(text, "2026-03-09")[-1] == ("17 cameras", "2026-03-07")


def test_a_day_right_beside_the_cue_is_still_the_release_day():
    text = "The Health Ministry said on Tuesday that 41,200 people applied for the scheme in 2025."
    assert _whens(text, "2026-03-12")[0][1] == "2025-01-01"
    text = "Police said on Saturday that the blaze destroyed 17 cars."
    assert _whens(text, "2026-03-09") == [("17 cars", "2026-03-07")]


def test_what_happened_takes_the_day_of_the_event_over_the_day_of_the_saying():
    text = (
        "LAKEVILLE — Three firefighters were injured at a burning depot, police said Monday.\n\n"
        "Crews were called to the site shortly after midnight on Thursday."
    )
    assert _whens(text, "2026-03-09")[0][1] == "2026-03-05"


def test_a_state_the_police_give_keeps_the_day_of_the_saying():
    text = (
        "LAKEVILLE — The town has 120 firefighters, police said Monday.\n\n"
        "Crews were called to the site shortly after midnight on Thursday."
    )
    assert _whens(text, "2026-03-09")[0] == ("120 firefighters", "2026-03-09")


def test_the_prices_of_a_change_ahead_are_of_the_day_it_takes_effect():
    text = (
        "Water bills will rise by 4% across the region on 1 July, the regulator has announced.\n\n"
        "A typical household will pay £512 a year, the regulator said.\n\n"
        "The cap covers about 3 million households."
    )
    got = _whens(text, "2026-05-20")
    assert got == [("4%", "2026-07-01"), ("£512", "2026-07-01"), ("about 3 million households", "2026-05-20")]


def test_a_day_on_which_something_happens_is_no_change_ahead():
    text = "Some 4,000 runners will take part on 1 July.\n\nThe club has 300 members."
    got = _whens(text, "2026-05-20")
    assert got[1] == ("300 members", "2026-05-20")


def test_a_possibility_on_a_weekday_lies_ahead():
    text = "More showers are possible on Friday, with gusts of 50 mph."
    assert _whens(text, "2026-06-17") == [("50 mph", "2026-06-19")]
    text = "Gusts reached 50 mph on Friday."
    assert _whens(text, "2026-06-17") == [("50 mph", "2026-06-12")]


def test_a_month_analysts_now_expect_a_change_in_lies_ahead():
    text = "Analysts had predicted a small rise, and now expect prices to fall by 2% in July."
    assert _whens(text, "2026-02-25")[-1] == ("2%", "2026-07-01")


def test_a_forecast_made_before_is_of_the_change_ahead():
    text = (
        "Water bills will rise by £30 from April, the regulator confirmed.\n\n"
        "Analysts had forecast a rise of £28.\n\n"
        "Arrears had climbed to £2bn."
    )
    got = _whens(text, "2026-02-25")
    assert got == [("£30", "2026-04-01"), ("£28", "2026-04-01"), ("£2bn", "2026-02-25")]


def test_a_change_announced_for_the_first_of_a_month_ahead():
    text = (
        "Mehr als 90 Stadtwerke haben Preissenkungen zum 1. Januar angekündigt.\n\n"
        "Viele Versorger wollen ihre Preise derzeit um 3,1 Prozent senken."
    )
    got = _whens(text, "2026-11-24", "de")
    assert got == [("Mehr als 90 Stadtwerke", "2026-11-24"), ("3,1 Prozent", "2027-01-01")]


def test_a_change_of_the_first_of_a_month_in_the_past_stays_past():
    text = "Die Preise waren zum 1. Januar um 3,1 Prozent gestiegen."
    assert _whens(text, "2026-11-24", "de") == [("3,1 Prozent", "2026-01-01")]


def test_a_range_of_days_ahead_ends_in_the_same_year():
    text = "Between 1 July and 30 September, water will be capped at 2.1p a litre."
    got = extract(text, "en", "2026-05-20").claims[0].when
    assert (str(got.start), str(got.end)) == ("2026-07-01", "2026-09-30")
    text = "Between 1 March and 30 April, 412 cases were recorded."
    got = extract(text, "en", "2026-05-20").claims[0].when
    assert (str(got.start), str(got.end)) == ("2026-03-01", "2026-04-30")


def test_an_offence_span_from_its_start_for_as_long_as_it_lasted():
    text = (
        "A bookkeeper who stole £64,000 to pay for holidays was jailed at Crown Court on Friday.\n\n"
        "She took the money over a period of three years beginning in May 2020."
    )
    got = extract(text, "en", "2026-02-20").claims
    assert str(got[0].when.start) == "2020-05-01" and str(got[0].when.end) == "2023-05-01"


def test_an_order_to_pay_is_of_the_day_of_the_verdict():
    text = (
        "A bookkeeper who stole £64,000 was jailed at Crown Court on Friday.\n\n"
        "She took the money over a period of three years beginning in May 2020.\n\n"
        "She was ordered to pay £5,000 in compensation."
    )
    got = extract(text, "en", "2026-02-20").claims
    assert str(got[-1].when.start) == "2026-02-20"


def test_money_put_in_as_new_shares_is_no_trading():
    text = (
        "Harbury Town have published their accounts for the year to June 2025.\n\n"
        "Turnover rose to £84 million.\n\n"
        "The owner put a further £20 million into the club in the form of new shares, the accounts show."
    )
    assert _whens(text, "2026-03-02")[-1] == ("£20 million", "2024-07-01")
    text = (
        "Harbury Town reported turnover of £84 million for the year to June 2025."
        " Its shares fell 4% on Friday."
    )
    assert _whens(text, "2026-03-02")[-1] == ("4%", "2026-02-27")


def test_a_year_ago_is_the_base_s_period_not_the_figure_s():
    text = (
        "Kestrel Systems said its profit rose in the second quarter.\n\n"
        "Operating margin widened to 9.4 percent from 8.1 percent a year ago."
    )
    got = _whens(text, "2026-07-30")
    assert got[0][1] == "2026-04-01" and got[1][1].startswith("2025")


def test_a_forecast_released_on_a_day_is_of_the_period_ahead_named_before():
    text = (
        "Für das Wochenende kündigt der Wetterdienst Sturm und Regen an. "
        "Örtlich seien bis zu 50 Liter pro Quadratmeter möglich, teilte der Wetterdienst am Freitag mit."
    )
    for published in ("2026-02-13", "2026-02-14"):
        assert _whens(text, published, "de") == [("bis zu 50 Liter", "2026-02-14")]


def test_what_fell_last_weekend_stays_past():
    text = "Am Wochenende fielen bis zu 50 Liter pro Quadratmeter, teilte der Wetterdienst am Montag mit."
    assert _whens(text, "2026-02-16", "de") == [("bis zu 50 Liter", "2026-02-14")]


def test_two_months_before_one_year_are_of_that_year():
    text = "More than 9 million people lost their jobs in March and April 2020."
    got = extract(text, "en", "2026-03-20").claims[0].when
    assert (str(got.start), str(got.end)) == ("2020-03-01", "2020-04-30")


def test_the_year_of_a_law_is_no_period_of_the_figures():
    text = "The ballot needed 50% of members under the 2016 trade union laws, or 12,000 members."
    assert all(w is None or not w.startswith("2016") for _, w in _whens(text, "2026-02-10"))
    text = "The census counted 12,000 members in 2016."
    assert _whens(text, "2026-02-10")[0][1] == "2016-01-01"


def test_a_relative_clause_after_a_base_gives_its_figure_the_base_s_period():
    text = (
        "The water price cap will rise by 6% from October.\n\n"
        "Even so, households pay about £40 less than under the limit in October last year, "
        "which stood at £910."
    )
    got = _whens(text, "2026-08-20")
    assert got[1] == ("about £40", "2026-10-01") and got[2] == ("£910", "2025-10-01")


def test_whose_after_a_semicolon_is_no_relative_clause_of_the_period():
    text = (
        "Im ersten Halbjahr fuhren 1,02 Milliarden Fahrgäste mit, etwas mehr als vor einem Jahr; "
        "deren Strecke nahm um 1,1 Prozent zu."
    )
    assert _whens(text, "2026-08-20", "de")[-1] == ("1,1 Prozent", "2026-01-01")


def test_a_deadline_ahead_after_a_figure_of_the_past_is_not_its_day():
    text = "The utility said 41,000 homes had no power and that it expected to restore most by late Thursday."
    assert _whens(text, "2026-03-04")[0] == ("41,000 homes", "2026-03-04")
    text = "The utility expects 41,000 homes to be reconnected by Thursday."
    assert _whens(text, "2026-03-04")[0] == ("41,000 homes", "2026-03-05")


def test_the_day_of_what_a_noun_names_is_not_the_news_day():
    text = (
        "ROME - The toll from the landslide that hit a village on Monday rose to 31 on Wednesday.\n\n"
        "Some 2,000 rescuers had reached the area, officials said."
    )
    assert _whens(text, "2026-09-10")[-1] == ("Some 2,000 rescuers", "2026-09-09")
    text = (
        "ROME - A landslide hit a mountain village on Monday, officials said on Wednesday.\n\n"
        "Some 2,000 rescuers had reached the area."
    )
    assert _whens(text, "2026-09-10")[-1] == ("Some 2,000 rescuers", "2026-09-07")


def test_a_weekday_of_what_people_must_do_lies_ahead():
    text = "Pendler müssen sich am Donnerstag auf Ausfälle einstellen, rund 900 Fahrer streiken."
    assert _whens(text, "2026-03-03", "de")[0][1] == "2026-03-05"
    text = "Am Donnerstag streikten rund 900 Fahrer."
    assert _whens(text, "2026-03-03", "de")[0][1] == "2026-02-26"


def test_a_quarter_s_base_is_the_quarter_a_year_before_in_a_year_on_year_report():
    text = (
        "Der Pumpenbauer Ostrau hat im dritten Quartal mehr verdient. "
        "Die Marge verbesserte sich von 11,2 auf 12,5 Prozent. "
        "Der Umsatz sank im Vergleich zum Vorjahresquartal um 3 Prozent."
    )
    assert _whens(text, "2026-11-05", "de")[0] == ("11,2", "2025-07-01")
    text = "Die Wirtschaft wuchs im dritten Quartal. Die Quote sank von 6,2 auf 6,0 Prozent."
    assert _whens(text, "2026-11-05", "de")[0] == ("6,2", "2026-04-01")


def test_in_the_quarter_after_another_period_is_the_article_s_quarter():
    text = (
        "Tarnfield posted higher first-quarter profit on Thursday.\n\n"
        "It expects margins to improve through the rest of the year.\n\n"
        "The chief executive said it had signed about 30 new clients in the quarter, and that a deal "
        "would add to revenue in the second half."
    )
    got = _whens(text, "2026-04-30")
    assert got[-1] == ("about 30 new clients", "2026-01-01")


def test_a_cue_in_the_pluperfect_dates_no_release():
    text = (
        "Bus drivers walked out on Monday.\n\n"
        "A school said it had told about 60 pupils to learn from home on Tuesday."
    )
    assert _whens(text, "2026-10-06")[-1] == ("about 60 pupils", "2026-10-06")


def test_a_share_of_respondents_is_of_the_fieldwork_days():
    text = (
        "Für die Umfrage befragte Insa zwischen dem 8. und 14. September 2026 insgesamt 2.004 Menschen.\n\n"
        "Demnach rechnen 58 Prozent der Befragten nicht damit, dass sich das bis Dezember ändert."
    )
    assert _whens(text, "2026-09-15", "de")[-1] == ("58 Prozent", "2026-09-08")


def test_the_losses_of_the_day_before():
    text = "Der Generalstab bezifferte die Verluste des Vortages auf 980 Soldaten."
    assert _whens(text, "2026-06-21", "de")[0][1] == "2026-06-20"


def test_a_clause_after_a_semicolon_with_its_own_figure_keeps_its_period():
    text = (
        "Für die Umfrage befragte Insa zwischen dem 8. und 14. September 2026 insgesamt 2.004 Menschen.\n\n"
        "Unter Älteren liege die Partei nur noch bei 28 Prozent; im Mai seien es 33 Prozent gewesen."
    )
    got = _whens(text, "2026-09-15", "de")
    assert got[-2] == ("28 Prozent", "2026-09-08") and got[-1] == ("33 Prozent", "2026-05-01")


def test_days_scheduled_until_a_month_lie_ahead():
    text = "Zunächst sind bis Ende Juli 14 Verhandlungstage angesetzt."
    assert _whens(text, "2026-04-22", "de")[0][1].startswith("2026")
    text = "Bis Ende Juli wurden 14 Verhandlungstage abgehalten."
    assert _whens(text, "2026-04-22", "de")[0][1].startswith("2025")
