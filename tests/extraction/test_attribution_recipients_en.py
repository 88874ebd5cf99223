"""English: a body the figures are reported to ("reported ... to WHO") is a source beside the
body that reports them (DESIGN.md: origin and relay in a chain)."""

from tracker.extraction import extract


def sources_by_figure(text):
    out = extract(text, "en", "2026-03-02")
    return {c.text: [s.text for s in c.sources] for c in out.claims}


def test_the_body_a_ministry_reports_to_is_a_source_beside_it():
    got = sources_by_figure("Malawi's health ministry reported 58 cholera deaths to the WHO on Friday.")
    assert list(got.values()) == [["Malawi's health ministry", "WHO"]]


def test_a_person_reported_to_is_no_source():
    got = sources_by_figure("The ministry reported 58 suspected cases to its minister, Ana Tembo, on Friday.")
    assert all("Ana Tembo" not in " ".join(v) for v in got.values())


def test_a_body_in_another_clause_after_to_is_no_recipient():
    got = sources_by_figure("The ministry reported 58 cases, and aid flights went to the WHO depot.")
    assert all("WHO" not in " ".join(v) for v in got.values())
