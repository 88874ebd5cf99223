"""English: a headline colon after a place and a body's or role's noun ("Ohio sheriff: ...",
"Kent police: ...") names the source of the headline's figures (``discourse_stage/headline.py``)."""

from tracker.extraction import extract

BODY = "\n\nThe sheriff's office said deputies seized the drugs on Monday."


def sources(text):
    return [[s.text for s in c.sources] for c in extract(text, "en", "2026-05-11").claims]


def test_a_place_and_a_role_before_the_colon_name_the_source():
    found = sources("Ohio sheriff: Raid nets 40 kilos of cocaine and nine arrests" + BODY)
    assert found == [["Ohio sheriff"], ["Ohio sheriff"]]


def test_a_topic_before_the_colon_names_no_one():
    assert sources("Drug crisis: Raid nets 40 kilos of cocaine" + BODY) == [[]]
