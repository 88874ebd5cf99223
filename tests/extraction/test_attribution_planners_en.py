"""English: a body that declares its own plan is the source of its figures
(``sources/subjects.py``, ``planning_subject``), also when names or a nationality stand
between the determiner and the body's noun ("the Portuguese government promised")."""

from tracker.extraction import extract


def sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "en", "2026-05-11").claims]


def test_a_named_body_before_a_planning_verb():
    text = "It comes a year after the Portuguese government promised to double its coastguard budget."
    assert sources(text)[-1] == ["the Portuguese government"]
    text = "Weeks later the Harlow District council promised to spend £3 million on roads."
    assert sources(text)[-1] == ["the Harlow District council"]


def test_a_named_body_that_acts_is_no_source():
    assert sources("A year ago the Portuguese government bought 30 patrol boats.") == [[]]


def test_a_body_that_votes_or_approves_a_plan_is_its_source():
    text = "The Hallam County school board voted 6-1 on Monday to adopt a budget that cuts $12 million."
    assert sources(text)[-1] == ["The Hallam County school board"]
    assert sources("The council voted on Monday to cut £12 million from its budget.") == [["The council"]]
    assert sources("The parish council approved a budget of £84,000 for next year.") == [["parish council"]]


def test_people_on_board_name_no_body():
    assert sources("All 240 passengers on board were rescued.") == [[]]


def test_a_body_noun_that_only_modifies_another_noun_is_no_body():
    assert sources("The draft budget kept the basic council tax rate flat and added a 3 per cent levy.") == [
        []
    ]
    assert sources("Crews at the old police station counted 14 bags of post.")[-1] != ["police"]


def test_the_body_itself_still_speaks():
    assert sources("The council said tax would rise by 2 per cent.") == [["council"]]


def test_who_stands_in_an_opening_condition_is_no_source():
    text = (
        "If it is approved by the full council next week, the levy will raise an extra £4.2 million a year."
    )
    assert sources(text) == [[]]


def test_a_speaker_after_the_condition_still_speaks():
    assert sources("If the plan goes ahead, the council said, bills will rise by £80.") == [["council"]]
