"""English speakers whose words stand apart from their verb: a name before a relative clause in
commas ("Brannock Foods, which is based in Leeds, said"), and a name after a title of several
capitalised words ("Chief Financial Officer Lena Marsh said")."""

from tracker.extraction import extract


def texts(text, index=0):
    return [s.text for s in extract(text, "en", "2026-05-11").claims[index].sources]


def test_a_name_before_a_relative_clause_in_commas_speaks():
    assert texts("Brannock Foods, which is based in Leeds, said the strike has cost it £4 million.") == [
        "Brannock Foods"
    ]
    assert texts("Lena Marsh, who joined the board in 2019, said the walkout had cost £2 million.") == [
        "Lena Marsh"
    ]
    assert texts("Pellway, which runs the depot, says the dispute has cost it £750,000.") == ["Pellway"]


def test_no_name_before_the_relative_clause_names_no_one():
    # the clause's comma closes no subject: nothing to take
    assert texts("After months of talks, which broke down in May, costs rose by £3 million.") == []


def test_the_name_after_a_title_of_several_words_speaks():
    assert texts("Chief Financial Officer Tomas Weir said costs rose by 30 million dollars.") == [
        "Chief Financial Officer Tomas Weir"
    ]
    assert texts("Chief Executive Officer Ada Brenn said the group would hire 350 engineers.") == [
        "Chief Executive Officer Ada Brenn"
    ]
    assert texts("Chief Executive Ada Brenn said the group would hire 350 engineers.") == [
        "Chief Executive Ada Brenn"
    ]


def test_a_title_without_a_name_keeps_its_role():
    assert texts("The Chief Constable said 40 officers were hurt.") == ["Chief Constable"]


def test_where_the_speakers_were_is_no_gap_before_their_verb():
    assert texts("Officials at an evening briefing said four people were still missing.") == ["Officials"]
    assert texts("Doctors at the county's main hospital said 14 patients were treated.") == ["Doctors"]


def test_a_long_place_phrase_or_a_clause_is_still_a_gap():
    # "at" opens more than a short place: the crews are too far from the verb
    assert "Crews" not in texts("Crews at the site of the old quarry on the hill said 12 homes were empty.")
    # a comma ends the place phrase
    assert texts("Crews at the depot, near the river, said 12 homes were empty.") == []


def test_a_poll_with_its_sample_is_the_subject_of_its_verb():
    text = "A large new Trenton poll of more than 6,400 voters gives the Alliance a 9-point lead over Labour."
    claims = extract(text, "en", "2026-05-11").claims
    assert [s.text for s in claims[-1].sources] == ["A large new Trenton poll"]


def test_a_sample_with_more_words_after_it_makes_no_object_the_speaker():
    # "of" and a figure, then another noun: no sample before the verb
    text = "A large new Trenton poll of 6,400 voters in Kent gives the Alliance a 9-point lead over Labour."
    claims = extract(text, "en", "2026-05-11").claims
    assert "Alliance" not in [s.text for s in claims[-1].sources]


def test_a_name_before_its_role_in_commas_speaks():
    text = "Cllr Hana Voss, cabinet member for housing, said the change would cost tenants £310 a year."
    assert texts(text) == ["Cllr Hana Voss"]
    assert texts("Hana Voss, the council's deputy leader, said rents would rise by 3 percent.") == [
        "Hana Voss"
    ]


def test_an_aside_without_a_role_is_no_apposition():
    # a place in commas is no role: the name before it is no speaker of the verb
    assert texts("Hana Voss, near the old mill on the river, said rents would rise by 3 percent.") == []
