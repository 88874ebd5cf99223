"""English: a lone unknown name right after "where" in a speaker's sentence is the place a figure
was measured at ("..., where Milbrook reported 3.1 inches"), not a second speaker taking the
figure from the one who opens the sentence; a body or a description there still speaks."""

from tracker.extraction import extract


def sources_by_figure(text):
    out = extract(text, "en", "2026-03-02")
    return {c.text: [s.text for s in c.sources] for c in out.claims}


def test_a_town_after_where_leaves_the_figure_to_the_outer_speaker():
    got = sources_by_figure(
        "Forecaster Ella Brandt said the strongest gusts hit the coast, where Porthaven reported 84 mph."
    )
    assert got["84 mph"] == ["Forecaster Ella Brandt"]


def test_a_description_after_where_still_speaks():
    got = sources_by_figure(
        "The army said it had shelled a depot near the town, where local officials said 6 people died."
    )
    assert list(got.values()) == [["local officials"]]


def test_a_known_body_after_where_still_speaks():
    got = sources_by_figure("The mayor said the river rose in Ostend, where the UN reported 900 evacuees.")
    assert got["900 evacuees"] == ["UN"]


def test_a_body_citing_others_in_an_aside_before_its_verb_speaks():
    got = sources_by_figure("The Riverside Aid Group, citing nurses at Holm Hospital, said 52 were hurt.")
    assert list(got.values()) == [["Riverside Aid Group"]]


def test_a_name_inside_the_sentence_before_a_citing_aside_is_no_subject():
    """ "told the Riverside Aid Group, citing ...": the name does not open its clause."""
    got = sources_by_figure("Officials told the Riverside Aid Group, citing nurses, that 52 were hurt.")
    assert all("Riverside Aid Group" not in v for v in got.values())
