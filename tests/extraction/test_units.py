"""What a figure counts: units, subjects, kinds and ages."""

from tracker.extraction import extract
from tracker.extraction.claims.units import unit_of_word


def one(text, lang):
    claims = extract(text, lang).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_german_inflected_nouns_find_their_unit():
    assert unit_of_word("soldaten", "de")[0] == "soldier"
    assert unit_of_word("armeeangehörigen", "de")[0] == "soldier"
    assert unit_of_word("zivilisten", "de")[0] == "civilian"
    assert unit_of_word("flüchtlinge", "de")[0] == "refugee"


def test_german_compounds_use_their_last_part():
    assert unit_of_word("munitionscontainern", "de")[0] == "ammunition container"
    assert unit_of_word("angriffsdrohnen", "de")[0] == "drone"
    assert unit_of_word("motor", "de") is None  # "tor" is too short to match inside a word


def test_waste_bins_are_no_tonnes():
    # "Tonne" is also a bin: its compounds count bins, while "Tonnen Müll" still weighs
    assert unit_of_word("mülltonnen", "de") is None
    assert unit_of_word("restmülltonnen", "de") is None
    assert unit_of_word("biotonne", "de") is None
    assert unit_of_word("tonnen", "de")[0] == "tonne"
    text = "Bis zu 4.000 Mülltonnen blieben stehen. Die Stadt sammelte 250 Tonnen Müll."
    claims = extract(text, "de", "2026-03-02").claims
    bins = [c for c in claims if c.value == 4000]
    weight = [c for c in claims if c.value == 250]
    assert len(bins) == 1 and bins[0].unit != "tonne"
    assert len(weight) == 1 and weight[0].unit == "tonne"


def test_english_plurals():
    assert unit_of_word("soldiers", "en")[0] == "soldier"
    assert unit_of_word("casualties", "en")[0] == "casualty"
    assert unit_of_word("children", "en")[0] == "child"


def test_subject_is_the_noun_phrase_as_written():
    c = one("Derzeit sind etwa 12.000 nordkoreanische Soldaten in Russland.", "de")
    assert (c.subject, c.unit, c.kind) == ("nordkoreanische Soldaten", "soldier", "count")


def test_counted_verbs_name_the_unit():
    assert one("Dabei wurden 4.000 getötet oder verwundet.", "de").unit == "casualty"
    assert one("At least 500 killed in the attack.", "en").unit == "killed"
    assert one("Es wurden mindestens neun Menschen getötet.", "de").unit == "killed"
    assert one("Es wurden 47 weitere verletzt.", "de").unit == "wounded"


def test_ages():
    for text, lang in [
        ("Er ist 17 Jahre alt.", "de"),
        ("Die Wehrpflicht gilt ab 17 Jahren.", "de"),
        ("The man, aged 34, was arrested.", "en"),
        ("A 34-year-old man was arrested.", "en"),
        ("Der 17-Jährige wurde festgenommen.", "de"),
    ]:
        c = one(text, lang)
        assert (c.kind, c.unit) == ("age", "year"), text


def test_durations_are_other():
    c = one("Er wurde zu drei Jahren Haft verurteilt.", "de")
    assert (c.kind, c.unit, c.value) == ("other", "year", 3)


def test_measures():
    assert one("Das Feuer zerstörte rund 600 Hektar.", "de").unit == "hectare"
    assert one("It reached 41.8C on Tuesday.", "en").unit == "degree"
    assert one("The storm brought 400 millimetres of rain.", "en").unit == "millimetre"


def test_money_units():
    assert one("Der Schaden liegt bei 3 Millionen Dollar.", "de").unit == "dollar"
    assert one("The fine was £5,000.", "en").unit == "pound"
    c = one("Die Kilowattstunde kostet 27,4 Cent.", "de")
    assert (c.kind, c.unit) == ("money", "euro")


def test_a_four_letter_last_part_after_a_linking_s():
    assert unit_of_word("verkaufstage", "de") == ("day", "other")
    assert unit_of_word("montage", "de") is None
