"""English: a telling verb after "and" shares the subject of the verb before it: the body or
person named right before "and" is the first verb's object, no speaker ("Lena Marsh thanked
the mayor and said"); a verb of findings after a verb of research ("Trenton tested ... and
found") gives the researcher (``sources/subjects_en.py``, ``sources/links.py``)."""

from tracker.extraction import extract


def sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "en", "2026-05-11").claims]


def test_the_object_before_and_said_is_no_speaker():
    assert sources("Ruth Abney thanked the mayor and said 300 homes were saved.") == [["Ruth Abney"]]


def test_a_finding_after_research_is_the_researchers():
    assert sources(
        "Trenton tested approval ratings for the mayor and found her score was 8 points higher."
    ) == [["Trenton"]]
    text = "In grim news for the mayor, Trenton surveyed 900 shops and found rents were 6% higher."
    assert sources(text)[-1] == ["Trenton"]


def test_a_finding_after_an_act_is_no_one_s():
    # searching is no research: the police find what they seize, no figure they give
    assert sources("Police searched the house and found 40 kilos of cannabis.") == [[]]


def test_her_named_group_is_no_source_beside_the_speaker():
    text = (
        'Opposition leader Rhona Vale said: "We will fight this."\n\n'
        "She said her Green Party group would put forward a motion capping the rise at 1.5 per cent."
    )
    assert "Green Party group" not in sources(text)[-1]


def test_a_named_body_without_her_stays_a_source():
    text = (
        'Opposition leader Rhona Vale said: "We will fight this."\n\n'
        "She said the Office for Budget Responsibility had forecast growth of 1.5 per cent."
    )
    assert "Office for Budget Responsibility" in sources(text)[-1]


def test_a_belief_after_but_shares_the_opening_subject():
    text = (
        "Investigators traced 52 victims aged between 70 and 94, but believe the real total may be near 150."
    )
    assert all(found == ["Investigators"] for found in sources(text))


def test_an_act_after_but_is_no_belief():
    assert sources("Police searched 12 houses, but found no weapons.") == [[]]
