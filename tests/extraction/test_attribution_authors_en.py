"""English: an information noun and its author ("a survey by Ipsos", "data from the customs
office compiled by Bloomberg"): the author is the source, named by the whole phrase; who
compiled the data relays it (DESIGN.md: origin and relay in a chain). A report's noun is no
cue verb ("The next jobs report, covering May, is due")."""

from tracker.extraction import extract


def _sources(text: str) -> list[tuple[str, str, str]]:
    claim = extract(text, "en", "2026-03-02").claims[0]
    return [(s.text, s.name, s.role) for s in claim.sources]


def test_data_from_a_body_is_one_mention_of_that_body():
    got = _sources("Steel output fell 2.3% in June, according to data from the Bureau of Mines.")
    assert [(t, r) for t, _, r in got] == [("data from the Bureau of Mines", "origin")]


def test_who_compiled_the_data_of_a_body_relays_it():
    got = _sources(
        "Coal imports rose 6.1% in June, according to data from the customs office compiled by Bloomberg."
    )
    assert [(n, r) for _, n, r in got][-1] == ("Bloomberg", "relay")
    assert len(got) == 2 and got[0][0] == "data from the customs office"


def test_a_named_release_before_from_keeps_its_own_name():
    """ "ONS figures from ..." name their source themselves: no merging over "from"."""
    got = _sources("Output fell 2.3% in the year, according to ONS figures from the Treasury.")
    assert got[0][0] == "ONS figures"


def test_a_bare_noun_before_from_and_no_body_stays_as_it_was():
    got = _sources("Output fell 2.3% in the year, according to figures from Tuesday.")
    assert [t for t, _, _ in got] == ["figures"]


def test_a_report_from_a_body_after_its_qualifiers_is_one_mention_of_that_body():
    got = _sources(
        "Admissions fell to 8.4 per 100,000, according to the latest weekly surveillance report "
        "from the Public Health Agency."
    )
    assert [(t, r) for t, _, r in got] == [
        ("latest weekly surveillance report from the Public Health Agency", "origin")
    ]


def test_report_as_the_noun_of_a_phrase_before_is_is_no_cue_verb():
    text = (
        "Jobs data\n\n"
        "The next quarterly wages report, covering June, is due on July 9.\n\n"
        "About 2 million workers lost their jobs in the 2009 recession."
    )
    assert all(c.sources == () or list(c.sources) == [] for c in extract(text, "en", "2026-03-02").claims)


def test_report_as_a_verb_after_the_plural_subject_stays_a_cue():
    assert _sources("The officials report, however, that 40 people died.")[0][0] == "officials"
