"""The figure a change ahead starts from is today's level (issue 15o): "will rise from £1,200 a
year to £1,260" from July, "im kommenden Jahr von 40 auf 45 Euro steigen"; not a revised
forecast's old figure, and not a start with its own period right after it. Sentences written for
these tests."""

from tracker.extraction import extract


def _whens(text, lang, published):
    return [(c.text, str(c.when.start), str(c.when.end)) for c in extract(text, lang, published).claims]


def test_the_start_of_a_change_ahead_is_of_today():
    got = _whens(
        "The watchdog said the tariff will rise from £1,200 a year to £1,260. "
        "The new level will apply from July 1 until September 30.",
        "en",
        "2026-05-20",
    )
    assert got[0][1:] == ("2026-05-20", "2026-05-20")
    assert got[1][1] == "2026-07-01"


def test_german_von_auf_ahead():
    got = _whens("Die Gebühr soll im kommenden Jahr von 40 auf 45 Euro steigen.", "de", "2026-10-02")
    assert got[0][1:] == ("2026-10-02", "2026-10-02")
    assert got[1][1:] == ("2027-01-01", "2027-12-31")


def test_a_revised_forecast_keeps_its_year():
    got = _whens("The office cut its growth forecast for next year to 1.2% from 1.6%.", "en", "2026-03-11")
    assert [w[1] for w in got] == ["2027-01-01", "2027-01-01"]


def test_a_start_with_its_own_period_keeps_it():
    got = _whens("Prices are set to climb from 2.5% in 2027 to 3% in 2028.", "en", "2026-03-11")
    assert got[0][1:] == ("2027-01-01", "2027-12-31")
