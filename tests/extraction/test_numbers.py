"""Numbers as written in German and English news."""

from tracker.extraction import extract
from tracker.extraction.numbers.numerals import german_word_value, parse_numeral


def one(text, lang):
    claims = extract(text, lang).claims
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0]


def test_german_thousands_separator_is_a_dot():
    assert parse_numeral("12.000", "de") == 12000
    assert one("Es kamen 12.000 Soldaten.", "de").value == 12000


def test_german_decimal_separator_is_a_comma():
    c = one("Das Land hat 1,2 Millionen Soldaten.", "de")
    assert c.value == 1200000


def test_english_thousands_separator_is_a_comma_and_decimal_a_dot():
    assert parse_numeral("12,000", "en") == 12000
    assert parse_numeral("1.2", "en") == 1.2
    assert one("Officials counted 1.2 million voters.", "en").value == 1200000


def test_three_digits_after_a_single_dot_follow_the_language():
    assert parse_numeral("12.000", "de") == 12000
    assert parse_numeral("12.000", "en") == 12
    assert parse_numeral("1.200.000", "en") == 1200000


def test_abbreviated_scales_and_currency():
    c = one("Der Bund zahlt 2,5 Mrd. Euro.", "de")
    assert (c.value, c.kind, c.unit) == (2500000000, "money", "euro")
    c = one("The deal is worth $3bn.", "en")
    assert (c.value, c.kind, c.unit) == (3000000000, "money", "dollar")
    c = one("It cost €4.5m last year.", "en")
    assert (c.value, c.unit) == (4500000, "euro")


def test_percent_sign_and_words():
    assert one("Die Quote stieg auf 40 Prozent.", "de").kind == "percent"
    c = one("Turnout was 40%.", "en")
    assert (c.value, c.kind, c.unit) == (40, "percent", "percent")
    assert one("Die SPD verlor 3 Prozentpunkte.", "de").unit == "percentage point"


def test_german_number_words_are_composed():
    assert german_word_value("zwölftausend") == 12000
    assert german_word_value("fünfundzwanzig") == 25
    assert german_word_value("dreihundertzwanzig") == 320
    assert one("Es kamen zwölftausend Menschen.", "de").value == 12000
    assert one("Es gibt drei Millionen Wähler.", "de").value == 3000000
    assert one("Zwei Dutzend Schiffe liefen aus.", "de").value == 24
    assert one("Fünfzig Menschen wurden verletzt.", "de").value == 50


def test_english_number_words():
    assert one("Two dozen warships took part.", "en").value == 24
    assert one("Twenty-five people were hurt.", "en").value == 25
    assert one("A hundred soldiers arrived.", "en").value == 100
    assert one("Three million people voted.", "en").value == 3000000


def test_ranges_take_low_and_high():
    for text, lang in [
        ("Es kommen 25.000 bis 30.000 Soldaten.", "de"),
        ("Es kommen zwischen 25.000 und 30.000 Soldaten.", "de"),
        ("Es kommen 25.000–30.000 Soldaten.", "de"),
        ("They sent from 25,000 to 30,000 troops.", "en"),
        ("They sent between 25,000 and 30,000 troops.", "en"),
    ]:
        c = one(text, lang)
        assert (c.value, c.value_high, c.bound) == (25000, 30000, "exact"), text


def test_a_scale_after_the_high_end_applies_to_the_low_end():
    c = one("Die Kosten liegen bei 1,5 bis 2 Milliarden Euro.", "de")
    assert (c.value, c.value_high) == (1500000000, 2000000000)


def test_hedges_set_the_bound():
    cases = [
        ("etwa 12.000 Soldaten", "de", "about"),
        ("rund 500 Menschen", "de", "about"),
        ("mehr als 4.000 Menschen", "de", "at_least"),
        ("mindestens neun Menschen", "de", "at_least"),
        ("bis zu 30.000 Soldaten", "de", "at_most"),
        ("knapp 8.000 Soldaten", "de", "at_most"),
        ("about 11,000 soldiers", "en", "about"),
        ("more than 4,000 people", "en", "at_least"),
        ("up to 6,000 troops", "en", "at_most"),
        ("nearly 400 homes", "en", "at_most"),
        ("as many as 30 people", "en", "at_most"),
        ("an estimated 1.2 million soldiers", "en", "about"),
    ]
    for text, lang, bound in cases:
        c = one(f"Es sind {text}." if lang == "de" else f"There were {text}.", lang)
        assert c.bound == bound and c.approximate, text


def test_no_hedge_is_exact():
    c = one("Es kamen 12.000 Soldaten.", "de")
    assert (c.bound, c.approximate) == ("exact", False)


def test_vague_amounts_take_the_lower_bound():
    for text, lang, value in [
        ("Tausende Soldaten kamen.", "de", 1000),
        ("Hunderte Menschen flohen.", "de", 100),
        ("Dutzende Häuser brannten.", "de", 12),
        ("Zehntausende Menschen flohen.", "de", 10000),
        ("Thousands of people fled.", "en", 1000),
        ("Dozens of homes burned.", "en", 12),
        ("Tens of thousands of people fled.", "en", 10000),
    ]:
        c = one(text, lang)
        assert (c.value, c.approximate, c.bound) == (value, True, "at_least"), text


def test_multiplicative_verbs_and_nouns_are_ratios():
    for text, lang, value in [
        ("Die Zahl könnte sich verdreifachen.", "de", 3),
        ("Eine Verdopplung ist geplant.", "de", 2),
        ("Die Kosten wurden halbiert.", "de", 0.5),
        ("Sales doubled last year.", "en", 2),
        ("Prices could triple.", "en", 3),
        ("The budget was halved.", "en", 0.5),
    ]:
        c = one(text, lang)
        assert (c.kind, c.unit, c.value) == ("ratio", "factor", value), text


def test_values_are_ints_when_integral_in_json():
    d = extract("Das Land hat 1,2 Millionen Soldaten und 2,5 Prozent Wachstum.", "de").to_dict()
    assert d["claims"][0]["value"] == 1200000 and isinstance(d["claims"][0]["value"], int)
    assert d["claims"][1]["value"] == 2.5


def test_fractions_are_shares_in_percent():
    from tracker.extraction import extract

    def got(text, lang):
        return [(c.text, c.value, c.bound, c.unit) for c in extract(text, lang, "2026-11-20").claims]

    assert got("Butter rose by more than a fifth.", "en") == [
        ("more than a fifth", 20, "at_least", "percent")
    ]
    assert got("Nearly half of the votes were counted.", "en") == [("Nearly half", 50, "at_most", "percent")]
    assert got("Zwei Drittel sagten nein.", "de") == [("Zwei Drittel", 66.67, "exact", "percent")]
    assert got("Fast die Hälfte stimmte zu.", "de") == [("Fast die Hälfte", 50, "at_most", "percent")]
    # ordinals, halves of a match and quarters of an hour are no shares
    assert (
        got("A third suspect was arrested. In the second half, a quarter of an hour later, he left.", "en")
        == []
    )


def test_a_sentence_end_after_bn_is_no_part_of_the_figure():
    from tracker.extraction import extract

    assert [c.text for c in extract("The club has spent £1.5bn.", "en", "2026-04-20").claims] == ["£1.5bn"]
    assert [c.text for c in extract("Der Etat liegt bei 2,5 Mrd. Euro.", "de", "2026-04-20").claims] == [
        "2,5 Mrd. Euro"
    ]


def test_every_nth_is_a_share_in_percent():
    got = extract("Inzwischen ist etwa jeder vierte Baum geschädigt.", "de", "2025-08-22").claims
    assert [(c.text, c.value, c.unit, c.bound) for c in got] == [
        ("etwa jeder vierte Baum", 25, "percent", "about")
    ]
    assert extract("Jeder Fahrgast zahlt drauf.", "de", "2025-08-22").claims == ()


def test_ein_before_a_measure_is_one():
    got = extract("Der Pegel stieg um bis zu einem Meter.", "de", "2025-08-22").claims
    assert [(c.value, c.unit, c.bound) for c in got] == [(1, "metre", "at_most")]
    assert [c.value for c in extract("Die Quote sank um einen Prozentpunkt.", "de", "2025-08-22").claims] == [
        1
    ]
    assert extract("Er schoss einen Foulelfmeter und wartete eine Stunde.", "de", "2025-08-22").claims == ()
