"""English wire copy (issue #14, 14k): a role of several words before a name, a company as
the owner of its own results inside a noun phrase, an account going on over one-sentence
paragraphs."""

from tracker.extraction import extract


def _sources(text: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def _names(text: str) -> dict[str, list[str]]:
    return {c.text: [m.name for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def test_a_chief_executive_is_named_by_the_name_after_the_role():
    found = _names("Chief executive Lena Ostrova said the bakery chain would shut 40 branches.")
    assert found["40 branches"] == ["Lena Ostrova"]
