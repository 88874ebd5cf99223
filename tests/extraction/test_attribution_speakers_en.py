"""English: which noun phrases can be a source (``sources/speakers_en.py``): a name, a pronoun,
a body, person or role noun, an information noun; not a thing, a remainder or a time."""

from tracker.extraction import extract
from tracker.extraction.sources.speakers_en import can_speak
from tracker.extraction.text.sentences import sentences


def texts(text, index=0):
    return [s.text for s in extract(text, "en", "2026-05-11").claims[index].sources]


def _span(sentence, phrase):
    s = sentences(sentence, "en")[0]
    words = phrase.split()
    for k in range(s.n - len(words) + 1):
        if s.words[k : k + len(words)] == words:
            return s, (k, k + len(words))
    raise AssertionError(phrase)


def test_bodies_roles_names_and_information_nouns_can_speak():
    for sentence, phrase in (
        ("Sales fell 4 percent, the wholesaler said.", "the wholesaler"),
        ("Five crews attended, the brigade said.", "the brigade"),
        ("Prices rose 2 percent, according to the index.", "the index"),
        ("Turnout was 61 percent, Ms Quayle said.", "Ms Quayle"),
        ("Costs rose 9 percent, she said.", "she"),
        ("Rents rose 7 percent, the housing association said.", "the housing association"),
    ):
        assert can_speak(*_span(sentence, phrase)), phrase


def test_things_remainders_and_times_cannot_speak():
    for sentence, phrase in (
        ("Part of the ceiling gave way, trapping three of them.", "the ceiling"),
        ("Only 19 percent disagree, while the rest say they are unsure.", "the rest"),
        ("Crews worked through the evening to pump out 40 cellars.", "the evening"),
        ("The market had expected 3 percent.", "The market"),
    ):
        assert not can_speak(*_span(sentence, phrase)), phrase


def test_a_thing_that_gives_way_is_no_source_of_the_figures_of_its_sentence():
    text = (
        "A ceiling collapsed while crews were inside the warehouse, the fire service said, "
        "trapping three of them."
    )
    assert texts(text) == ["the fire service"]


def test_the_rest_who_say_they_do_not_know_are_no_source():
    text = (
        "About 58% of voters back the plan, a poll by Norcross found. "
        "Only 19% oppose it, while the rest say they are unsure."
    )
    assert "the rest" not in texts(text, 1)


def test_a_possessive_role_after_according_to_is_a_source():
    text = "The defendant has since repaid £14,000, according to his solicitor, and more is frozen."
    assert texts(text) == ["his solicitor"]


def test_a_possessive_thing_after_according_to_is_none():
    text = "Takings fell by £14,000, according to its own till rolls."
    assert "its own till rolls" not in texts(text)


def test_a_time_after_the_speech_verb_of_a_colon_quote_is_no_speaker():
    text = (
        "The appeal was backed by the chairwoman Ruth Okafor. "
        'She said after the meeting: "We have 212 volunteers and every one of them turned up."'
    )
    quote = extract(text, "en", "2026-05-11").quotes[0]
    assert quote.speaker is not None and quote.speaker.name != "after the meeting"


def test_from_a_tax_rise_or_a_grant_is_where_money_comes_from_not_a_source():
    assert texts("The plan raises £3.2m from a general parish rate rise of 1.5 per cent.") == []
    assert texts("Last year, 31 per cent of its income came from central government.") == []


def test_information_from_a_body_keeps_it_as_source():
    assert texts("Home sales fell 4.2 per cent, data from the Land Registry showed.") != []
    assert texts("Income, from the guild's accounts: fees £2.1m.") == ["guild's accounts"]


def _quote_speaker(text):
    return [q.speaker.name if q.speaker else None for q in extract(text, "en", "2026-05-11").quotes]


def test_a_double_barrelled_name_before_its_role_speaks_a_colon_quote():
    assert _quote_speaker('Maria Lenz-Orr, director of labour statistics, said: "Hiring has slowed."') == [
        "Maria Lenz-Orr"
    ]
    assert _quote_speaker('Ian O\'Hara, head of research, said: "Hiring has slowed."') == ["Ian O'Hara"]


def test_she_added_after_a_named_speaker_with_a_role_takes_that_speaker():
    text = (
        'Maria Lenz, head of surveys at the office, said: "Hiring has slowed."\n\n'
        "She added that around 12,000 firms took part."
    )
    assert [(m.text, m.name) for m in extract(text, "en", "2026-05-11").claims[0].sources] == [
        ("She", "Maria Lenz")
    ]


def test_a_company_opening_the_sentence_with_a_description_stays_it():
    text = "Harcourt Data Group, the data provider, said sales rose 4%. It added that 300 staff left."
    assert [m.name for m in extract(text, "en", "2026-05-11").claims[1].sources] == ["Harcourt Data Group"]


def test_a_body_that_assumes_a_figure_is_its_source():
    text = "The regulator assumes that a typical home uses 2,900 kWh of electricity a year."
    assert texts(text) == ["The regulator"]


def test_a_passive_assumed_names_no_source():
    assert texts("Sales are assumed to rise 4% next year.") == []


def test_analysts_who_were_expecting_a_figure_are_its_source():
    assert texts("Revenue rose to $3.2 billion. Analysts were expecting $3.1 billion.", 1) == ["Analysts"]


def test_bare_statisticians_who_said_a_figure_are_its_source():
    assert texts("Wage growth eased to 4.1% in the quarter, statisticians said.") == ["statisticians"]


def test_a_minister_who_promised_or_pledged_a_figure_is_its_source():
    assert texts("Minister Lena Park has promised that 80% of trains will run on time by 2028.") != []
    assert texts("The mayor promised 400 new homes for the district.") == ["mayor"]


def test_a_service_warning_of_a_figure_is_its_source():
    text = "Further showers are likely, with the weather service warning of gusts up to 55 mph."
    assert texts(text) == ["the weather service"]


def test_warning_as_a_noun_opening_the_sentence_is_no_source():
    assert texts("Warning signs on the motorway rose 20% last year.") == []


def test_what_economists_expected_to_fall_is_no_relay():
    text = "Economists at Larch Capital said they expected the base rate to fall to 3.5% by the summer."
    assert texts(text) == ["Economists"]
