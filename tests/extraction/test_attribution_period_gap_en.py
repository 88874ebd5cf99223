"""English: a phrase of "for" naming a period between a document and its verb ("Official flu
data for the week ending Monday at 9 a.m. showed") tells what the document covers: no gap."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-11").claims}


def test_a_period_phrase_between_a_document_and_its_verb_is_no_gap():
    got = _sources(
        "Official flu data for the week ending Monday at 9 a.m. showed admissions rose by 17 percent."
    )
    assert got["17 percent"] == ["Official flu data"]


def test_a_long_phrase_of_for_without_a_period_still_breaks_the_link():
    got = _sources(
        "Official flu data for hospitals in the north and the coast showed admissions rose by 17 percent."
    )
    assert got["17 percent"] != ["Official flu data"]
