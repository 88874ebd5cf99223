"""English: a body opening a sentence as the subject of a verb that ranks it ("London recorded
the weakest growth, at 2.1%") is what is measured, not who tells: no source of its own, and the
release before it goes on; a body whose verb ranks nothing keeps its figures."""

from tracker.extraction import extract

LEAD = (
    "Rents climb again\n\n"
    "Private rents rose by 3.1% across the country in May, the Office for National Statistics said."
)


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-06-02").claims}


def test_a_capital_ranked_in_a_release_is_no_source():
    found = _sources(LEAD + " London recorded the weakest growth, at 1.8%.")
    assert found["1.8%"] == ["Office for National Statistics"]


def test_a_capital_ranked_after_a_break_is_no_source_either():
    found = _sources(LEAD + "\n\nNorthern cities led the rise. London recorded the weakest growth, at 1.8%.")
    assert "London" not in found["1.8%"]


def test_a_body_that_reports_its_own_figure_keeps_it():
    text = "Bank results\n\nThe Bank of England recorded a surplus of £2bn in the year to March."
    assert _sources(text)["£2bn"] == ["Bank of England"]
