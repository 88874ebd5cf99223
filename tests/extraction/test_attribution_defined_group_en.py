"""English prose: "Of those, ..." and "Among them, ..." open a part of what a release counted
and go on with it over a paragraph break; "Among those who rent, ..." names a group of its own."""

from tracker.extraction import extract

TEXT = (
    "Bills survey\n\n"
    "Most adults expect energy bills to rise again, according to a YouGov survey. "
    "Some 64% think a rise is likely.\n\n"
    "{opening}, 71% expect bills to rise next year. That compares with 57% a year ago."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-09-10").claims}


def test_among_those_who_defines_a_group_and_takes_no_account_over_the_break():
    assert _sources(TEXT.format(opening="Among those who rent their homes"))["71%"] == []


def test_among_them_goes_on_with_the_release():
    assert _sources(TEXT.format(opening="Among them"))["71%"] != []
