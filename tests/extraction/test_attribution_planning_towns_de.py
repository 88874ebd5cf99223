"""German: a town or district that plans its own budget ("Die Gemeinde will ... investieren",
"plant der Landkreis mit ...") is the source of the plan's figures, like a government that
plans (issue #14)."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [s.text for s in c.sources] for c in extract(text, "de", "2026-12-01").claims}


def test_a_town_as_the_subject_of_a_planning_verb():
    got = _sources("Die Gemeinde will im kommenden Jahr 3,2 Millionen Euro in ihre Schulen investieren.")
    assert [t.removeprefix("Die ") for t in got["3,2 Millionen Euro"]] == ["Gemeinde"]


def test_a_district_after_the_planning_verb():
    got = _sources("Für die Kreisstraßen plant der Landkreis im Haushalt 2027 mit 8,4 Millionen Euro.")
    assert [t.removeprefix("der ") for t in got["8,4 Millionen Euro"]] == ["Landkreis"]


def test_a_town_that_does_not_plan_counts_nothing():
    got = _sources("In der Stadt leben 48.000 Menschen.")
    assert got["48.000 Menschen"] == []
