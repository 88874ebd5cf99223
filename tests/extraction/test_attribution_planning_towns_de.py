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


def test_a_name_after_a_fronted_infinitive_and_its_planning_verb():
    got = _sources("Investieren will Lindenau im kommenden Jahr 6,8 Millionen Euro.")
    assert got["6,8 Millionen Euro"] == ["Lindenau"]
    got = _sources("Einsparen will Kämmerin Ute Lenz 2 Millionen Euro.")
    assert got["2 Millionen Euro"] == ["Kämmerin Ute Lenz"]


def test_an_object_after_the_planning_verb_of_a_town_ending_in_en_is_no_subject():
    # "Lindenau" has no article; a town ending like an infinitive ("Holzhausen") opens the
    # sentence and the infinitive closes it: the capitalised word after "will" is its object
    got = _sources("Holzhausen will Geld für 40 neue Wohnungen ausgeben.")
    assert "Geld" not in got["40 neue Wohnungen"]
