"""time/weekday_context.past_verb_before: an English past verb right before "on <weekday>" dates
a day behind the publication day, though the clause looks ahead later. Own sentences."""

from tracker.extraction import extract

PUB = "2025-05-21"  # a Wednesday


def day_of(text):
    claims = extract("Head\n\n" + text, "en", PUB).claims
    return claims[0].when.start.isoformat()


def test_a_vote_on_tuesday_about_next_year_is_behind():
    assert (
        day_of("The council voted 5-2 on Tuesday to approve a plan that will add 30 buses.") == "2025-05-20"
    )
    assert (
        day_of("Directors approved the budget on Monday to set aside $4 million for the new depot.")
        == "2025-05-19"
    )


def test_a_day_ahead_stays_ahead():
    assert day_of("The council will vote on Tuesday on a plan that adds 30 buses.") == "2025-05-27"
    assert day_of("The plan will be debated on Friday and adds 30 buses.") == "2025-05-23"
