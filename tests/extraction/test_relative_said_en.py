"""English: a figure whose noun a relative clause of speech follows ("the 1,400 homes that the
county said had flooded") comes from that clause's speaker alone; the figures before it keep the
sentence's other source (discourse_stage/expected_en.py)."""

from tracker.extraction import extract


def _texts(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}


def test_each_figure_keeps_the_source_of_its_own_clause():
    got = _texts(
        "Engineers expect the bill to rise by 30% as crews pump out the 1,400 homes"
        " that county officials said had flooded."
    )
    assert got["30%"] == ["Engineers"]
    assert got["1,400 homes"] == ["county officials"]


def test_one_source_for_both_figures_stays():
    got = _texts("County officials said the bill would rise by 30% and that 1,400 homes had flooded.")
    assert got["30%"] == got["1,400 homes"] == ["County officials"]


def test_a_relative_clause_without_speech_splits_nothing():
    got = _texts(
        "Engineers said the bill would rise by 30% as crews pump out the 1,400 homes that the river flooded."
    )
    assert got["30%"] == got["1,400 homes"]
