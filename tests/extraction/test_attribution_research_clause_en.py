"""English: a description of a body right after a plural noun, as the subject of a clause of
research work with no relative word ("the 12 regions the institute surveys"), names the body
whose research the sentence reports: the sentence's figures stand under that description."""

from tracker.extraction import extract

LEAD = (
    "Mayor's rating climbs\n\n"
    "Ana Ruiz, head of the Carrow College Survey Institute, said on Monday that the new city "
    "poll was its best for the mayor.\n\n"
    "The poll shows 61 percent approve of Mayor Tim Hale, up from 55 percent in spring.\n\n"
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-02").claims}


def test_a_body_described_in_a_clause_of_research_is_the_mention_of_its_figures():
    text = LEAD + (
        "His rating is the best of the 12 cities the institute polls. Some 40 percent of renters back him."
    )
    found = _sources(text)
    assert found["12 cities"] == ["the institute"]
    assert found["Some 40 percent"] == ["the institute"]


def test_a_past_research_verb_works_the_same():
    text = LEAD + "Hale leads in nine of the 14 districts the institute surveyed."
    assert _sources(text)["14 districts"] == ["the institute"]


def test_a_verb_of_no_research_names_no_one():
    text = LEAD + "Hale won 9 of the 14 districts the council redrew last year."
    assert "the council" not in _sources(text).get("14 districts", [])


def test_a_preposition_before_the_description_opens_no_clause():
    text = LEAD + "Support for him stood at 38 percent across the institute polls of 2024."
    assert "the institute" not in _sources(text).get("38 percent", [])
