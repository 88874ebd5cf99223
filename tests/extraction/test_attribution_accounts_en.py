"""English accounts (issue #14): a company or club presenting its own results as subject, a
share of what a release counted over a paragraph break, a body referred back to keeping what
its account counted, the body named again by nearer words, a closing attribution of a lead
without figures."""

from tracker.extraction import extract
from tracker.extraction.discourse_stage.accounts_en import clause_subject, predicate
from tracker.extraction.discourse_stage.stage import sentence_names
from tracker.extraction.text.sentences import sentences


def _sources(text: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def test_a_club_as_subject_of_its_results_is_their_source():
    text = (
        "Harbury Rovers post loss\n\n"
        "HARBURY Rovers made a loss of £6.2m in the year to May 2025, with debt rising to £40.5m.\n\n"
        "Ticket income fell by about £900,000, while wages went up by £300,000.\n\n"
        "Having sold two strikers the year before, the club made only £120,000 from transfers this time."
    )
    found = _sources(text)
    assert found["£6.2m"] == found["£40.5m"] == ["HARBURY Rovers made"]
    assert found["about £900,000"] == found["£300,000"] == ["HARBURY Rovers made"]
    assert found["£120,000"] == ["the club"]


def test_a_player_or_a_force_doing_the_counted_thing_is_no_results_subject():
    found = _sources("Police made 38 arrests on Friday. Jordan Pell made 112 runs before lunch.")
    assert found["38 arrests"] == []
    assert all(not v for k, v in found.items() if "112" in k)


def test_a_company_reaffirming_its_outlook_is_its_source():
    text = (
        "Marlow Instruments Inc reported quarterly results on Tuesday.\n\n"
        "Marlow reaffirmed its outlook for the year and expects sales to grow by 5 percent."
    )
    assert _sources(text)["5 percent"] == ["Marlow reaffirmed"]


def test_a_share_of_what_the_release_counted_goes_on_over_a_paragraph_break():
    text = (
        "Whooping cough rises\n\n"
        "The rise follows new figures from the Health Protection Board showing 210 confirmed cases "
        "since January.\n\n"
        "About 30 per cent of cases were in babies, the youngest group."
    )
    assert _sources(text)["About 30 per cent"] == ["the Health Protection Board showing"]


def test_a_prose_paragraph_that_names_no_one_ends_the_account_of_a_body_referred_back_to():
    text = (
        "Some 12,400 people were granted visas in the quarter, the Home Office said.\n\n"
        "Nearly half of them came from two countries, and the department said 48 per cent were "
        "students.\n\n"
        "There were 9,850 applications pending at the end of March, covering 11,900 people. "
        "A year earlier the figures were 8,100 applications and 9,700 people."
    )
    found = _sources(text)
    assert found["48 per cent"] == ["department"]
    # prose: the last paragraph does not name the department again (breaks_en.names_it_back)
    assert found["9,850 applications"] == found["11,900 people"] == []
    assert found["8,100 applications"] == found["9,700 people"] == []


def test_a_ranking_predicate_is_no_other_body():
    text = "Coastway Rail was the most punctual operator over the period, with a score of 81.6%."
    s = sentences(text, "en")[0]
    (m,) = sentence_names(text, s, "en")
    assert m.text == "most punctual operator" and predicate(s, m)
    other = "The most punctual operator was Coastway Rail, with a score of 81.6%."
    s2 = sentences(other, "en")[0]
    assert not any(predicate(s2, x) for x in sentence_names(other, s2, "en"))


def test_the_body_named_again_reaches_back_by_the_nearer_words():
    text = (
        "According to the latest figures from the Civil Aviation Authority (CAA), 71% of flights "
        "left on time.\n\n"
        "Counting cancelled flights, the figure falls to 66%. CAA said nine airlines had cut routes."
    )
    assert _sources(text)["66%"] == ["CAA"]


def test_a_lead_closed_by_its_attribution_reaches_the_next_paragraph():
    text = (
        "Rents rise again\n\n"
        "Rents climbed for a sixth month in a row in April, the Eastfield Lettings Group said on Friday.\n\n"
        "The 0.6 per cent rise was the smallest since November."
    )
    assert _sources(text)["0.6 per cent"] == ["Eastfield Lettings Group"]


def test_a_body_opening_a_clause_of_its_own_is_another_bodys_figure():
    text = (
        "Rents rose 2.1 per cent in May, the lettings index showed. Wages have been flat at 1.5 per "
        "cent, and the Bank of England has set aside £3 billion for housing."
    )
    s = sentences(text, "en")[1]
    (m,) = [x for x in sentence_names(text, s, "en") if "Bank" in x.text]
    assert clause_subject(s, m)
    s0 = sentences(text, "en")[0]
    assert not any(clause_subject(s0, x) for x in sentence_names(text, s0, "en"))


_HEARING = (
    "Bookkeeper stole from charity\n\n"
    "Lena Voss took cash from the collection tins of a hospice charity over a period of eight weeks, "
    "the jury at Marlow Crown Court was told.\n\n"
)


def test_an_account_that_only_said_how_long_goes_on_with_any_figure_over_the_break():
    found = _sources(_HEARING + "She kept 430 receipts in a shoebox under her desk.")
    assert found["430 receipts"] == found["eight weeks"]


def test_a_figure_as_subject_of_had_been_in_a_later_clause_is_an_outcome_not_background():
    text = _HEARING + "The losses emerged when a trustee found that 96 tins had been emptied before banking."
    found = _sources(text)
    assert found["96 tins"] == found["eight weeks"]


def test_after_an_account_of_how_long_a_break_of_the_account_still_ends_it():
    found = _sources(_HEARING + "Meanwhile, 300 volunteers joined the hospice last year.")
    assert found["300 volunteers"] == []


def test_had_been_after_a_figure_in_a_relative_clause_stays_background():
    text = _HEARING + "In 2019 the shop, which employed 40 volunteers, had been closed."
    assert _sources(text)["40 volunteers"] == []


def test_a_body_named_again_by_name_doing_the_counted_thing_takes_no_account():
    text = (
        "The union said 1,200 drivers had joined the picket lines.\n\n"
        "The operator, Redline Coaches, said 40% of its services were running.\n\n"
        "Redline employs roughly 2,100 people in the region."
    )
    found = {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}
    assert found["40%"] != []
    assert found["roughly 2,100 people"] == []


def test_a_body_named_again_that_cut_jobs_after_a_relative_clause_takes_no_account():
    text = (
        "Redline Coaches said on Monday that revenue rose 8% to £40 million. "
        "Redline, which employs roughly 2,100 people, cut about 300 jobs last year as part of a plan."
    )
    found = {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}
    assert found["8%"] == ["Redline Coaches"]
    assert found["about 300 jobs"] == []


def test_a_relative_clause_without_an_acting_verb_after_it_keeps_the_account():
    text = (
        "Redline Coaches said 40% of its services were running.\n\n"
        "Redline, which runs 14 depots, expects 12% fewer riders this week."
    )
    found = {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}
    assert found["12%"] == ["Redline"]


def test_a_sentence_opening_with_a_capital_but_no_acting_verb_still_takes_the_account():
    text = "Redline Coaches said 40% of its services were running. Ridership fell 12% on the day."
    found = {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}
    assert found["12%"] == ["Redline Coaches"]


def test_a_company_keeping_its_forecast_is_its_source():
    text = (
        "Marlow Instruments Inc reported quarterly results on Tuesday.\n\n"
        "The company kept its full-year forecast for adjusted earnings of $2.10 to $2.30 per share."
    )
    assert _sources(text)["$2.10 to $2.30"] == ["The company kept"]


def test_a_company_keeping_staff_is_no_results_subject():
    text = "Marlow Instruments Inc reported quarterly results on Tuesday.\n\nThe company kept 300 staff on."
    assert _sources(text)["300 staff"] == []
