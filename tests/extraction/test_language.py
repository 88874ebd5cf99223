"""Language detection when the caller does not say."""

from tracker.extraction import extract
from tracker.extraction.text.language import detect_language


def test_german_is_detected():
    assert detect_language("Die Soldaten sagten, dass der Krieg noch nicht vorbei sei.") == "de"


def test_english_is_detected():
    assert detect_language("The soldiers said that the war was not over yet.") == "en"


def test_detected_language_decides_the_separators():
    assert extract("Nach Angaben der Polizei waren es 12.000 Menschen.").claims[0].value == 12000
    assert extract("The police said that 12,000 people were there.").claims[0].value == 12000


def test_given_language_wins_and_is_reported():
    assert extract("12.000 Menschen", "de").language == "de"
    assert extract("Die Menschen", "en").language == "en"


def test_empty_text_has_a_language():
    assert extract("").language in ("de", "en")
