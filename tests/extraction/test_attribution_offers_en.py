"""English: an offer's maker ("the ministry's offer of 3.5%", "an offer from the employers'
body Unico of a 3% rise ...") is a source of the offer's figures, beside the sentence's own."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-04-20").claims}


def test_the_maker_after_from_takes_every_figure_of_the_offer_up_to_the_comma():
    got = _sources(
        "The talks follow an offer from the employers' body Unico of a 3% rise for staff earning"
        " up to £30,000 a year and a flat £600 for those above, which members rejected in March."
    )
    assert got["3%"] == ["the employers' body Unico"]
    assert got["£600"] == ["the employers' body Unico"]


def test_the_possessive_maker_stands_beside_the_sentence_source():
    got = _sources("Nurses have rejected the ministry's offer of 3.5%, the union said on Monday.")
    assert sorted(got["3.5%"]) == ["the ministry's offer", "union"]


def test_an_offer_without_a_maker_names_no_source():
    assert _sources("The union rejected the offer of 4.5%, it said.")["4.5%"] == ["it"]


def test_a_figure_after_the_comma_is_no_part_of_the_offer():
    got = _sources("Staff rejected an offer from management of 2%, while inflation ran at 3.8%.")
    assert got["2%"] == ["management"]
    assert got["3.8%"] == []


def test_a_time_before_the_offer_is_no_maker():
    assert _sources("Nurses rejected last month's offer of 4%, the union said.")["4%"] == ["union"]
