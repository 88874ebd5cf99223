"""English: the grammatical subject of a clause with figures and no cue is their source when it
is a body or a person that can tell them and its verb tells rather than acts (DESIGN.md: "A
body that presents or declares its own figure ... is the source of that figure; an actor who
merely does the counted thing ... is not")."""

from tracker.extraction import extract


def sources_by_figure(text):
    out = extract(text, "en", "2026-03-02")
    return {c.text: [s.text for s in c.sources] for c in out.claims}


def test_a_company_that_is_reporting_outages_is_their_source():
    got = sources_by_figure("Northwire Power is reporting 12,400 outages across the county this morning.")
    assert got == {"12,400 outages": ["Northwire Power"]}


def test_two_companies_in_two_clauses_each_keep_their_own_figure():
    got = sources_by_figure(
        "Harlan Water is counting 310 burst mains and Coastline Gas is reporting 95 leaks after the frost."
    )
    assert [v for k, v in got.items()] == [["Harlan Water"], ["Coastline Gas"]]


def test_a_body_with_a_source_noun_and_a_verb_in_the_present_is_the_source():
    got = sources_by_figure("Roads were shut. The county council is predicting repair bills of £2.4m.")
    assert list(got.values()) == [["The county council"]]


def test_an_unknown_name_at_the_start_is_a_name_only_if_never_written_small():
    """ "Revenue" is a common word that the article also writes in lower case: no source."""
    got = sources_by_figure(
        "Revenue beats hopes. Revenue grows by 4% to £80m, and revenue from services makes up half."
    )
    assert all(v == [] for v in got.values())


def test_an_actor_in_the_past_tense_is_no_source():
    got = sources_by_figure(
        "Lifeboat crews pulled 14 people from the sea. Trentway Rail cancelled 300 trains."
    )
    assert all(v == [] for v in got.values())


def test_an_acting_verb_in_the_present_is_no_source():
    got = sources_by_figure("Brackton Foods employs 640 people at its bakery in Wrexley.")
    assert got == {"640 people": []}


def test_what_the_subject_measures_is_no_source():
    """A party gaining points, a price falling: the subject is what the figure measures."""
    got = sources_by_figure("In the poll, Labour gains two points. Gasoline prices falls 3.1% in the month.")
    assert all(v == [] for v in got.values())


def test_a_figure_after_a_preposition_is_not_the_verbs_object():
    got = sources_by_figure("The judge now orders Ellison to repay £21,000 within a month.")
    assert all(v == [] for v in got.values())


def test_a_headline_without_a_full_stop_names_no_source():
    got = sources_by_figure("Eastmere Energy is reporting 9,000 outages")
    assert got == {"9,000 outages": []}


def test_the_possessor_of_a_reckoning_after_by_is_the_source():
    got = sources_by_figure("New grants would bring in £2.2m, by the county's own reckoning.")
    assert got == {"£2.2m": ["the county's"]}


def test_a_reckoning_without_a_possessor_names_no_source():
    got = sources_by_figure("New grants would bring in £2.2m, by any reckoning.")
    assert got == {"£2.2m": []}


def texts_and_names(text):
    return [[(s.text, s.name) for s in c.sources] for c in extract(text, "en", "2026-03-02").claims]


def test_a_present_speech_verb_after_a_pronoun_is_a_cue():
    text = "The survey covers 400 farms. Some 55% of the crop was in by August, it adds."
    assert [x for x, _ in texts_and_names(text)[1]] == ["it"]


def test_a_name_called_its_is_a_body_that_it_said_stands_for():
    text = (
        "Halworth said its index rose by 0.6% in May.\n\nPrices were 2.9% higher than a year before, it said."
    )
    assert texts_and_names(text)[1] == [("it", "Halworth")]


def test_a_name_called_his_stays_a_person_whom_it_said_cannot_stand_for():
    text = (
        "Halworth said his index rose by 0.6% in May.\n\nPrices were 2.9% higher than a year before, it said."
    )
    assert texts_and_names(text)[1] == []


def test_a_meeting_that_heard_a_figure_is_its_source():
    text = "The meeting heard that the settlement gave the borough a 6.1% rise in spending power."
    assert texts_and_names(text) == [[("meeting", "meeting")]]


def test_listeners_who_heard_do_not_hide_the_body_of_the_reported_clause():
    text = "Committee members heard that the council expected cost pressures of £31m next year."
    assert texts_and_names(text) == [[("council", "council")]]


def test_a_poll_named_at_the_end_of_a_headline_is_its_source():
    got = sources_by_figure("Support for rail strikes rises to 41% in new Ipsos survey")
    assert got == {"41%": ["Ipsos"]}


def test_a_poll_word_at_the_end_without_a_pollster_names_no_source():
    got = sources_by_figure("Support for rail strikes rises to 41% in new survey")
    assert got == {"41%": []}


def test_a_speech_verb_after_and_shares_the_subject_that_opens_the_sentence():
    text = "The firm's chief, Dana Reyes, called the storm the worst yet and said repairs could take 10 days."
    assert sources_by_figure(text) == {"10 days": ["firm's chief, Dana Reyes"]}


def test_a_figure_before_and_said_is_not_given_to_the_opening_subject():
    text = "Dana Reyes planted 10 young trees on her street and said little more."
    assert sources_by_figure(text) == {"10 young trees": []}


def test_a_body_that_released_polls_is_the_source_of_what_the_sentence_gives_from_them():
    text = "Deltapoll has also released two seat polls, commissioned by a charity, putting the Greens on 31%."
    assert sources_by_figure(text)["31%"] == ["Deltapoll"]


def test_a_noun_before_an_information_word_is_no_publishing_verb():
    text = "Rescue assessment teams were heading north as more than 70 fires burned across the state."
    assert all(v == [] for v in sources_by_figure(text).values())


def test_a_plural_common_noun_opening_the_sentence_is_no_name():
    got = sources_by_figure("Prices rose again. Shoppers now spend 12% more on food than a year ago.")
    assert got == {"12%": []}


def test_an_armed_group_that_fires_rockets_is_no_source_of_their_number():
    got = sources_by_figure("The border was quiet. Hezbollah fires 40 rockets a day at the north.")
    assert got == {"40 rockets": []}


def test_a_body_giving_its_own_takings_or_records_in_the_past_is_their_source():
    got = sources_by_figure(
        "Wexmoor Borough Council collected £3.1m in parking fines last year. "
        "The regional health agency has logged 266 cases of mumps since January."
    )
    assert list(got.values()) == [["Wexmoor Borough Council"], ["The regional health agency"]]


def test_a_body_acting_in_the_past_stays_no_source():
    got = sources_by_figure(
        "Harbour police detained 41 fans after the derby. The county council hired 120 gritter drivers."
    )
    assert all(v == [] for v in got.values())


def test_a_past_of_own_figures_in_the_passive_or_of_a_person_gives_no_source():
    got = sources_by_figure(
        "Some 266 cases were logged by March. Tom Ashby collected £900 for the hospice on his run."
    )
    assert all(v == [] for v in got.values())


def test_the_body_whose_members_voted_is_the_source_of_the_ballot_result():
    got = sources_by_figure(
        "Members of the Aslef union at the depot backed strikes by 88%, on a turnout of 64%."
    )
    assert list(got.values()) == [["the Aslef union"], ["the Aslef union"]]


def test_members_of_no_body_or_a_count_of_votes_give_no_ballot_source():
    got = sources_by_figure(
        "Members of the public backed the scheme by 58% in the consultation. "
        "Members of the assembly voted by 31 to 22 to pass the bill."
    )
    assert all(v == [] for v in got.values())


def test_a_described_name_after_an_opening_phrase_of_time_is_the_subject():
    got = sources_by_figure("In April, car insurer Pellmark Direct booked 48,200 new policies in Wales.")
    assert got == {"48,200 new policies": ["car insurer Pellmark Direct"]}


def test_an_opening_phrase_with_a_figure_opens_no_subject():
    """ "After 14 days," holds a figure: no clause after it is looked at as a subject."""
    got = sources_by_figure("After 14 days, harbour master Lyle Quint logged 30 ships at anchor.")
    assert got["30 ships"] == []


def test_an_actor_after_an_opening_phrase_stays_no_source():
    got = sources_by_figure("Last week, food retailer Corran Stores sold 12,000 turkeys in two days.")
    assert got["12,000 turkeys"] == []


def test_an_aside_between_commas_after_the_subject_is_skipped():
    got = sources_by_figure(
        "Pollster Survex, in a study paid for by a charity, recorded backing of 41 percent for the plan."
    )
    assert got == {"41 percent": ["Pollster Survex"]}


def test_an_aside_that_holds_a_clause_opener_is_not_skipped():
    got = sources_by_figure("Carlow Foods, and the rest of the sector, recorded sales of 3,100 tonnes.")
    assert got["3,100 tonnes"] == []


def test_a_particle_after_the_verb_keeps_the_figure_its_object():
    got = sources_by_figure("Statistics office Norstat totted up 2.3 million overnight stays in hotels.")
    assert list(got.values()) == [["Statistics office Norstat"]]


def test_a_lead_is_not_given_to_a_subject_without_a_cue_verb_in_the_next_sentence():
    """The lead states the figure itself; the next sentence's subject tells its own figure only."""
    got = sources_by_figure(
        "Greece welcomed 4.1 million visitors in June. Statistics office Elstat totted up 2.9 billion "
        "euros in spending by them."
    )
    assert got["4.1 million visitors"] == []
    assert got["2.9 billion euros"] == ["Statistics office Elstat"]


def test_analysts_who_predict_are_the_source():
    got = sources_by_figure("Analysts at Fenwick Bank predict that rents will rise 6 percent next year.")
    assert got["6 percent"] == ["Analysts"]


def test_an_estimate_with_its_owner_shows_the_figures():
    got = sources_by_figure("June looked weak: the bureau's first estimate showed only 48,000 jobs added.")
    assert got["48,000 jobs"] == ["bureau's"]  # the estimate's owner, as the mention


def test_a_verb_estimate_after_we_is_still_no_noun():
    got = sources_by_figure("We estimate 52,000 jobs were added.")
    assert got["52,000 jobs"] == []


def test_a_press_release_after_its_dated_aside_highlights_its_figures():
    got = sources_by_figure(
        "The club's press release, issued at 9pm on Monday, highlighted record income of £82.4 million."
    )
    assert got == {"£82.4 million": ["club's press release"]}


def test_a_report_after_a_published_aside_counts_its_figures():
    got = sources_by_figure("The charity's annual report, published on Friday, counts 31,200 referrals.")
    assert list(got.values()) == [["charity's annual report"]]


def test_an_aside_that_is_no_participle_still_breaks_the_link():
    got = sources_by_figure("His release from prison, after a long appeal, came 14 months early.")
    assert got["14 months"] == []


def test_new_or_latest_figures_that_show_are_a_source_as_figures_are():
    for words, source in (("new figures", "new figures"), ("the latest figures", "latest figures")):
        got = sources_by_figure(f"About 3,100 patients waited more than 8 hours in May, {words} show.")
        assert got["About 3,100 patients"] == [source]


def test_early_estimates_still_name_no_one():
    got = sources_by_figure("About 3,100 patients waited more than 8 hours in May, early estimates suggest.")
    assert got["About 3,100 patients"] == []
