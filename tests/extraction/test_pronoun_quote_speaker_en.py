"""A quotation whose speaker is a pronoun ("He said after the hearing: "...""), with the person
named in the sentence before: the claim's source is named after that person, and its mention is
the pronoun, the words nearest the claim (DESIGN: a back-reference names its source)."""

from tracker.extraction import extract

TEXT = (
    "The hearing was attended by trust chair Martin Coyle, who had hired her in 2019. "
    'He told reporters: "We are a small charity with 210 volunteers, and she let every one of them down."'
)


def _source(text, figure):
    out = extract(text, "en", "2026-03-02")
    claim = next(c for c in out.claims if c.text.startswith(figure))
    return claim.sources, out.quotes


def test_the_pronoun_is_the_mention_and_the_person_the_name():
    sources, quotes = _source(TEXT, "210")
    assert [(m.name, m.text) for m in sources] == [("Martin Coyle", "He")]
    assert TEXT[sources[0].start : sources[0].end] == "He"
    assert quotes[0].speaker.name == "Martin Coyle"


def test_a_named_speaker_keeps_the_name_as_mention():
    text = TEXT.replace("He told reporters", "Coyle told reporters")
    sources, _ = _source(text, "210")
    assert [m.text for m in sources] == ["Coyle"]


def _speaker(text):
    return [q.speaker.name for q in extract(text, "en", "2026-03-02").quotes]


def test_the_listener_after_told_is_no_speaker():
    text = TEXT.replace("He told reporters", "Coyle told the BBC")
    assert _speaker(text) == ["Coyle"]


def test_an_adverb_after_said_is_no_speaker():
    assert _speaker(TEXT.replace("He told reporters", "He said afterwards")) == ["Martin Coyle"]


def test_a_speaker_after_the_verb_still_speaks_without_a_subject_before_it():
    assert _speaker(TEXT.replace("He told reporters", "Then said Coyle")) == ["Coyle"]
    assert _speaker(TEXT.replace("He told reporters", "Asked why, said Coyle")) == ["Coyle"]


def test_a_pronoun_speaker_of_a_later_paragraph_keeps_its_words_as_mention():
    text = (
        'Trust chair Martin Coyle said the theft was "a betrayal of everyone here".\n\n'
        'He told reporters: "We are a small charity with 210 volunteers, and she let them down."'
    )
    sources, _ = _source(text, "210")
    assert [(m.name, m.text) for m in sources] == [("Trust chair Martin Coyle", "He")]
