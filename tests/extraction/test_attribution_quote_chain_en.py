"""English: a quotation paragraph with no speaker of its own right after one whose speaker is
named goes on speaking for that speaker; what a figure is compared with ("below the market
estimate") is not the figure's source."""

from tracker.extraction import extract


def sources(text, index):
    return [(s.text, s.role) for s in extract(text, "en", "2026-02-10").claims[index].sources]


CHAIN = (
    "Crews fought the fires overnight.\n\n"
    '"We know there will be losses, and some of them will be homes," Hale told Radio North.\n\n'
    '"But what our crews saved yesterday is worth far more: 240 homes are still standing."'
)


def test_a_bare_quotation_paragraph_keeps_the_speaker_and_the_outlet_before_it():
    assert sources(CHAIN, 0) == [("Hale", "origin"), ("Radio North", "relay")]


def test_a_quotation_after_a_paragraph_of_narration_gets_no_speaker_from_further_back():
    text = CHAIN.replace('\n\n"But', '\n\nThe wind dropped at dawn.\n\n"But')
    assert sources(text, 0) == []


def test_a_source_after_below_with_no_figure_in_its_clause_is_what_the_figure_is_compared_with():
    text = (
        "The economy added 95,000 jobs in May, below the market estimate, while the jobless rate "
        "rose to 4.3%, the Labor Department said on Friday."
    )
    assert sources(text, 0) == [("Labor Department", "origin")]


def test_the_outlet_that_quoted_someone_relays_and_the_one_quoted_is_the_origin():
    text = "State television quoted Chen Bo, a district official, as saying that 35 people were missing."
    assert sources(text, 0) == [("Chen Bo", "origin"), ("State television", "relay")]


def test_state_television_that_says_a_figure_is_its_source():
    text = "The quake struck at dawn. State television said 35 people were missing."
    assert sources(text, 0) == [("State television", "origin")]


def test_a_name_in_apposition_after_a_role_speaks_the_quotation_after_the_colon():
    text = (
        "The pollster's head of research, Maria Olsen, said: \"One poll is a snapshot. "
        'But the party has not led in any of our last 9 surveys."'
    )
    assert sources(text, 0) == [("Maria Olsen", "origin")]


def test_a_lower_case_phrase_between_commas_is_no_speakers_name():
    text = 'The chief, in a statement, said: "One poll is a snapshot, and 9 surveys make no trend."'
    assert all(t != "in a statement" for t, _ in sources(text, 0))
