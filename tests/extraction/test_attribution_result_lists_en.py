"""English: a list introduced by a company's results ("..., the group's results for the half
were:") gives each line's figure to the company under that phrase; a figure marked as expected
right after it keeps the forecasters the intro names; a list of no results keeps the intro's
sources."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-02").claims}


RESULTS = (
    "Corvane tops estimates\n\n"
    "Corvane Foods said on Tuesday that demand for its frozen meals held up.\n\n"
    "Compared with the average estimates of analysts polled by Visible Alpha, the group's "
    "results for the half to June 30 were:\n\n"
    "- Earnings per share: 82 pence, against 75 pence expected\n"
    "- Revenue: £4.1 billion, against £3.9 billion expected\n"
)


def test_a_results_list_gives_the_lines_figures_to_the_company():
    found = _sources(RESULTS)
    assert found["82 pence"] == found["£4.1 billion"] == ["the group's results"]


def test_the_expected_figures_keep_the_analysts():
    found = _sources(RESULTS)
    assert "the group's results" not in found["75 pence"]
    assert "Visible Alpha" in found["£3.9 billion"]


def test_a_list_of_no_results_keeps_its_intro_sources():
    text = (
        "Survey of shoppers\n\n"
        "Shoppers told YouGov how they save, and the poll's results were:\n\n"
        "- Buying less meat: 41%\n"
        "- Buying own brands: 37%\n"
    )
    found = _sources(text)
    assert not any("results" in m for m in found["41%"])
