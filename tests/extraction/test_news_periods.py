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
