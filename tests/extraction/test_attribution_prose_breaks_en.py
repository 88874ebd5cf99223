"""English paragraph breaks in prose (``discourse_stage/breaks_en.py``): in an article that is
not wire copy (its paragraphs hold several sentences), a break ends the account unless the new
paragraph carries it: it names the source again (by name, pronoun or a description such as
"the regulator"), opens with a part of what a release counted, or is a line of a list. Wire
copy, where nearly every paragraph is one sentence, keeps going over the break."""

from tracker.extraction import extract
from tracker.extraction.discourse_stage.breaks_en import describes_a_body

_HEAD = "Ferry passenger numbers climb again\n\n"
_LEAD = (
    "Ferries on the northern routes carried 4.2 million passengers last year, the Coastal Transport "
    "Office said. Demand was strongest in the summer months.\n\n"
)
_ASIDE = "Harbour towns have long complained about parking. Most ports expect a busy summer.\n\n"
_LATER = "Two larger ships are due next year, and some routes will run at night."


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-04").claims}


def test_prose_paragraph_without_a_name_ends_the_account():
    text = (
        _HEAD
        + _LEAD
        + _ASIDE
        + ("Freight traffic rose 6% over the year. Car bookings fell to 810,000.\n\n" + _LATER)
    )
    got = _sources(text)
    assert got["4.2 million passengers"] != []
    assert got["6%"] == []
    assert got["810,000"] == []


def test_prose_paragraph_that_says_it_again_keeps_the_account():
    text = (
        _HEAD
        + _LEAD
        + ("Freight traffic rose 6% over the year. It said car bookings fell to 810,000.\n\n" + _LATER)
    )
    got = _sources(text)
    assert got["6%"] != []
    assert got["810,000"] != []


def test_prose_paragraph_describing_the_body_keeps_the_account():
    text = (
        _HEAD
        + _LEAD
        + (
            "Freight traffic rose 6% over the year, the best result in the office's records. "
            "Bookings for cabins were flat.\n\n" + _LATER
        )
    )
    assert _sources(text)["6%"] != []


def test_a_description_of_another_body_named_since_does_not_keep_it():
    text = (
        _HEAD
        + _LEAD
        + (
            "The Harbour Users Association, which speaks for skippers, called the report welcome. "
            "Its members want longer summer timetables.\n\n"
            "Freight traffic rose 6% over the year, a figure the association's members doubt. "
            "Bookings for cabins were flat.\n\n" + _LATER
        )
    )
    assert _sources(text)["6%"] == []


def test_prose_paragraph_opening_with_a_part_of_the_count_keeps_it():
    text = _HEAD + (
        "Some 31,400 people moved to the county last year, according to figures from the "
        "Regional Statistics Bureau. Most settled near the coast.\n\n"
        "Of those, 12,300 came from abroad. Many of them were students.\n\n" + _LATER
    )
    assert _sources(text)["12,300 came"] != []


def test_prose_list_lines_after_an_intro_keep_the_account():
    text = _HEAD + (
        "The Coastal Transport Office said busier routes needed more crews. It listed the routes "
        "with the most passengers:\n"
        "Northport to Skerry: 910,000\n"
        "Eastbay to Holm: 640,000\n\n" + _ASIDE + _LATER
    )
    got = _sources(text)
    assert got["910,000"] != []
    assert got["640,000"] != []


def test_wire_copy_keeps_the_account_over_a_plain_break():
    text = _HEAD + (
        "Ferries on the northern routes carried 4.2 million passengers last year, the Coastal "
        "Transport Office said on Monday.\n\n"
        "Freight traffic rose 6% over the year.\n\n"
        "Car bookings fell to 810,000.\n\n"
        "Two larger ships are due next year.\n\n"
        "Some routes will run at night."
    )
    got = _sources(text)
    assert got["6%"] != []
    assert got["810,000"] != []


def test_also_after_an_ended_account_does_not_take_an_aside_name():
    text = (
        _HEAD
        + _LEAD
        + _ASIDE
        + (
            "That beat analysts polled by Reuters, who had expected 3.9 million. Freight also rose, "
            "to 2.2 million tonnes.\n\n" + _LATER
        )
    )
    assert _sources(text)["2.2 million tonnes"] == []


def test_describes_a_body_reads_lower_case_descriptions_only():
    assert describes_a_body(["with", "the", "pollster", "since", "2019"])
    assert describes_a_body(["the", "regulator's", "records"])
    assert not describes_a_body(["the", "Bank's", "committee"])
    assert not describes_a_body(["the", "harbour", "was", "busy"])
