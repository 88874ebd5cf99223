"""English: the words after a headline's closing dash name the source of the headline's figures
("More than 900 homes flooded in Harwick – county fire chief") when they are a known source, end
in a body's or role's noun or name a source the body names; a topic after a dash names none."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-11").claims}


def test_a_role_after_the_dash_is_the_headline_source():
    got = _sources(
        "More than 900 homes flooded in Harwick – county fire chief\n\nRivers burst their banks on Sunday.\n"
    )
    assert [v for k, v in got.items() if "900" in k] == [["county fire chief"]]


def test_a_topic_after_the_dash_is_none():
    got = _sources(
        "More than 900 homes flooded in Harwick – live updates\n\nRivers burst their banks on Sunday.\n"
    )
    assert [v for k, v in got.items() if "900" in k] == [[]]


def test_a_figure_after_the_dash_is_no_source():
    got = _sources("Storm in Harwick – 900 homes flooded\n\nRivers burst their banks on Sunday.\n")
    assert [v for k, v in got.items() if "900" in k] == [[]]
