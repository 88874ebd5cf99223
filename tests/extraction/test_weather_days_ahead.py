"""Weekdays of a weather forecast lie ahead (issue 15q): "warnte für Mittwoch und Donnerstag",
"Laut Wetterdienst ziehen am Dienstag Gewitter auf" (the coming days), while a report of the
weather that was keeps the last such day. Sentences written for these tests."""

from tracker.extraction import extract

_MONDAY = "2025-09-22"


def _whens(text, lang="de"):
    return {c.text: (str(c.when.start), str(c.when.end)) for c in extract(text, lang, _MONDAY).claims}


def test_a_warning_for_days_is_of_the_coming_days():
    got = _whens("Der Wetterdienst warnte für Mittwoch und Donnerstag vor Böen von 90 Kilometern pro Stunde.")
    assert got["90 Kilometern pro Stunde"] == ("2025-09-24", "2025-09-25")


def test_a_present_tense_forecast_is_of_the_coming_day():
    got = _whens("Laut Wetterdienst ziehen am Dienstag Gewitter mit bis zu 25 Litern Regen auf.")
    assert got["bis zu 25 Litern"] == ("2025-09-23", "2025-09-23")


def test_weather_that_was_keeps_the_last_day():
    got = _whens("Gewitter lösten am Samstag laut Wetterdienst mehr als 60 Einsätze aus.")
    assert got["mehr als 60 Einsätze"] == ("2025-09-20", "2025-09-20")


def test_a_present_tense_weather_report_without_a_forecaster_keeps_the_last_day():
    got = _whens("Am Samstag stehen nach dem Unwetter noch 12 Keller unter Wasser.")
    assert got["12 Keller"] == ("2025-09-20", "2025-09-20")


def test_an_english_warning_for_a_day():
    got = _whens("Forecasters issued warnings for Thursday, with gusts of up to 70 mph.", "en")
    assert got["up to 70 mph"] == ("2025-09-25", "2025-09-25")
