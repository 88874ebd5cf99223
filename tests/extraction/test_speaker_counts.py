"""A number that counts who speaks ("two officials told ...", "drei mit den Gesprächen vertraute
Personen sagten") is part of the attribution, not a figure of the story."""

import pytest

from tracker.extraction import extract


def claims(text, lang):
    return [(c.text, [(s.text, s.role) for s in c.sources]) for c in extract(text, lang, "2026-03-02").claims]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        (
            "Three officials told the BBC that roughly 800 homes had lost power.",
            "en",
            [("roughly 800 homes", [("Three officials", "origin"), ("BBC", "relay")])],
        ),
        (
            "Two diplomats briefed on the negotiations said some 60 detainees would be freed.",
            "en",
            [("some 60 detainees", [("Two diplomats briefed on the negotiations", "origin")])],
        ),
        (
            "Four people familiar with the budget said spending would rise by 7 percent.",
            "en",
            [("7 percent", [("Four people familiar with the budget", "origin")])],
        ),
        (
            "Zwei Diplomaten sagten, an der Grenze stünden etwa 1.500 Panzer.",
            "de",
            [("etwa 1.500 Panzer", [("Diplomaten", "origin")])],
        ),
        (
            "Drei mit den Verhandlungen vertraute Personen sagten, es gehe um 90 Geiseln.",
            "de",
            [("90 Geiseln", [("Drei mit den Verhandlungen vertraute Personen", "origin")])],
        ),
    ],
)
def test_the_count_of_the_speakers_is_no_claim_and_they_are_the_source(text, lang, expected):
    assert claims(text, lang) == expected


@pytest.mark.parametrize(
    "text, lang, figure",
    [
        ("Two officials were wounded in the blast, police said.", "en", "Two officials were wounded"),
        (
            "Zwei Beamte wurden leicht verletzt, sagte ein Sprecher.",
            "de",
            "Zwei Beamte wurden leicht verletzt",
        ),
        ("In the survey, 600 people said they would vote early.", "en", "600 people"),
    ],
)
def test_a_count_of_officials_that_is_the_news_stays_a_claim(text, lang, figure):
    assert figure in [c.text for c in extract(text, lang, "2026-03-02").claims]
