"""Numbers that are not figures: dates, times, ordinals, names, references, phone numbers."""

from tracker.extraction import extract


def values(text, lang):
    return [c.text for c in extract(text, lang, "2025-08-22").claims]


def test_dates_and_years_are_not_claims():
    assert values("Am 3. Juli 2025 begann der Einsatz.", "de") == []
    assert values("Der Koreakrieg endete 1953 mit einem Waffenstillstand.", "de") == []
    assert values("On July 3, 2025, the operation began.", "en") == []
    assert values("Das Treffen fand am 03.07.2025 statt.", "de") == []


def test_times_of_day_are_not_claims():
    assert values("Der Zug fuhr um 14:30 ab.", "de") == []
    assert values("Der Zug fuhr um 9 Uhr ab.", "de") == []
    assert values("The train left at 3pm.", "en") == []
    assert values("Die Wahllokale sind von 8 bis 18 Uhr geöffnet.", "de") == []


def test_ordinals_are_not_claims():
    assert values("Es war der dritte Angriff.", "de") == []
    assert values("Es war der 3. Angriff in diesem Monat.", "de") == []
    assert values("It was the third attack and the 21st raid.", "en") == []


def test_numbers_in_names_are_not_claims():
    for text in [
        "Die G7 trafen sich.",
        "Eine Boeing 737 landete.",
        "Covid-19 breitete sich aus.",
        "Artikel 5 wurde ausgelöst.",
        "Eine Su-34 stürzte ab.",
        "Kiew bekam F-16 Jets.",
        "Paragraf 218 bleibt.",
        "Er nutzt Windows 11.",
        "Der ICE 594 blieb liegen.",
    ]:
        assert values(text, "de") == [], text


def test_page_and_phone_numbers_are_not_claims():
    assert values("Siehe Seite 3.", "de") == []
    assert values("Eine Notrufnummer wurde unter 057 700 12 34 eingerichtet.", "de") == []
    assert values("Call the helpline on 111.", "en") == []


def test_scores_are_not_claims_but_counted_goals_are():
    assert values("Das Spiel endete 2:1.", "de") == []
    assert values("Er schoss zwei Tore.", "de") == ["zwei Tore"]


def test_one_alone_is_not_a_claim():
    assert values("Ein Soldat wurde verletzt.", "de") == []
    assert values("One soldier was hurt.", "en") == []


def test_number_words_in_relative_time_are_dates():
    assert values("Vor zwei Wochen begann der Angriff.", "de") == []
    assert values("The attack began two years ago.", "en") == []


def test_small_number_words_need_a_noun():
    assert values("Die beiden trafen sich, zwei sagten ab.", "de") == []
    (got,) = values("Drei Soldaten wurden verletzt.", "de")
    assert got.startswith("Drei Soldaten")


def test_the_minute_of_a_goal_is_not_a_claim():
    assert values("Dortmund ging durch Adeyemi (17.) und Brandt (88.) in Führung.", "de") == []
    assert values("Der Ausgleich fiel spät (90.+4) vor 81.365 Zuschauern.", "de") == ["81.365 Zuschauern"]
    assert values("Palmer (23') and Jackson (67') scored for Chelsea.", "en") == []
    # a figure in brackets stays one: "(Vortag: 38)"
    assert values("Die Zahl der Verletzten stieg auf 41 (Vortag: 38).", "de") == ["41", "38"]


def test_the_time_a_figure_is_counted_over_is_not_a_claim():
    assert values(
        "Im ersten Halbjahr und in den ersten neun Monaten stieg der Absatz um 8 Prozent.", "de"
    ) == ["8 Prozent"]
    assert values("In den vergangenen zwölf Tagen meldeten die Behörden 230 Brände.", "de") == ["230 Brände"]
    assert values("Over the past 48 hours, 70 people were rescued.", "en") == ["70 people"]
    assert values("Profit fell 3% in the six months to June.", "en") == ["3%"]
    assert values("The firm plans to hire 400 engineers over the next 18 months.", "en") == ["400 engineers"]
    # a duration that is the news stays one
    assert values("The former minister was jailed for six years.", "en") == ["six years"]


def test_a_speed_limit_is_not_a_claim():
    assert values("Ein Tempolimit von Tempo 130 würde 4,2 Millionen Tonnen sparen.", "de") == [
        "4,2 Millionen Tonnen"
    ]


def test_a_partys_result_after_its_abbreviation_is_a_claim_a_train_number_is_not():
    assert values("In der Prognose lag die CDU bei 31 Prozent, die SPD 23 Prozent.", "de") == [
        "31 Prozent",
        "23 Prozent",
    ]
    assert values("The Conservatives won 120 seats and the SNP 8 seats.", "en") == ["120 seats", "8 seats"]
    assert values("Der ICE 612 fiel aus.", "de") == []
    assert values("The ICE 612 train was cancelled.", "en") == []


def test_a_number_the_article_uses_in_a_name_is_that_name_again():
    text = (
        "The 330 fleet was grounded. Regulators found cracks in Airbus 330 wings, and each 330 needs repairs."
    )
    assert values(text, "en") == []
    # a small number in a reference leaves the same bare number elsewhere alone
    assert values("Nach Artikel 5 zählten die Beamten am Ende 5.", "de") == ["5"]


def test_markers_and_times_in_words_are_not_claims():
    assert values("The lorry overturned near kilometre 212 of the motorway.", "en") == []
    assert values("The shelling started at 6 in the morning.", "en") == []
    assert values("Boeing's 787 programme was paused.", "en") == []


def test_goal_minutes_and_club_names_with_ordinals_are_not_claims():
    assert values("Nach dem Ausgleich (67. Minute) kippte das Spiel.", "de") == []
    assert values("Tabellenführer 1. FC Kaiserslautern verlor.", "de") == []


def test_references_after_nr_and_art_are_not_claims():
    assert values("Das regelt Nr. 12 der Satzung.", "de") == []


def test_a_figure_after_a_month_name_in_german_is_no_name_number():
    assert values("Seit Anfang März wurden 41 Fälle gemeldet.", "de") == ["41 Fälle"]


def test_quarters_a_figure_is_counted_over_are_no_figures():
    # engine.py defined _TIME_UNITS twice (the second, without "quarter", won) and "quarter(s)"
    # was no unit, so "the past two quarters" became a share of 50 percent
    assert values("Revenue rose 5% in the past two quarters, the company said.", "en") == ["5%"]
    assert values("Der Umsatz stieg in den vergangenen zwei Quartalen um 5 Prozent.", "de") == ["5 Prozent"]
    # a share stays a share, and a sum spread over quarters keeps them exact
    claims = extract("Three quarters of the population voted, officials said.", "en", "2025-08-22").claims
    assert [(c.text, c.value, c.unit) for c in claims] == [("Three quarters", 75, "percent")]
    claims = extract("The plan spends $2bn over four quarters.", "en", "2025-08-22").claims
    assert [(c.text, c.unit, c.bound) for c in claims][1] == ("four quarters", "quarter", "exact")


def test_an_ordinal_league_or_rank_is_no_figure_and_no_sentence_end():
    text = "Die 36 Clubs der Bundesliga und 2. Bundesliga setzten 6 Milliarden Euro um."
    assert values(text, "de") == ["36 Clubs", "6 Milliarden Euro"]
    text = "Der Verein spielt seit 2019 in der 3. Liga und hat 400 Mitglieder."
    assert values(text, "de") == ["400 Mitglieder"]
