"""English: a figure carried from a source named further back takes the nearest description of
that source before it as its mention (DESIGN.md: the mention span of the words nearest the
claim)."""

from tracker.extraction import extract


def mentions(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "en", "2026-05-04").claims]


LEAD = "Eastvale Borough Council said it would raise council tax by 4.5% from April.\n\n"
RISE = "The proposed rise, which includes 2% for social care, would add almost £80 a year to a bill."


def test_a_carried_figure_takes_the_nearest_description_of_its_source_as_its_mention():
    text = (
        LEAD
        + "Councillors were told on Wednesday that the authority still had hard choices to make.\n\n"
        + RISE
    )
    assert mentions(text)[-1] == [("the authority", "Eastvale Borough Council")]


def test_a_description_of_another_class_is_no_mention_of_a_body():
    text = (
        LEAD
        + "Councillors were told on Wednesday that the minister still had hard choices to make.\n\n"
        + RISE
    )
    assert [t for t, _ in mentions(text)[-1]] != ["the minister"]
