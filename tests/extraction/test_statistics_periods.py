"""The periods of statistics (DESIGN: relative periods relative to the period named before, months
without a year in the past, quarters, half-years, the first months, "bis Ende September", split
years, the article's period against the release day) and the units a harm or a noun decides.
Sentences written for these tests."""

import datetime as dt

import pytest

from tracker.extraction import extract


def _when(text, lang, published="2025-02-20", pick=0):
    claims = extract(text, lang, published).claims
    w = claims[pick].when
    return (str(w.start), str(w.end)) if w else None


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("Bis Ende September wurden 300 Fälle gezählt.", "de", "2024-01-01", "2024-09-30"),
        ("In den ersten neun Monaten stieg der Umsatz um 5 Prozent.", "de", "2024-01-01", "2024-09-30"),
        ("In the first nine months of 2023, sales rose 5%.", "en", "2023-01-01", "2023-09-30"),
        ("In der Saison 2015/16 kamen 400 Zuschauer.", "de", "2015-07-01", "2016-06-30"),
        ("In the 2015/16 season, 400 fans came.", "en", "2015-07-01", "2016-06-30"),
        ("Im Geschäftsjahr 2023/24 verdiente die Firma 5 Millionen Euro.", "de", "2023-04-01", "2024-03-31"),
        ("In the year to June, recorded crime rose 9%.", "en", "2023-07-01", "2024-06-30"),
        ("In the three months to January, 300 jobs were lost.", "en", "2024-11-01", "2025-01-31"),
        ("Im ersten Halbjahr 2024 stellten 80.000 Menschen einen Antrag.", "de", "2024-01-01", "2024-06-30"),
    ],
)
def test_spans_of_statistics(text, lang, start, end):
    assert _when(text, lang) == (start, end)


def test_a_month_without_a_year_in_a_past_sentence_lies_in_the_past():
    assert _when("Im Mai stieg die Zahl auf 300 Fälle.", "de") == ("2024-05-01", "2024-05-31")
    assert _when("In December, 300 cases were counted.", "en") == ("2024-12-01", "2024-12-31")
    # looking forward, the same month lies ahead
    assert _when("Im Mai soll die Zahl auf 300 Fälle steigen.", "de") == ("2025-05-01", "2025-05-31")


def test_relative_periods_are_relative_to_the_period_named_before():
    text = "Im dritten Quartal 2024 waren es 500 Fälle, im Vorjahresquartal 300 Fälle."
    assert _when(text, "de", pick=1) == ("2023-07-01", "2023-09-30")
    text = "Im Oktober 2024 ging die Zahl um 14.000 zurück. Im Vormonat waren es 300 mehr."
    assert _when(text, "de", pick=1) == ("2024-09-01", "2024-09-30")
    text = (
        "Sales in the third quarter of 2024 were $5 billion, against $4 billion in the same period last year."
    )
    assert _when(text, "en", pick=1) == ("2023-07-01", "2023-09-30")
    # a new paragraph that names no new period: still relative to the period named before
    text = "Im Oktober 2024 waren es 400 Fälle.\n\nIm Vormonat waren es 300 Fälle."
    assert _when(text, "de", pick=1) == ("2024-09-01", "2024-09-30")


def test_the_release_day_gives_way_to_the_period_of_the_statistics():
    text = (
        "Im ersten Halbjahr 2024 stellten 80.000 Menschen einen Asylantrag.\n\n"
        "Das waren 9.000 Menschen mehr, teilte das Ministerium am Donnerstag mit."
    )
    claims = extract(text, "de", "2024-07-05").claims
    assert [(str(c.when.start), str(c.when.end)) for c in claims] == [("2024-01-01", "2024-06-30")] * 2
    # news of a day keeps its day
    text = "Am Donnerstag wurden bei einem Unfall drei Menschen verletzt, teilte die Polizei mit."
    (claim,) = extract(text, "de", "2024-07-05").claims
    assert claim.when.start == claim.when.end == dt.date(2024, 7, 4)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Bei den Kämpfen sind 600 Soldaten gefallen.", "de", "killed"),
        ("The army reported 1,200 casualties.", "en", "casualty"),
        ("Die Zahl der Toten stieg auf 34.", "de", "killed"),
        ("Drei Menschen sind bei dem Sturm in ihren Autos ums Leben gekommen.", "de", "killed"),
        ("Es gab im vergangenen Jahr sechs Verkehrstote.", "de", "killed"),
        ("Über 48.000 Mitarbeitende legten die Arbeit nieder.", "de", "employee"),
        ("More than 300 migrants were rescued.", "en", "migrant"),
        ("About 2,000 protesters gathered in the square.", "en", "protester"),
        ("Es kamen 1.200 Flüchtlinge an.", "de", "refugee"),
        ("12 fire engines were sent to the scene.", "en", "vehicle"),
    ],
)
def test_the_unit_is_what_is_counted(text, lang, unit):
    (claim,) = extract(text, lang).claims
    assert claim.unit == unit


def test_it_was_takes_the_unit_of_the_sentence_before():
    text = "Die Zahl der Verkehrstoten sank auf 3.265. Im Jahr davor waren es 3.180."
    assert [c.unit for c in extract(text, "de").claims] == ["killed", "killed"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Zahl der Toten stieg auf mindestens sieben.", "de"),
        ("The death toll rose to seven on Monday.", "en"),
    ],
)
def test_a_small_number_word_counts_the_total_named_before_it(text, lang):
    (claim,) = extract(text, lang).claims
    assert (claim.value, claim.unit) == (7, "killed")
    assert _claims_of("Sie sagte, sie komme um sieben.", "de") == ()


def _claims_of(text, lang):
    return extract(text, lang).claims


@pytest.mark.parametrize(
    "text",
    [
        "Mit der Regierung sind 41 Prozent zufrieden (+3 im Vgl. zur Vorwoche).",
        "Im Vergleich zum Vormonat stieg die Zahl der Anträge um 700.",
    ],
)
def test_a_period_compared_with_is_no_period_of_the_figure(text):
    # "im Vgl. zur Vorwoche", "im Vergleich zum Vormonat": the base, not the figure's period;
    # the figure takes the day of the news
    assert _when(text, "de", pick=-1) == ("2025-02-20", "2025-02-20")


def test_a_headline_or_a_change_without_a_period_leaves_the_article_period_to_the_next_figure():
    text = (
        "Burglaries up 7%\n\nRecorded burglaries rose by almost a tenth.\n\n"
        "Forces registered 41,000 burglaries in the year to June.\n\n"
        "This was an increase of 7% compared with the previous 12 months."
    )
    claims = extract(text, "en", "2025-10-16").claims
    last = claims[-1]
    assert last.value == 7 and (str(last.when.start), str(last.when.end)) == ("2024-07-01", "2025-06-30")


def test_a_count_without_a_period_in_the_lead_is_news_of_the_day():
    text = "At least 40 people were evacuated.\n\nSince 2021, 300 homes have burned.\n\n12 roads were closed."
    claims = extract(text, "en", "2025-10-16").claims
    assert (str(claims[-1].when.start), str(claims[-1].when.end)) == ("2025-10-16", "2025-10-16")


def test_as_much_as_is_a_hedge_not_a_comparison():
    assert _when("The fund could be worth as much as €100bn by 2035.", "en") == ("2035-01-01", "2035-12-31")


@pytest.mark.parametrize(
    ("text", "lang", "start", "end"),
    [
        ("The club's revenue last season was €400 million.", "en", "2023-07-01", "2024-06-30"),
        ("In der vergangenen Saison kamen 41.000 Zuschauer.", "de", "2023-07-01", "2024-06-30"),
        # a season word elsewhere in the sentence decides where a split year starts
        ("Revenue last season was €40m, up from €35m in 2022/23.", "en", "2022-07-01", "2023-06-30"),
    ],
)
def test_seasons(text, lang, start, end):
    assert _when(text, lang, pick=-1) == (start, end)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("BERLIN, 20. Februar (dpa) - Im Januar stieg die Zahl um 8 Prozent. Es waren 1.900 Fälle.", "de"),
        ("LONDON, Feb 20 (Reuters) - Retail sales rose 0.4% in January. Online sales grew 2%.", "en"),
        ("MADRID (AP) — Arrivals rose 3% in January, data showed. Spain had 5.1 million visitors.", "en"),
        ("Kiel, 20. Februar - Im Januar stieg die Zahl um 8 Prozent. Es waren 1.900 Fälle.", "de"),
    ],
)
def test_a_dateline_dates_the_report_not_the_figures(text, lang):
    # the month of the statistics carries to the next sentence; the dateline's day is no period
    assert _when(text, lang, pick=-1) == ("2025-01-01", "2025-01-31")


def test_a_poll_s_figures_take_its_fieldwork_days():
    text = (
        "Labour leads with 34%, a new poll for the Courier shows.\n\n"
        "The Conservatives are on 27%.\n\n"
        "Pollgate interviewed 1,020 adults between February 10 and 12."
    )
    claims = extract(text, "en", "2025-02-20").claims
    assert [(str(c.when.start), str(c.when.end)) for c in claims[:2]] == [("2025-02-10", "2025-02-12")] * 2
    text = "Die Union kommt auf 31 Prozent. Das Institut hat von Montag bis Mittwoch 1.400 Menschen befragt."
    assert _when(text, "de") == ("2025-02-17", "2025-02-19")


def test_a_day_range_of_one_month():
    assert _when("Pollgate asked 1,020 adults between February 10 and 12.", "en") == (
        "2025-02-10",
        "2025-02-12",
    )
    assert _when("The poll, taken February 8-11, puts Labour on 34%.", "en", pick=-1) == (
        "2025-02-08",
        "2025-02-11",
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The rate rose to 4.4% in the three months leading up to January.", "2024-11-01", "2025-01-31"),
        ("Norvik earned $90 million in the quarter ended Nov. 30.", "2024-09-01", "2024-11-30"),
        (
            "It rose to 61% in the three months to January from 60% in the previous three months.",
            "2024-08-01",
            "2024-10-31",
        ),
    ],
)
def test_rolling_and_previous_spans(text, start, end):
    assert _when(text, "en", pick=-1) == (start, end)


def test_an_opening_sentence_of_a_change_names_the_article_period():
    text = (
        "Weniger Insolvenzen\n\nMAINZ (dpa) - Die Zahl der Firmenpleiten ist im Januar gesunken. "
        "Es waren 310 Fälle, wie das Landesamt am Donnerstag mitteilte."
    )
    assert _when(text, "de", pick=-1) == ("2025-01-01", "2025-01-31")


def test_march_and_may_after_to_and_between_are_months():
    assert _when("In the three months to March, sales rose 0.6%.", "en") == ("2024-01-01", "2024-03-31")


def test_a_fiscal_quarter_ended_and_a_year_earlier_in_its_sentence():
    text = "Revenue rose to $2.6 billion in the quarter ended Nov. 30 from $2.4 billion a year earlier."
    assert _when(text, "en", pick=-1) == ("2023-09-01", "2023-11-30")
    text = "Sales reached $900 million in the fiscal third quarter ended Nov. 30."
    assert _when(text, "en") == ("2024-09-01", "2024-11-30")


def test_a_weekday_in_a_conditional_clause_is_hypothetical():
    text = "Wäre am kommenden Sonntag Bundestagswahl, käme die SPD auf 16 Prozent."
    assert _when(text, "de") == ("2025-02-20", "2025-02-20")


def test_the_article_period_from_a_lead_beaten_expectations_and_a_later_first_figure():
    text = (
        "Kessler steigert Gewinn\n\nDer Konzern hat im dritten Quartal mehr verdient als erwartet. "
        "Der Umsatz stieg um 5 Prozent, wie das Unternehmen am Donnerstag mitteilte."
    )
    assert _when(text, "de", published="2025-10-30", pick=-1) == ("2025-07-01", "2025-09-30")


def test_a_range_ending_in_a_year_like_number_stays_a_range():
    claims = extract(
        "Officials registered between 674 and 1900 civilians in July.", "en", "2025-08-22"
    ).claims
    assert (claims[0].value, claims[0].value_high) == (674, 1900)


def test_a_release_weekday_after_the_verb_leaves_the_period_to_the_quarter():
    text = (
        "Maker Foo Inc reported a 14% rise in quarterly profit on Thursday.\n\n"
        "Net income rose to $86 million, or 52 cents per share, in the fiscal fourth quarter "
        "ended May 31, from $75 million, or 45 cents per share, a year earlier, the company said."
    )
    claims = extract(text, "en", "2026-06-25").claims
    got = [(c.text, str(c.when.start), str(c.when.end)) for c in claims]
    assert got == [
        ("14%", "2026-03-01", "2026-05-31"),
        ("$86 million", "2026-03-01", "2026-05-31"),
        ("52 cents", "2026-03-01", "2026-05-31"),
        ("$75 million", "2025-03-01", "2025-05-31"),
        ("45 cents", "2025-03-01", "2025-05-31"),
    ]


def test_a_month_earlier_across_a_paragraph_break_is_before_the_month_named():
    text = (
        "Retail sales fell by 1.2% in March, official figures showed on Friday.\n\n"
        "The statistics office said sales had risen by 0.4% a month earlier."
    )
    claims = extract(text, "en", "2026-04-24").claims
    assert [(c.text, str(c.when.start)) for c in claims] == [("1.2%", "2026-03-01"), ("0.4%", "2026-02-01")]


def test_vorjahresquartal_is_the_quarter_a_year_before_the_lead_names():
    text = (
        "Konzern steigert Gewinn\n\n"
        "Der Konzern hat im ersten Quartal mehr verdient. Der Gewinn stieg auf 48 Millionen Euro "
        "nach 39 Millionen Euro im Vorjahresquartal. Im Vorjahresmonat waren es 2,91 Millionen."
    )
    claims = extract(text, "de", "2026-05-07").claims
    got = [(c.text, str(c.when.start), str(c.when.end)) for c in claims]
    assert got[:2] == [
        ("48 Millionen Euro", "2026-01-01", "2026-03-31"),
        ("39 Millionen Euro", "2025-01-01", "2025-03-31"),
    ]


def test_a_forecast_made_before_is_of_the_period_reported():
    text = (
        "Retail sales fell by 1.2% in March, official figures showed on Friday.\n\n"
        "Economists had expected a fall of 0.5%. Next year sales are expected to rise 2%."
    )
    claims = extract(text, "en", "2026-04-24").claims
    got = [(c.text, str(c.when.start)) for c in claims]
    assert got[:2] == [("1.2%", "2026-03-01"), ("0.5%", "2026-03-01")]
    assert got[2][1] != "2026-03-01"


def test_a_month_after_a_past_clause_keeps_the_year_of_its_own_clause():
    # the offer was made in the past; the rise it offers lies ahead
    text = "Die Arbeitgeber hatten im Mai angeboten, die Löhne zum 1. Juli um zwei Prozent anzuheben."
    assert _when(text, "de", "2025-06-10") == ("2025-07-01", "2025-07-01")
    # a past verb after the month's clause still puts it in the past
    assert _when("In March, 300 cases were counted.", "en") == ("2024-03-01", "2024-03-31")
    # after a clause with a past verb, a later clause of the same sentence is past all the same
    text = "Most cases were in children, and 39 patients needed treatment in September alone."
    assert _when(text, "en", "2025-08-10") == ("2024-09-01", "2024-09-30")
