"""German: a body that does the counted thing itself is no source of the figure; a body that
states or reckons it is (issue #14)."""

from tracker.extraction import extract


def _names(text):
    return [[s.text for s in c.sources] for c in extract(text, "de", "2026-05-04").claims]


def test_a_company_cutting_jobs_is_no_source_of_the_cut():
    assert _names("Der Konzern streicht bis Jahresende 1.400 Arbeitsplätze.") == [[]]


def test_a_bank_taking_over_branches_or_buying_a_stake_is_no_source():
    assert _names("Die Bank übernimmt zum Sommer 30 Filialen.") == [[]]
    assert _names("Das Unternehmen kauft 20 Prozent der Anteile.") == [[]]


def test_a_separable_acting_verb_with_its_particle_at_the_end():
    assert _names("Der Konzern stellt im Herbst 120 neue Ingenieure ein.") == [[]]


def test_an_acting_participle_after_the_auxiliary():
    assert _names("Der Konzern hat 650 Stellen gestrichen.") == [[]]


def test_a_body_that_reports_or_reckons_keeps_its_figure():
    assert _names("Der Konzern meldet 4.100 neue Kunden.") != [[]]
    assert _names("Die Behörde beziffert den Schaden auf 3 Millionen Euro.") != [[]]
    assert _names("Das Institut zählte im Mai 2.900 Anfragen.") != [[]]


def test_an_acting_body_that_tells_it_by_its_own_account_is_the_source():
    assert _names("Der Verband verteilte nach eigenen Angaben 7.000 Lebensmittelpakete.") == [["Verband"]]


_COURT = (
    "Das Landgericht hat drei Angeklagte wegen Betrugs zu Haftstrafen verurteilt. "
    "Im Urteil ordnete die Kammer die Einziehung von 2 Millionen Euro an, "
    "wie eine Gerichtssprecherin mitteilte."
)


def test_a_court_verdict_after_a_dateline_is_the_court_s_deed():
    for dateline in ("Kiel - ", "Bad Oldesloe - ", "Kiel (dpa) – ", "Frankfurt/Main - "):
        got = _names("Urteil im Betrugsprozess\n\n" + dateline + _COURT)
        assert got[0] == [], dateline
        assert got[-1] == ["Gerichtssprecherin"], dateline


def test_a_dash_after_the_subject_is_no_dateline():
    got = _names(
        "Die Zahl der Einbrüche - vor allem in Städten - ist um 12 Prozent gesunken. "
        "Zwei Drittel blieben Versuche, wie ein Polizeisprecher am Freitag mitteilte."
    )
    assert got[0] == ["Polizeisprecher"]


def test_a_court_deciding_cases_is_no_source_of_their_count():
    text = "Die Quote sank. Das Verwaltungsgericht Gera hatte im März in vier Eilverfahren entschieden."
    assert _names(text) == [[]]
    assert _names("Die Quote sank. Im März entschied das Landgericht Gera in vier Verfahren.") == [[]]


def test_a_court_stating_its_count_is_still_the_source():
    text = "Das Landgericht Gera meldete für das Jahr 2025 genau 1.240 neue Verfahren."
    assert _names(text) == [["Landgericht Gera"]]


def test_an_offenders_deeds_are_no_statement_of_theirs():
    text = (
        "Der Angeklagte Paul Riedel stand seit Mai vor Gericht. Von 2019 bis 2023 hatte er "
        "sechs Tankstellen überfallen und dabei rund 42.000 Euro erbeutet. Bei der letzten Tat "
        "traf er einen Kassierer mit einem Schuss."
    )
    assert _names(text) == [[], []]


def test_an_offender_who_tells_his_share_is_still_its_source():
    text = "Der Angeklagte sagte, er habe nur 3.000 Euro bekommen."
    assert _names(text) == [["Der Angeklagte"]]
