"""English releases and accounts (issue #14, 14l): the subject of an inverted "..., said X" is X,
a place that counts within a body's release, a source named in the paragraph over one carried
from the paragraph before, a release that goes on listing regions, analysts' consensus and the
share price in results."""

from tracker.extraction import extract


def _sources(text: str) -> dict[str, list[str]]:
    """Claim text -> the texts of its sources."""
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}


def test_an_inverted_speech_verb_takes_the_name_after_it_not_the_object_before_a_relative_clause():
    found = _sources(
        "Six engines fought the fire, which was under control by midnight, said Tarrow County Fire Service."
    )
    assert found["Six engines fought"] == ["Tarrow County Fire Service"]


def test_a_place_that_recorded_figures_within_a_release_is_no_source():
    text = (
        "Mumps cases climb\n\n"
        "In a bulletin on Monday, the Northern Health Board reported 48 new mumps cases in the "
        "fortnight to 3 March.\n\n"
        "Since the start of the season, Kelderland has recorded 390 cases, 120 of them in January."
    )
    found = _sources(text)
    assert found["390 cases"] == ["the Northern Health Board"]


def test_a_place_without_a_release_before_it_keeps_what_the_sentence_gives():
    found = _sources("Kelderland has recorded 390 cases since the start of the season.")
    assert found["390 cases"] == ["Kelderland"]


def test_a_closing_attribution_in_the_paragraph_beats_a_source_carried_from_the_one_before():
    text = (
        "Mumps cases climb\n\n"
        "A further 30 cases were in the south, according to the bulletin.\n\n"
        "In the past month there have been 95 new cases. Two-thirds of them (64 cases) were in "
        'the north, where outbreaks "may have peaked", the Northern Health Board said.'
    )
    found = _sources(text)
    assert found["95 new cases"] == ["the Northern Health Board"]
    assert found["64 cases"] == ["the Northern Health Board"]


def test_a_month_s_figure_is_no_other_body_s():
    text = (
        "Shop prices rise\n\n"
        "Shop price inflation rose to 2.6% in May, the Retail Consortium of Norland said.\n\n"
        "Food inflation, which leaves out drink, also rose, to 3.9% from April's 3.4%."
    )
    found = _sources(text)
    assert found["3.9%"] == found["3.4%"] == ["the Retail Consortium of Norland"]


def test_elsewhere_in_a_prose_paragraph_of_its_own_names_no_release():
    text = (
        "Mumps cases climb\n\n"
        "In the six weeks to 1 March there were 210 confirmed cases. Most of them (120 cases) were "
        'in the north, where numbers "appear to be falling", the NHB said.\n\n'
        "Elsewhere, Dunmore had 40 of these cases and Kelby 25."
    )
    found = _sources(text)
    assert found["210 confirmed cases"] == ["the NHB"]
    assert found["40 of these"] == []  # prose: the paragraph does not name the board again


def test_elsewhere_still_ends_a_person_s_account():
    text = (
        "Mumps cases climb\n\n"
        "Dr Ana Price said there were 210 confirmed cases in the north.\n\n"
        "Elsewhere, Dunmore had 40 cases."
    )
    assert _sources(text)["40 cases"] == []


def test_an_acronym_has_the_name_it_was_introduced_with():
    text = (
        "Rail delays\n\n"
        "According to figures from the Office of Rail Standards (ORS), 58.2% of trains ran on time.\n\n"
        "ORS said 12 operators missed their targets. The regulator said 14 days were lost to storms."
    )
    names = {c.text: [m.name for m in c.sources] for c in extract(text, "en", "2026-05-02").claims}
    assert names["12 operators"] == names["14 days"] == names["58.2%"]  # "figures from X" is one mention of X


def test_a_paragraph_of_one_release_under_two_names_keeps_its_account_in_the_paragraph():
    text = (
        "Mumps cases climb\n\n"
        "In its weekly bulletin, the Northern Health Board reported 48 new cases.\n\n"
        "The total since October stands at 390 cases, according to the bulletin.\n\n"
        "In the past month there were 95 cases. Most of them (64 cases) were in the north, the NHB said.\n\n"
        "Elsewhere, Dunmore had 20 of these cases."
    )
    found = _sources(text)
    assert found["95 cases"] == found["64 cases"] == ["the NHB"]
    assert found["20 of these"] == []  # prose: "Elsewhere, ..." does not name the board again


def test_an_attribution_without_figures_closing_the_next_sentence_beats_a_carried_account():
    text = (
        "Mumps cases climb\n\n"
        "The Northern Health Board reported 48 new cases on Monday.\n\n"
        "Overall, 60% of cases were in children. The rest were in adults, according to the weekly report."
    )
    assert _sources(text)["60%"] == ["weekly report"]


def test_a_release_is_not_carried_over_a_prose_break_to_a_closing_attribution_paragraph():
    text = (
        "Greens gain seats\n"
        "The Greens won more than 300 council seats on Thursday, according to a tally by Radio Norland.\n"
        "The ruling party lost 210 seats. Turnout was 29%, the Returning Office said."
    )
    found = _sources(text)
    assert found["210 seats"] != found["more than 300 council seats"]  # prose: the tally ends
    assert found["29%"] == ["Returning Office"]


def test_a_forecaster_in_a_relative_clause_or_with_then_is_the_source():
    text = (
        "Heating costs\n\n"
        "The cap will fall to £1,600 a year, according to analysts at Pellby Energy.\n\n"
        "That is below the £1,650 that Pellby Energy had forecast in March.\n\n"
        "Pellby Energy then expects the cap to rise to £1,620 in October."
    )
    found = _sources(text)
    assert found["£1,650"] == ["Pellby Energy"]
    assert found["£1,620"] == ["Pellby Energy"]


def test_an_earlier_forecast_in_the_pluperfect_carries_to_nothing():
    text = (
        "Heating costs\n\n"
        "That is below the £1,650 that Pellby Energy had forecast in March.\n\n"
        "The average bill was £1,700 a year in April 2025."
    )
    assert _sources(text)["£1,700"] == []


def test_the_analysts_consensus_is_the_source_of_its_figure_in_results():
    text = (
        "Barrowby Stores results\n\n"
        "The discount chain said it expects profit of about £610 million this year, below analysts' "
        "consensus of £655 million.\n\n"
        "Barrowby said profit rose 4% to £598 million, ahead of the £590 million LSEG-compiled consensus."
    )
    found = _sources(text)
    assert found["£655 million"] == ["analysts' consensus"]
    assert found["£590 million"] == ["LSEG-compiled consensus"]
    assert found["£598 million"] == ["Barrowby"]


def test_a_share_price_after_a_sentence_about_the_shares_has_no_source():
    text = (
        "Barrowby Stores results\n\n"
        "Barrowby Stores said profit rose 4% to £598 million.\n\n"
        "The outlook sent the company's shares lower last week.\n\n"
        "On Friday Barrowby recovered some ground, climbing 2.4% to 312 pence in London."
    )
    found = _sources(text)
    assert found["2.4%"] == found["312 pence"] == []


def test_a_company_raising_its_dividend_declares_it():
    text = (
        "Barrowby Stores results\n\n"
        "Pretax profit rose 12% to £402 million, the retailer said.\n\n"
        "Barrowby raised its final dividend to 9.1 pence a share from 8.4 pence."
    )
    assert _sources(text)["9.1 pence"] == ["Barrowby raised"]


def test_a_body_that_has_warnings_in_force_is_their_source():
    found = _sources("The Rivers Agency has four severe flood warnings in force in the county.")
    assert found["four severe flood warnings"] == ["The Rivers Agency"]


def test_a_sentence_about_another_body_without_figures_ends_the_account():
    text = (
        "Floods\n\n"
        "The Rivers Agency has four severe flood warnings in force.\n\n"
        "Members of the Crews Union were called back to work because of the storm.\n\n"
        "Overnight, about 90 people were moved out of their homes near the river."
    )
    assert _sources(text)["about 90 people"] == []


def test_a_where_clause_with_its_own_source_keeps_the_speaker_of_the_main_clause_out():
    found = _sources(
        "The army said on Monday it had hit a fuel store in the town of Varno, where local officials "
        "said three people were killed and 20 injured."
    )
    assert found["three people were killed"] == found["20 injured"] == ["local officials"]


def test_the_subject_of_a_reported_clause_with_its_own_auxiliary_is_no_second_source():
    found = _sources("The regional governor, Ivan Serkov, said enemy forces had fired 14 drones at the port.")
    assert found["14 drones"] == ["regional governor, Ivan Serkov"]


def test_the_pollster_after_polled_by_relays_the_group_s_expectation():
    found = _sources(
        "That beat the forecasts of analysts polled by Bloomberg, who had looked for growth of 1.2%."
    )
    assert found["1.2%"] == ["analysts", "Bloomberg"]


def test_a_plain_sentence_without_figures_does_not_stop_a_release_over_the_break():
    text = (
        "Mumps cases climb\n\n"
        "The Northern Health Board said there were 120 confirmed cases this year.\n\n"
        "Of these, 70 are in Dunmore. Kelby has the next highest number of cases.\n\n"
        "Twelve cases have been recorded in Ardley."
    )
    assert _sources(text)["Twelve cases"] == _sources(text)["70"]


def test_a_body_that_has_committed_to_a_target_is_another_body():
    text = (
        "Emissions fall\n\n"
        "Emissions fell 4% last year, according to the research group Carbon Watch.\n\n"
        "Emissions are now 30% below 1990 levels. The EU has committed to cutting them by 55% by 2030."
    )
    assert _sources(text)["55%"] == []


def test_a_british_broadcaster_told_the_figure_relays_it():
    found = _sources("Crews answered about 2,300 calls on Monday, the council leader told Sky News.")
    assert found["about 2,300 calls"][-1] == "Sky News"


def test_a_quotation_of_a_person_named_by_role_does_not_go_on_like_a_body_s_release():
    text = (
        '"The new jet is what our network needs," said Harlow Air chairman Omar Reyes. Storms hit '
        "the west coast overnight In the council vote, the Green candidate won with 41.2% of the vote."
    )
    assert _sources(text)["41.2%"] == []


def test_a_plural_noun_opening_the_sentence_is_no_place_a_release_counted():
    text = (
        "In its update, the Northern Health Board reported 48 new cases.\n\n"
        "Clinics also reported that 91% of beds were in use."
    )
    assert _sources(text)["91%"] == ["Clinics"]


def test_a_body_s_full_quotation_does_not_close_the_figures_before_it():
    text = (
        "The firm employs 40 staff in 12 countries. Its sales rose 8% to $2.1bn. "
        '"We expect about 300 orders," the trade ministry said.'
    )
    found = _sources(text)
    assert found["40 staff"] == found["12 countries"] == []
