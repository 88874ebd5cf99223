"""Attribution in agency-style news language: pronouns that speak for a source named just
before, passives and nouns that look like cue verbs, objects after a speech verb."""

from tracker.extraction import extract


def texts(text, lang, index=0):
    return [s.text for s in extract(text, lang, "2026-04-20").claims[index].sources]


def test_it_added_takes_the_institution_of_the_sentence_before():
    text = (
        "The port authority said 14 ships were waiting to unload. "
        "About 3,200 containers are stuck on the quay, it added."
    )
    assert texts(text, "en", 1) == ["port authority"]


def test_they_said_takes_the_officials_of_the_sentence_before():
    text = "Flooding cut off 40 villages, regional officials said. They said 900 people had been moved."
    assert texts(text, "en", 1) == ["regional officials"]


def test_sagte_er_takes_the_person_named_before_even_without_a_figure_there():
    text = (
        "Landrat Jochen Baumann machte die Trockenheit verantwortlich. "
        "Bislang seien rund 120 Hektar Wald verbrannt, sagte er am Abend."
    )
    assert texts(text, "de") == ["Landrat Jochen Baumann"]


def test_a_pronoun_inside_a_comparison_is_no_speaker():
    text = "The bureau said 310 flights were cancelled. Debt will reach $40bn, more than it predicted in May."
    assert texts(text, "en", 1) == []


def test_united_states_is_no_cue():
    text = "The United States has recorded 530 cases of the disease, the health agency said."
    assert texts(text, "en") == ["health agency"]


def test_passive_without_agent_names_no_source():
    text = "Exports in the euro area are projected to fall by 2.4%, the bank said."
    assert texts(text, "en") == ["the bank"]


def test_report_as_a_noun_is_no_cue():
    text = "Wind supplied 21% of the power, analysts at Ember said in a separate report."
    assert "separate report" not in " ".join(texts(text, "en"))


def test_no_object_after_a_verb_that_has_its_subject():
    text = "Analysts at Fitch said a new government would need at least 30 votes from the opposition."
    assert "new government" not in texts(text, "en")
    assert "Fitch" in texts(text, "en")


def test_subject_before_expected_to_say():
    text = "The watchdog is expected to say that the deficit will reach £52bn."
    assert texts(text, "en") == ["watchdog"]
