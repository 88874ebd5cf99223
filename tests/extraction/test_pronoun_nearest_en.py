"""English: a speaker named early in a sentence and spoken for again by "which he said" closer to
the figure: the figure's mention is the pronoun (the words nearest it), its name the speaker's."""

from tracker.extraction import extract


def _sources(text):
    return {c.text: [(m.name, m.text) for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}


def test_which_he_said_is_the_mention_of_the_named_speaker():
    got = _sources(
        "Army spokesman Ivan Sorel said the raid was revenge for the blast, which he said killed 41 men."
    )
    assert list(got.values()) == [[("Ivan Sorel", "he")]]


def test_said_it_expects_keeps_the_subject_that_said_it():
    """ "said it expects": the pronoun is the reported clause's subject, not a new attribution."""
    got = _sources("The Harwick company said it expects sales of about £1.2 billion this year.")
    assert [t for _, t in next(iter(got.values()))] == ["Harwick company"]


def test_a_pronoun_of_another_class_is_not_the_mention():
    got = _sources("Army spokesman Ivan Sorel said the raid hit the depot, which it said held 300 shells.")
    assert [t for _, t in next(iter(got.values()))] != ["it"]
