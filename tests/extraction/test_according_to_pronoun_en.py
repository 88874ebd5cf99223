"""English: a paragraph opened by "According to him/her/them" speaks for the person or body named
in the paragraph before (by an attribution without figures too): its figures stand under the
pronoun's words, their name the one named before. And a pronoun subject that "also" does the
counted thing ("They also shelled 4 villages") is an actor, no speaker."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [(m.name, m.text) for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}


def test_according_to_him_after_a_paragraph_naming_the_speaker_without_figures():
    got = _sources(
        "Shelling hit 17 towns on Sunday.\n\n"
        "According to Dmytro Haran, the towns of Vilne and Orlivka came under fire.\n\n"
        "According to him, the shells damaged a clinic and 9 homes."
    )
    assert got["9 homes"] == [("Dmytro Haran", "According to him")]


def test_according_to_her_after_a_named_speaker_with_figures():
    got = _sources(
        "Flooding closed 40 roads, the county's emergency chief, Mara Olsen, said.\n\n"
        "According to her, crews pumped out 120 basements overnight."
    )
    assert [t for _, t in got["120 basements"]] == ["According to her"]


def test_according_to_him_with_only_a_body_before_takes_no_person():
    """ "him" stands for a person: a body named before is not what it means."""
    got = _sources(
        "The ministry of transport listed 40 closed roads.\n\n"
        "According to him, crews pumped out 120 basements overnight."
    )
    assert [n for n, _ in got["120 basements"]] != ["ministry of transport"]


def test_a_paragraph_without_the_pronoun_does_not_reach_the_name_before():
    got = _sources(
        "Shelling hit 17 towns on Sunday.\n\n"
        "According to Dmytro Haran, the towns of Vilne and Orlivka came under fire.\n\n"
        "The shells damaged a clinic and 9 homes."
    )
    assert got["9 homes"] != [("Dmytro Haran", "According to him")]


def test_they_also_with_an_acting_verb_is_the_actor_not_a_source():
    got = _sources("Rebel forces hit 9 farms near the river. They also destroyed 3 bridges.")
    assert got["3 bridges"] == []
    assert list(got.values()) == [[], []]  # nor carried back to the sentence before


def test_it_also_with_a_verb_that_states_still_speaks():
    got = _sources("The retailer said sales rose 4% in May. It also lowered its outlook to 2%.")
    assert [t for _, t in got["2%"]] == ["It"]
