"""A person named with where they work after "of the", when the body's name opens with words the
mention finders leave out ("the City of Kentmere Police"): the person speaks, the body is only
their affiliation."""

from tracker.extraction import extract


def _texts(text, lang="en"):
    return {c.text: [m.text for m in c.sources] for c in extract(text, lang, "2026-03-02").claims}


def test_officer_of_a_city_police_force_is_the_source():
    got = _texts("Detective Inspector Rhona Vale of the City of Kentmere Police said 12 cars were stolen.")
    assert list(got.values()) == [["Detective Inspector Rhona Vale"]]


def test_a_place_inside_the_force_name_does_not_make_the_force_the_source():
    got = _texts("Chief Inspector Tom Price of the City of London Police said officers traced 800 victims.")
    assert list(got.values()) == [["Chief Inspector Tom Price"]]


def test_short_force_name_still_works():
    got = _texts("Sergeant Rhona Vale of the Kentmere Police said 12 cars were stolen.")
    assert list(got.values()) == [["Sergeant Rhona Vale"]]


def test_a_lower_case_word_before_the_body_is_no_part_of_its_name():
    """ "of the town, Kentmere Police said": the body speaks on its own."""
    got = _texts("Rhona Vale, a grocer of the town, lost stock; Kentmere Police said 12 cars were stolen.")
    assert got["12 cars"] == ["Kentmere Police"]
