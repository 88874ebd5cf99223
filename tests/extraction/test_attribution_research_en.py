"""English: a research body's figure-less sentence about its own work ("YouGov also compared
... :", "Gallup did not ask about X in March.") opens its account for the figures after it in
the paragraph and for the list it introduces; a bulleted line of two sentences is one item."""

from tracker.extraction import extract

LIST = (
    "Voters sour on the bypass plan\n\n"
    "Commuters in the county mostly drive to work, a council count showed last year.\n\n"
    "YouGov also compared backing for three road schemes with its spring survey:\n"
    "- 41% back the northern bypass and 30% oppose it. In spring, 46% backed it.\n"
    "- 28% back a toll bridge, down from 33% in spring.\n\n"
    "The bypass would cost £310m, according to the council."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-02").claims}


def test_a_pollster_comparing_its_surveys_is_the_source_of_the_list_it_introduces():
    found = _sources(LIST)
    assert found["41%"] == found["30%"] == found["28%"] == ["YouGov"]


def test_every_sentence_of_a_bulleted_line_is_part_of_its_item():
    found = _sources(LIST)
    assert found["46%"] == found["33%"] == ["YouGov"]


def test_the_list_account_ends_with_its_last_line():
    assert "YouGov" not in _sources(LIST)["£310m"]


def test_a_pollster_that_did_not_ask_before_gives_the_shares_after_it():
    text = (
        "Fines favoured\n\n"
        "Some residents want tougher rules on litter, campaigners say.\n\n"
        "Gallup did not ask about litter fines in March. This time, however, 62% support "
        "them and 14% oppose them."
    )
    found = _sources(text)
    assert found["62%"] == found["14%"] == ["Gallup"]


def test_a_pollster_doing_something_else_opens_no_account():
    text = (
        "Pollster moves\n\n"
        "Some residents want tougher rules on litter, campaigners say.\n\n"
        "Gallup also moved its offices last spring. This time, 62% of residents back fines."
    )
    assert _sources(text)["62%"] == []


def test_a_body_of_another_kind_that_compares_opens_no_account():
    text = (
        "Costs compared\n\n"
        "Some residents want tougher rules on litter, campaigners say.\n\n"
        "The mayor compared the schemes last week. This time, 62% of residents back fines."
    )
    assert _sources(text)["62%"] == []
