"""Dates resolved against the publication date become the claims' period."""

import datetime as dt

from tracker.extraction import extract

PUB = "2025-08-22"  # a Friday


def when(text, lang, published=PUB):
    claims = extract(text, lang, published).claims
    assert len(claims) == 1, [c.text for c in claims]
    w = claims[0].when
    return (w.start, w.end) if w else None


def d(s):
    return dt.date.fromisoformat(s)


def test_derzeit_and_currently_are_the_publication_day():
    assert when("Derzeit sind 12.000 Soldaten dort.", "de") == (d(PUB), d(PUB))
    assert when("Currently 12,000 soldiers are there.", "en") == (d(PUB), d(PUB))


def test_absolute_dates():
    assert when("Am 3. Juli 2025 kamen 300 Menschen.", "de") == (d("2025-07-03"),) * 2
    assert when("On July 3, 2025, 300 people came.", "en") == (d("2025-07-03"),) * 2
    assert when("On 3 July 2025, 300 people came.", "en") == (d("2025-07-03"),) * 2


def test_month_without_year_is_the_latest_such_month():
    assert when("Im Juli kamen 300 Menschen.", "de") == (d("2025-07-01"), d("2025-07-31"))
    assert when("In July 300 people came.", "en") == (d("2025-07-01"), d("2025-07-31"))


def test_parts_of_years_and_months():
    assert when("Ende 2024 kamen 300 Soldaten.", "de")[1] == d("2024-12-31")
    assert when("Anfang März kamen 300 Soldaten.", "de") == (d("2025-03-01"), d("2025-03-10"))
    assert when("At the end of 2024, 300 soldiers came.", "en")[1] == d("2024-12-31")


def test_relative_dates():
    assert when("Gestern kamen 300 Menschen.", "de") == (d("2025-08-21"),) * 2
    assert when("Yesterday 300 people came.", "en") == (d("2025-08-21"),) * 2
    assert when("Vergangene Woche kamen 300 Menschen.", "de") == (d("2025-08-11"), d("2025-08-17"))
    assert when("Last week 300 people came.", "en") == (d("2025-08-11"), d("2025-08-17"))
    assert when("Im vergangenen Jahr kamen 300 Menschen.", "de") == (d("2024-01-01"), d("2024-12-31"))
    assert when("Last year 300 people came.", "en") == (d("2024-01-01"), d("2024-12-31"))
    assert when("Vor zwei Wochen kamen 300 Menschen.", "de") == (d("2025-08-04"), d("2025-08-10"))


def test_years():
    assert when("2024 kamen 300 Menschen.", "de") == (d("2024-01-01"), d("2024-12-31"))
    assert when("In 2024, 300 people came.", "en") == (d("2024-01-01"), d("2024-12-31"))


def test_since_the_war_began_ends_at_publication():
    w = extract("Seit Kriegsbeginn starben 300 Menschen.", "de", PUB).claims[0].when
    assert (w.start, w.end, w.text) == (None, d(PUB), "Seit Kriegsbeginn")


def test_no_date_means_the_day_of_the_news():
    """A figure without a time of its own is a figure of the day the news is about: the
    publication date, or a recent day named in the lead."""
    assert when("Es kamen 300 Menschen.", "de") == (d(PUB), d(PUB))
    assert when("Es kamen 300 Menschen.", "de", None) is None
    text = "The council voted on Monday. The motion passed with 13 votes."
    claims = extract(text, "en", "2026-11-17").claims
    assert [(c.text, c.when.start, c.when.text) for c in claims] == [("13 votes", d("2026-11-16"), "Monday")]


def test_possessive_weekday():
    assert when("Monday's vote drew 4,000 people.", "en", "2026-11-10") == (d("2026-11-09"), d("2026-11-09"))


def test_relative_dates_need_a_publication_date():
    assert when("Derzeit sind 12.000 Soldaten dort.", "de", None) is None


def test_a_modifier_on_the_source_phrase_dates_the_claims():
    text = (
        "Geheimdienstinformationen ukrainischer Offizieller vom Juli legen nahe, dass "
        "zusätzliche 25.000 bis 30.000 Soldaten entsandt werden sollen."
    )
    assert when(text, "de") == (d("2025-07-01"), d("2025-07-31"))


def test_weekdays_are_the_latest_such_day():
    assert when("Am Dienstag wurden 9 Menschen getötet.", "de") == (d("2025-08-19"),) * 2


def test_from_a_month_without_an_end_is_the_coming_one():
    assert when("Ab April steigen die Preise um 5 Prozent.", "de", "2026-11-20") == (
        d("2027-04-01"),
        d("2027-04-30"),
    )
    assert when("From April to June, sales rose 5%.", "en", "2026-11-20") == (
        d("2026-04-01"),
        d("2026-06-30"),
    )


def test_a_possessive_period_dates_the_figure_after_it():
    assert when("Last year's harvest of 4.2 million tonnes was a record.", "en") == (
        d("2024-01-01"),
        d("2024-12-31"),
    )
    assert when("This year’s budget of $3bn was approved.", "en") == (d("2025-01-01"), d("2025-12-31"))
    # compared or not, it is that figure's own period; the figure before it keeps the day
    claims = extract("Exports grew 2.1%, less than last year's 3.4% rise.", "en", PUB).claims
    assert [(c.text, c.when.start) for c in claims] == [("2.1%", d(PUB)), ("3.4%", d("2024-01-01"))]


def test_the_period_a_figure_is_for_beats_the_day_it_was_announced():
    text = "Der Stadtrat beschloss am Dienstag 45 Millionen Euro für das kommende Jahr."
    assert when(text, "de") == (d("2026-01-01"), d("2026-12-31"))
    assert when("Am Montag gab das Land 2,1 Milliarden Euro für 2026 frei.", "de") == (
        d("2026-01-01"),
        d("2026-12-31"),
    )
    text = "On Wednesday the retailer posted sales of $812m for the second quarter."
    assert when(text, "en") == (d("2025-04-01"), d("2025-06-30"))


def test_more_than_before_a_figure_is_a_hedge_not_a_comparison_base():
    first = extract("Almost 4,000 trains ran more than 15 minutes late in July.", "en", PUB).claims[0]
    assert (first.when.start, first.when.end) == (d("2025-07-01"), d("2025-07-31"))
    # a real comparison base stays out
    first = extract("The airport handled 2.1 million passengers, more than in 2019.", "en", PUB).claims[0]
    assert first.when.text != "2019"


def test_a_figure_in_brackets_does_not_cut_a_claim_off_from_its_year():
    text = "The ministry set aside 40 billion kroner (about €3.6 billion) for new frigates in 2027."
    first = extract(text, "en", PUB).claims[0]
    assert (first.text, first.when.start.year) == ("40 billion kroner", 2027)


def test_the_year_a_budget_is_for_carries_into_the_next_sentence():
    text = (
        "Der Landtag hat am Donnerstag den Haushalt 2026 verabschiedet. "
        "Er sieht Ausgaben von 61,2 Milliarden Euro vor."
    )
    claim = extract(text, "de", PUB).claims[0]
    assert (claim.when.start, claim.when.end) == (d("2026-01-01"), d("2026-12-31"))


def test_a_forecast_noun_does_not_move_a_month_into_next_year():
    text = "Officials in March cut their growth forecast by $300 million."
    claim = extract(text, "en", "2025-06-10").claims[0]
    assert (claim.when.start, claim.when.end) == (d("2025-03-01"), d("2025-03-31"))


def test_a_year_earlier_is_a_year_before_the_period_the_sentence_names():
    text = "Operating profit in the third quarter of 2024 rose to $510m from $388m a year earlier."
    first, second = extract(text, "en", "2024-11-05").claims
    assert (first.when.start, first.when.end) == (d("2024-07-01"), d("2024-09-30"))
    assert (second.when.start, second.when.end) == (d("2023-07-01"), d("2023-09-30"))
    text = (
        "Im zweiten Quartal 2025 lag der Umsatz bei 2,1 Milliarden Euro "
        "nach 1,8 Milliarden Euro im Vorjahreszeitraum."
    )
    first, second = extract(text, "de", "2025-08-06").claims
    assert (second.when.start, second.when.end) == (d("2024-04-01"), d("2024-06-30"))


def test_the_base_of_a_change_and_of_a_record_is_nobodys_period():
    _first, second = extract(
        "Sales reached 91,400 cars in the second quarter, down 8% from a year earlier.", "en", PUB
    ).claims
    assert second.when.text == "the second quarter"
    claim = extract("Turnout reached 71.2 percent, the highest since 1998.", "en", PUB).claims[0]
    assert claim.when.text != "since 1998"
    claim = extract("Die Mieten sind seit 2020 um 22 Prozent gestiegen.", "de", PUB).claims[0]
    assert claim.when.text == "seit 2020"


def test_a_plan_named_as_a_noun_does_not_move_a_weekday_into_next_week():
    text = "More than 40,000 people marched on Monday against the council's plans to close the hospital."
    claim = extract(text, "en", "2025-08-22").claims[0]
    assert (claim.when.start, claim.modality) == (d("2025-08-18"), "asserted")


def test_a_short_bracket_does_not_cut_the_clause_of_a_forecast():
    text = "Den Höchststand erwartet das Landesamt in Halle (Saale) für Montag bei 7,10 Meter."
    claim = extract(text, "de", PUB).claims[0]
    assert claim.when.start == d("2025-08-25")


def test_a_winter_season_of_a_split_year_runs_november_to_april():
    de = "In der Wintersaison 2024/25 zählten die Betriebe 15 Millionen Übernachtungen."
    assert when(de, "de", "2026-06-10") == (dt.date(2024, 11, 1), dt.date(2025, 4, 30))


def test_month_early_next_year_in_a_sentence_not_in_the_past():
    """In November, "für Januar" in a present-tense sentence is the coming January; a past
    sentence, or "seit", keeps it this year's."""
    nov = "2026-11-20"
    jan27 = (d("2027-01-01"), d("2027-01-31"))
    assert when("Das Portal zählt für Januar 54 Preiserhöhungen.", "de", nov) == jan27
    assert when("The website counts 54 price rises for January.", "en", nov) == jan27
    assert when("Im Januar stieg die Zahl der Anträge auf 5400.", "de", nov)[0] == d("2026-01-01")
    assert when("In January the number of claims rose to 5,400.", "en", nov)[0] == d("2026-01-01")
    assert when("Seit Anfang Januar liegt die Aktie 18 Prozent im Plus.", "de", nov)[0] == d("2026-01-01")
    # far from the turn of the year, a January is this year's
    assert when("Das Portal zählt für Januar 54 Preiserhöhungen.", "de", "2026-08-20")[0] == d("2026-01-01")
