"""English attribution forms: estimating "pegged ... at", a city's name inside another body's
name ("the Glasgow Ambulance Service counted"), a group's forecasts beside a company's results
("topping economists' estimates of ...")."""

from tracker.extraction import extract


def sources_by_figure(text):
    out = extract(text, "en", "2026-03-02")
    return {c.text: [s.text for s in c.sources] for c in out.claims}


def test_a_person_with_a_role_who_pegged_a_cost_is_its_source():
    got = sources_by_figure("Finance director Omar Hale pegged the cost of the new terminal at $640 million.")
    assert got == {"$640 million": ["Finance director Omar Hale"]}


def test_a_body_that_pegs_a_toll_is_its_source():
    got = sources_by_figure("The health ministry pegs the number of infections at 3,100.")
    assert got == {"3,100": ["health ministry"]}


def test_a_passive_pegged_without_agent_names_no_source():
    got = sources_by_figure("The carrier's annual fuel bill was pegged at $3 billion.")
    assert got == {"$3 billion": []}


def test_a_city_before_a_service_s_name_is_part_of_that_name():
    got = sources_by_figure("The Paris Ambulance Service counted 73 call-outs on Monday.")
    assert got == {"73 call-outs": ["The Paris Ambulance Service"]}


def test_a_city_alone_still_stands_for_its_government():
    got = sources_by_figure("Beijing said 20 people were hurt.")
    assert list(got.values()) == [["Beijing"]]


def test_a_city_before_a_role_and_name_leaves_the_person():
    got = sources_by_figure("London Mayor Sadiq Khan said 46 people were hurt.")
    assert list(got.values()) == [["Mayor Sadiq Khan"]]


def test_economists_estimates_of_a_figure_are_theirs_not_the_company_s():
    got = sources_by_figure(
        "Halden Foods reported revenue of $2.1 billion, short of economists' estimates of $2.3 billion."
    )
    assert got["$2.1 billion"] == ["Halden Foods"]
    assert got["$2.3 billion"] == ["economists' estimates"]


def test_a_company_s_own_forecast_stays_the_company_s():
    got = sources_by_figure(
        "Halden Foods reported revenue of $2.1 billion, above the company's forecast of $2.0 billion."
    )
    assert got["$2.0 billion"] == ["Halden Foods"]


def test_a_body_named_back_that_acts_takes_no_account_of_the_sentence_before():
    got = sources_by_figure(
        "Orders at the shipyard rose to 14 vessels in 2025, Calder Marine said on Tuesday. "
        "The operator also shed 300 welders. Its yards delivered 9 ferries."
    )
    assert got == {"14 vessels": ["Calder Marine"], "300 welders": [], "9 ferries": []}


def test_a_sentence_without_an_acting_body_goes_on_with_the_account():
    got = sources_by_figure(
        "Orders at the shipyard rose to 14 vessels in 2025, Calder Marine said on Tuesday. "
        "Cancellations also rose to 300."
    )
    assert list(got.values()) == [["Calder Marine"], ["Calder Marine"]]


def test_an_acting_verb_needs_a_figure_in_its_object():
    from tracker.extraction.discourse_stage.actors_en import acts

    assert acts(["the", "retailer", "also", "sold", "48,000", "bikes", "."])
    assert acts(["it", "now", "deployed", "120", "engineers", "."])
    assert not acts(["it", "sold", "the", "unit", "for", "a", "song", "."])
    assert not acts(["prices", "sold", "off", "by", "3", "%", "."])
    assert not acts(["it", "added", "200", "jobs", "."])  # "it added": speech as well


def test_the_cited_origin_named_back_keeps_its_relay():
    out = extract(
        "The merger would create a lender worth about $30 billion, the Daily Courier reported, citing "
        "sources close to the board. Staff would fall by 4,000, the sources said.",
        "en",
        "2026-03-02",
    )
    second = out.claims[-1]
    assert [(s.text, s.role) for s in second.sources] == [
        ("sources", "origin"),
        ("the Daily Courier", "relay"),
    ]


def test_an_origin_that_names_no_one_cited_before_takes_no_relay():
    out = extract(
        "The merger would create a lender worth about $30 billion, the Daily Courier reported, citing "
        "sources close to the board. Staff would fall by 4,000, the union said.",
        "en",
        "2026-03-02",
    )
    assert [s.text for s in out.claims[-1].sources] == ["the union"]


def test_by_its_reckoning_stands_for_the_carried_body():
    out = extract(
        "The Resolution Foundation expects real wages to fall 1.2% this year. "
        "That would leave pay £400 below its 2021 level by its own count.",
        "en",
        "2026-03-02",
    )
    last = out.claims[-1]
    assert [(s.name, s.text) for s in last.sources] == [("Resolution Foundation", "its")]


def test_by_its_reckoning_leaves_a_sentence_with_its_own_source():
    got = sources_by_figure(
        "The Resolution Foundation expects real wages to fall 1.2% this year. "
        "Pay would sit £400 below its 2021 level by its count, the TUC said."
    )
    assert got["£400"] == ["the TUC"]
