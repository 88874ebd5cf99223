"""English: a closing attribution whose sentence goes on under "it"/"they" about what the
sentence before counted also covers that sentence across a paragraph break (DESIGN: the body
presenting its release is the source of every figure of it)."""

from tracker.extraction import extract


def _sources(text: str) -> dict[str, list[str]]:
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


_BEFORE = (
    "Fewer drivers failed their tests in May.\n\n"
    "The backlog stood at 512,000 tests at the end of the month.\n\n"
)


def test_a_pronoun_subject_under_a_closing_source_covers_the_sentence_before():
    found = _sources(_BEFORE + "Counted by centre, it fell to 41,000 from 44,500, according to the DVSA.")
    assert found["512,000 tests"] == found["41,000"] == ["the DVSA"]


def test_a_new_subject_under_a_closing_source_covers_only_its_own_sentence():
    found = _sources(_BEFORE + "Pass rates rose to 48% from 47%, according to the DVSA.")
    assert found["512,000 tests"] == []


def test_a_sentence_before_with_a_source_of_its_own_keeps_it():
    text = (
        "Fewer drivers failed their tests in May.\n\n"
        "The backlog stood at 512,000 tests at the end of the month, the AA said.\n\n"
        "Counted by centre, it fell to 41,000 from 44,500, according to the DVSA."
    )
    assert _sources(text)["512,000 tests"] == ["the AA"]
