"""English paragraph breaks (``discourse_stage/breaks_en.py``): a release's account does not go
on over a paragraph in which another voice speaks; it does over one of its own."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-03").claims}


def test_a_quoted_analyst_paragraph_ends_the_release_account():
    text = (
        "Brightwell Foods profit beats forecasts\n\n"
        "Volumes rose 6 percent, according to the company's quarterly report.\n\n"
        'The grocer kept costs down, said analyst Petra Voss. "They run a tight ship," she said.\n\n'
        "Gross margin widened to 24.1 percent."
    )
    assert _sources(text)["24.1 percent"] == []


def test_a_release_goes_on_over_a_paragraph_of_its_own():
    text = (
        "Brightwell Foods profit beats forecasts\n\n"
        "Volumes rose 6 percent, according to the company's quarterly report.\n\n"
        "Sales in the north were flat.\n\n"
        "Gross margin widened to 24.1 percent."
    )
    assert _sources(text)["24.1 percent"] != []
