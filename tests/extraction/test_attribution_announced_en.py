"""English: a closing "This was announced on Monday by X." names the source of the sentence
before it; "According to him, ..." stands for the person named before."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-04").claims}


def test_this_was_announced_by_a_person_covers_the_sentence_before():
    text = (
        "Shelling hits river towns\n\n"
        "Artillery struck 14 villages along the river overnight, wounding 6 people. This was "
        "announced on Tuesday by the district governor, Petro Lysenko.\n\n"
        "Schools in the district stay shut."
    )
    found = _sources(text)
    assert "Petro Lysenko" in found["14 villages along"][0]
    assert "Petro Lysenko" in found["6 people"][0]


def test_this_was_confirmed_by_a_body_covers_the_sentence_before():
    text = (
        "Flooding\n\n"
        "Floods cut power to 3,200 homes. This was confirmed late on Monday by the regional police."
    )
    assert _sources(text)["3,200 homes"] != []


def test_announced_without_by_names_no_source():
    text = "Flooding\n\nFloods cut power to 3,200 homes. This was announced on Monday morning."
    assert _sources(text)["3,200 homes"] == []


def test_a_passive_of_no_telling_names_no_source():
    text = (
        "Flooding\n\n"
        "Floods cut power to 3,200 homes. This was caused on Monday by Storm Edda, forecasters believe."
    )
    assert all("Storm Edda" not in m for m in _sources(text)["3,200 homes"])


def test_according_to_him_stands_for_the_person_named_before():
    text = (
        "Shelling hits river towns\n\n"
        "According to Petro Lysenko, the district governor, 4 river towns came under fire.\n\n"
        "According to him, the shells hit a school and 9 houses."
    )
    assert _sources(text)["9 houses"] == ["According to him"]
