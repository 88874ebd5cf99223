"""Which anchor a figure without its own time takes, and periods written in general forms:
the lead's statistics period, a budget's year, "that month", possessive months, fiscal
quarters, seasons, the year to date; and numbers keyed by their size (issue 15)."""

import datetime as dt

from tracker.extraction import extract


def d(s):
    return dt.date.fromisoformat(s)


def periods(text, lang, published):
    return [(c.text, c.when.start, c.when.end) for c in extract(text, lang, published).claims]


def when_of(text, lang, published, figure):
    for c in extract(text, lang, published).claims:
        if c.text.startswith(figure):
            return (c.when.start, c.when.end)
    raise AssertionError(f"no claim {figure!r}")


def test_lead_period_without_a_change_verb_dates_the_release():
    text = (
        "Mehr Gäste im März\n\n"
        "Urlauber haben im März in Sachsen öfter in Hotels gebucht als ein Jahr zuvor. "
        "Die Betriebe zählten nach Angaben des Landesamtes 2,1 Millionen Übernachtungen."
    )
    assert when_of(text, "de", "2026-05-08", "2,1 Millionen") == (d("2026-03-01"), d("2026-03-31"))
    text = (
        "Hospital queue shrinks\n\n"
        "Fewer people were waiting for planned operations in July. "
        "The list held 3.4 million patients, the figures showed."
    )
    assert when_of(text, "en", "2026-09-10", "3.4 million") == (d("2026-07-01"), d("2026-07-31"))


def test_a_period_dating_a_thing_is_no_lead_period():
    text = (
        "Halle brennt\n\n"
        "Die erst im Februar eröffnete Sporthalle ist niedergebrannt. "
        "Der Schaden liegt bei 4 Millionen Euro."
    )
    assert when_of(text, "de", "2026-09-10", "4 Millionen") == (d("2026-09-10"), d("2026-09-10"))


def test_undated_lead_figures_take_the_span_of_the_next_sentence():
    text = (
        "Police seize guns in raids\n\n"
        "Officers seized 41 guns in a six-week operation, the force said. "
        "The operation ran from 5 January to 16 February. "
        "In the city centre there were 12 arrests."
    )
    assert when_of(text, "en", "2026-03-20", "41 guns") == (d("2026-01-05"), d("2026-02-16"))


def test_possessive_month_and_that_month():
    text = (
        "Hiring slows\n\n"
        "June's payroll gain of 96,000 jobs was the smallest this year, the department said. "
        "The figure for April was revised sharply. "
        "Employers added 188,000 jobs that month."
    )
    got = {t: (a, b) for t, a, b in periods(text, "en", "2026-07-03")}
    assert got["96,000 jobs"] == (d("2026-06-01"), d("2026-06-30"))
    assert got["188,000 jobs"] == (d("2026-04-01"), d("2026-04-30"))


def test_had_expected_looks_back():
    text = "Economists had expected June's gain to reach 110,000."
    assert when_of(text, "en", "2026-07-03", "110,000") == (d("2026-06-01"), d("2026-06-30"))


def test_german_diesem_monat_after_another_month_is_that_month():
    text = "Den Ausschlag gab der kalte Februar. Allein in diesem Monat kamen 80.000 Gäste."
    assert when_of(text, "de", "2026-05-14", "80.000") == (d("2026-02-01"), d("2026-02-28"))
    text = "Dieses Jahr kamen 80.000 Gäste, nach 70.000 im Jahr 2019."
    assert when_of(text, "de", "2026-05-14", "80.000") == (d("2026-01-01"), d("2026-12-31"))


def test_a_date_range_and_a_past_start_are_not_future():
    text = "The campaign ran from 3 March to 28 April and found 57 illegal workers."
    assert when_of(text, "en", "2026-06-01", "57") == (d("2026-03-03"), d("2026-04-28"))
    text = "The firm said it had already paid a 3% rise from 1 February."
    assert when_of(text, "en", "2026-06-01", "3%") == (d("2026-02-01"), d("2026-02-01"))


def test_year_before_is_relative_to_the_period_named_before_it():
    text = "Seit Jahresbeginn wurden 40 Fälle gemeldet, nach 52 im Vorjahr und 61 im Jahr 2023."
    assert when_of(text, "de", "2026-06-10", "52")[0] == d("2025-01-01")  # not 2022


def test_a_year_on_only_for_a_recent_base():
    text = "The backlog is more than double the 2.2 million of March 2014."
    assert when_of(text, "en", "2026-05-14", "more than double")[0] != d("2015-03-01")


def test_fiscal_quarter_is_the_quarter_just_over():
    text = "Delmont earned $610 million in its fiscal second quarter, the company said on Wednesday."
    assert when_of(text, "en", "2026-08-20", "$610") == (d("2026-04-01"), d("2026-06-30"))
    text = "Revenue rose to $2.2 billion in the third quarter of its fiscal year."
    assert when_of(text, "en", "2026-11-05", "$2.2") == (d("2026-07-01"), d("2026-09-30"))


def test_budget_year_in_the_lead_dates_its_figures():
    text = (
        "Stadtrat berät Etat\n\n"
        "Kämmerin Petra Lorenz hat am Montag den Entwurf für den Haushalt 2027 vorgelegt. "
        "Für Schulen sind 48 Millionen Euro vorgesehen."
    )
    assert when_of(text, "de", "2026-10-14", "48 Millionen") == (d("2027-01-01"), d("2027-12-31"))
    text = (
        "Council backs budget\n\n"
        "Dunmore council meets on Tuesday to set its budget for the 2026/27 financial year. "
        "A Band D bill would rise by £84.10."
    )
    assert when_of(text, "en", "2026-02-23", "£84.10") == (d("2026-04-01"), d("2027-03-31"))


def test_seasons():
    assert when_of("Im Sommer kamen 3,2 Millionen Gäste.", "de", "2026-09-10", "3,2") == (
        d("2026-06-01"),
        d("2026-08-31"),
    )
    assert when_of("This winter 1,200 people were admitted with flu.", "en", "2026-02-10", "1,200") == (
        d("2025-12-01"),
        d("2026-02-28"),
    )
    assert when_of("In der Wintersaison zählten Hotels 5,9 Millionen Gäste.", "de", "2026-05-20", "5,9") == (
        d("2025-11-01"),
        d("2026-04-30"),
    )


def test_hyphenated_quarter_and_a_share_move_on_results_day():
    got = periods(
        "Shares rose 6% on Tuesday after the company reported third-quarter revenue of $4.1bn.",
        "en",
        "2026-10-21",
    )
    assert got == [("6%", d("2026-10-20"), d("2026-10-20")), ("$4.1bn", d("2026-07-01"), d("2026-09-30"))]


def test_so_far_this_year_ends_at_publication():
    text = "So far this year, 9,400 people have crossed the border."
    assert when_of(text, "en", "2026-08-20", "9,400") == (d("2026-01-01"), d("2026-08-20"))


def _claim(text, lang):
    (c,) = extract(text, lang, "2026-03-10").claims
    return c


def test_lakh_and_crore():
    assert _claim("About 4 lakh people were evacuated.", "en").value == 400_000
    c = _claim("The state set aside ₹2,500 crore for relief.", "en")
    assert (c.value, c.unit) == (25_000_000_000, "rupee")


def test_signed_changes_keep_their_size_temperatures_their_sign():
    assert _claim("Output fell -1.4% in May.", "en").value == 1.4
    assert _claim("Die Produktion sank um -1,4 Prozent.", "de").value == 1.4
    assert _claim("Nachts sank die Temperatur auf minus 8 Grad.", "de").value == -8


def test_a_term_in_two_units_is_one_figure():
    c = _claim("Er muss für sieben Jahre und drei Monate in Haft.", "de")
    assert (c.value, c.unit) == (7.25, "year")
    c = _claim("She was jailed for three years and eight months.", "en")
    assert (round(c.value, 4), c.unit) == (3.6667, "year")


def test_displaced_people_are_people_and_arrests_are_arrests():
    assert _claim("The floods displaced 65,000 people.", "en").unit == "person"
    assert _claim("About 65,000 displaced people live in camps.", "en").unit == "person"
    assert _claim("Officers arrested 31 people in the raids.", "en").unit == "arrest"


def test_a_period_right_after_a_figure_of_comparison_is_its_own():
    text = "Unemployment in Norland eased to 4.1% in June, compared with 4.4% in May."
    got = {t: (a, b) for t, a, b in periods(text, "en", "2026-07-16")}
    assert got["4.4%"] == (d("2026-05-01"), d("2026-05-31"))
    assert got["4.1%"] == (d("2026-06-01"), d("2026-06-30"))


def test_a_bare_count_of_the_same_order_counts_what_the_figure_before_counted():
    text = "The first estimate showed 52,000 jobs added in April. The department now puts the gain at 97,000."
    got = {c.text: c.unit for c in extract(text, "en", "2026-06-05").claims}
    assert got["97,000"] == "job"
    text = "The first estimate showed 52,000 jobs added in April. The index stood at 101."
    assert {c.text: c.unit for c in extract(text, "en", "2026-06-05").claims}.get("101") != "job"


def test_soldiers_lost_are_casualties_soldiers_deployed_stay_soldiers():
    assert _claim("Die Armee verlor an einem Tag 870 Soldaten.", "de").unit == "casualty"
    assert _claim("The army lost 870 soldiers in a day.", "en").unit == "casualty"
    assert _claim("The army sent 870 soldiers to the border.", "en").unit == "soldier"


def test_a_week_reported_for_is_the_articles_period():
    text = (
        "Grippe auf dem Rückzug\n\n"
        "Das Landesamt meldete für die vergangene Woche 5.200 Fälle. "
        "Nach Angaben der Kliniken mussten 730 Erkrankte stationär behandelt werden."
    )
    assert when_of(text, "de", "2026-02-18", "730") == (d("2026-02-09"), d("2026-02-15"))


def test_below_a_prior_period_is_a_base():
    text = "Im ersten Quartal lagen die Umsätze 1,8 Prozent unter dem Vorjahresquartal."
    assert when_of(text, "de", "2026-05-20", "1,8") == (d("2026-01-01"), d("2026-03-31"))


def test_court_offence_span_dates_the_figures_of_the_account():
    text = (
        "Builder jailed for VAT fraud\n\n"
        "A builder who kept back the VAT of his 12 firms for six years has been jailed for three years. "
        "The court heard that he kept more than £900,000 between May 2018 and April 2024. "
        "He was sentenced on Tuesday.\n\n"
        "Over the six years, prosecutors said, he paid back only £40,000."
    )
    assert when_of(text, "en", "2026-09-11", "£40,000") == (d("2018-05-01"), d("2024-04-30"))


def test_since_the_start_of_the_year_is_the_year_to_date():
    text = "A total of 40,215 people have crossed since the start of the year."
    assert when_of(text, "en", "2025-12-02", "40,215") == (d("2025-01-01"), d("2025-12-02"))


def test_the_base_of_a_change_is_the_period_before_the_reported_one():
    text = (
        "Flu admissions fall\n\n"
        "The admission rate stood at 7.9 per 100,000 in the week to March 1, health officials said.\n\n"
        "Admissions to intensive care eased to 0.41 per 100,000 from 0.58."
    )
    got = {t: (a, b) for t, a, b in periods(text, "en", "2026-03-05")}
    assert got["0.41"] == (d("2026-02-23"), d("2026-03-01"))
    assert got["0.58"] == (d("2026-02-16"), d("2026-02-22"))


def test_a_period_right_after_the_base_of_a_change_is_the_bases():
    en = (
        "Employers added 150,000 jobs in October. "
        "The jobless rate rose to 4.6 percent from 4.4 percent in September."
    )
    assert when_of(en, "en", "2026-11-06", "4.6") == (d("2026-10-01"), d("2026-10-31"))
    assert when_of(en, "en", "2026-11-06", "4.4") == (d("2026-09-01"), d("2026-09-30"))


def test_a_month_before_nouns_of_statistics_is_the_articles_period():
    en = (
        "US jobless rate rises\n\n"
        "A strike left a faint mark on the October jobs figures released on Friday.\n\n"
        "The jobless rate rose to 4.6 percent from 4.4 percent in September, "
        "while payrolls grew by 187,000 jobs."
    )
    assert when_of(en, "en", "2026-11-06", "187,000") == (d("2026-10-01"), d("2026-10-31"))


def test_a_period_in_brackets_with_a_figure_is_that_figures():
    en = (
        "Group sales rose 1.2% to £4.9bn in the 26 weeks to September 26. Earnings per share fell to"
        " 13.9p (last year 14.8p). Net debt stood at £2.3bn (last year £2.1bn)."
    )
    half = (d("2026-03-29"), d("2026-09-26"))
    assert when_of(en, "en", "2026-11-04", "13.9p") == half
    assert when_of(en, "en", "2026-11-04", "£2.3bn") == half
    # "(last year 14.8p)": the same half-year a year before (``time/compared.py``)
    assert when_of(en, "en", "2026-11-04", "14.8p") == (d("2025-03-29"), d("2025-09-26"))


def test_a_figure_in_brackets_right_after_a_base_is_the_bases():
    de = "Der Umsatz stieg um 7 Prozent gegenüber den ersten sechs Monaten 2025 (73,1 Millionen)."
    assert when_of(de, "de", "2026-07-16", "73,1") == (d("2025-01-01"), d("2025-06-30"))
