"""claims/dated.period_before_for_a_base: a change's base in a sentence that takes its season or
year from the sentence before is of the season before; attendances count spectators. Own
sentences."""

from tracker.extraction import extract


def claims(text, pub="2025-10-20"):
    return {c.text: c for c in extract("Head\n\n" + text, "en", pub).claims}


def test_the_base_of_a_carried_season_is_the_season_before():
    got = claims(
        "Ticket income rose by 8% last season to 3.2 million pounds. "
        "That came as attendances climbed from 9,150 to 9,870, the club said."
    )
    assert got["9,150"].when.start.isoformat() == "2023-07-01"
    assert got["9,870"].when.start.isoformat() == "2024-07-01"
    assert got["9,150"].unit == got["9,870"].unit == "spectator"


def test_a_sentence_with_its_own_period_keeps_it():
    got = claims("Ticket income rose by 8% last season. Attendances climbed from 9,150 in 2022 to 9,870.")
    assert got["9,150"].when.start.isoformat() == "2022-01-01"
