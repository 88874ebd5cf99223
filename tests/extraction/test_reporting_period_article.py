"""The reporting period an article sets once (a quarter, a financial year, the month of a
release, a budget's or tax plan's year) dates its later figures that name none, ahead of the
release's weekday or the publication day; a share price's day, a forecast's year and a state of
"now" keep their own. Sentences written for these tests."""

from tracker.extraction import extract


def _whens(text, lang, published):
    return [(str(c.when.start), str(c.when.end)) for c in extract(text, lang, published).claims]


Q1 = ("2026-01-01", "2026-03-31")


def test_a_quarter_named_in_an_opening_lead_without_headline():
    en = (
        "Harwick Foods said on Wednesday its profit rose for the first quarter as demand held up.\n\n"
        "Revenue climbed 8% to £412m.\n\n"
        "Operating profit reached £51m, the company said."
    )
    assert _whens(en, "en", "2026-04-30") == [Q1, Q1, Q1]
    de = (
        "Der Pumpenhersteller Ostrau hat im ersten Quartal mehr verdient als erwartet.\n\n"
        "Der Gewinn lag bei 64 Millionen Euro, teilte das Unternehmen am Mittwoch mit."
    )
    assert _whens(de, "de", "2026-04-30") == [Q1]


def test_three_months_to_march():
    en = "Harwick Foods reported results for the three months to March on Wednesday.\n\nSales were £412m."
    assert _whens(en, "en", "2026-04-30") == [Q1]


def test_accounts_for_a_financial_year():
    en = (
        "The club published its accounts for the year to 31 May 2026 on Thursday.\n\n"
        "Turnover rose to £88m, while wages reached £61m."
    )
    assert _whens(en, "en", "2026-11-20") == [("2025-06-01", "2026-05-31")] * 2
    de = (
        "Der Verein hat am Donnerstag seine Bilanz für das Geschäftsjahr 2025/26 vorgelegt.\n\n"
        "Der Verlust betrug 9 Millionen Euro."
    )
    assert _whens(de, "de", "2026-11-20")[0][1] == "2026-03-31"


def test_a_month_of_statistics_opening_the_article():
    en = "The statistics office published its figures for January on Tuesday.\n\nVacancies stood at 710,000."
    assert _whens(en, "en", "2026-02-18") == [("2026-01-01", "2026-01-31")]
    de = "Das Landesamt hat am Dienstag seine Zahlen für Januar vorgelegt.\n\nEs gab 610.000 offene Stellen."
    assert _whens(de, "de", "2026-02-18") == [("2026-01-01", "2026-01-31")]


def test_a_tax_year_and_a_budget_year_the_plan_is_for():
    en = (
        "The finance minister set out plans for the 2026-27 tax year on Wednesday.\n\n"
        "The personal allowance will rise to £13,000."
    )
    assert _whens(en, "en", "2026-03-20") == [("2026-04-01", "2027-03-31")]
    de = (
        "Die Landesregierung hat am Mittwoch den Entwurf für das Haushaltsjahr 2027 beschlossen.\n\n"
        "Er sieht Ausgaben von 48 Milliarden Euro vor."
    )
    assert _whens(de, "de", "2026-07-02") == [("2027-01-01", "2027-12-31")]


def test_a_share_price_keeps_its_day():
    en = (
        "Harwick Foods said on Wednesday its profit rose for the first quarter.\n\n"
        "Shares jumped 6% after it said its margin in the quarter rose."
    )
    start, end = _whens(en, "en", "2026-04-30")[0]
    assert start == end and start != Q1[0]  # the day of the news, not the quarter


def test_a_forecast_keeps_its_year_and_now_keeps_today():
    en = (
        "Harwick Foods said on Wednesday its profit rose for the year to 31 March 2026.\n\n"
        "It expects sales of £1.8bn for next year.\n\n"
        "The group now employs 4,200 people."
    )
    assert _whens(en, "en", "2026-05-20")[-2:] == [("2027-01-01", "2027-12-31"), ("2026-05-20", "2026-05-20")]
    de = (
        "Der Verein hat am Donnerstag seine Bilanz für das Geschäftsjahr 2025/26 vorgelegt.\n\n"
        "Derzeit beschäftigt der Verein 310 Mitarbeiter."
    )
    assert _whens(de, "de", "2026-11-20") == [("2026-11-20", "2026-11-20")]


def test_a_bracketed_last_year_is_the_same_period_a_year_before():
    en = (
        "Fenmoor Retail reported a fall in profit for the 26 weeks to 27 September.\n\n"
        "Sales were £2.1bn, down from £2.2bn a year earlier, and earnings fell to 9.1p (last year 9.8p).\n\n"
        "Net debt was £0.8bn, against £0.7bn in the same period last year."
    )
    claims = extract(en, "en", "2026-11-05").claims
    before = {c.value: (str(c.when.start), str(c.when.end)) for c in claims if c.value in (2.2e9, 0.098, 7e8)}
    assert set(before.values()) == {("2025-03-30", "2025-09-27")} and len(before) == 3
    de = (
        "Der Versandhändler Lohmann hat im ersten Halbjahr weniger verdient.\n\n"
        "Das Ergebnis betrug 88 Millionen Euro (Vorjahr: 71 Millionen Euro)."
    )
    assert _whens(de, "de", "2026-08-05") == [("2026-01-01", "2026-06-30"), ("2025-01-01", "2025-06-30")]


def test_the_bare_financial_year_is_the_year_reported():
    de = (
        "Der Turnverein hat im Geschäftsjahr 2025/26 einen Verlust von 2,4 Millionen Euro gemacht.\n\n"
        "Die Saison 2024/25 hatte noch mit 0,9 Millionen Euro Gewinn geendet. Das Geschäftsjahr der "
        "Abteilungen schloss dagegen mit einem Plus von 80.000 Euro."
    )
    whens = _whens("Kopfzeile\n\n" + de, "de", "2026-11-26")
    assert whens[2] == whens[0] != whens[1]
    en = (
        "The rugby club lost £2.4m in the year to 31 May 2026.\n\n"
        "In the 2024-25 season it made £0.9m. Over the financial year the trust added £80,000."
    )
    whens = _whens("Headline\n\n" + en, "en", "2026-11-26")
    assert whens[2] == whens[0] == ("2025-06-01", "2026-05-31") != whens[1]


def test_the_previous_financial_year_is_not_the_year_reported():
    en = (
        "The rugby club lost £2.4m in the year to 31 May 2026.\n\n"
        "In the 2024-25 season it made £0.9m. In the previous financial year the trust added £80,000."
    )
    assert _whens("Headline\n\n" + en, "en", "2026-11-26")[2] != ("2025-06-01", "2026-05-31")
