"""English: a target stated after a release's figures is no part of the release's account
(``discourse_stage/targets_en.py``)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-04-14").claims}


def test_a_target_line_takes_no_source_from_the_release_before():
    text = (
        "Clinic waits\n\n"
        "The latest figures show 58.4% of patients were seen within six weeks.\n\n"
        "The target is 80% by December."
    )
    found = _sources(text)
    assert found["58.4%"] == ["latest figures"]
    assert found["80%"] == []


def test_an_interim_goal_takes_no_source_either():
    text = "The latest figures show 58.4% of patients were seen within six weeks. The interim goal is 70%."
    assert _sources(text)["70%"] == []


def test_a_figure_line_after_the_release_still_takes_it():
    text = (
        "Clinic waits\n\n"
        "The latest figures show 58.4% of patients were seen within six weeks.\n\n"
        "That is up from 55.1% a month earlier."
    )
    assert _sources(text)["55.1%"] == ["latest figures"]
