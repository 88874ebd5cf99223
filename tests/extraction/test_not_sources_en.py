"""A time after "reported by" (a weekday or month with its part: "by early Friday", "by late
May") is when, not who: no source. A body after "by" still is. Nor is a place that "had" a
figure ("the South West had the lowest at 3%"): it is what is measured. Nor are the forecasts
a figure beats ("beating Wall Street's forecasts")."""

from tracker.extraction import extract


def _texts(text):
    return {c.text: [m.text for m in c.sources] for c in extract(text, "en", "2026-03-02").claims}


def test_by_early_weekday_is_no_source():
    got = _texts("About 640 injuries had been reported by early Friday across three valleys.")
    assert all(v == [] for v in got.values())


def test_by_late_month_is_no_source():
    got = _texts("Some 1,200 claims had been filed by late May.")
    assert all(v == [] for v in got.values())


def test_a_body_after_reported_by_is_still_the_source():
    got = _texts("About 640 injuries had been reported by the Red Cross.")
    assert list(got.values()) == [["Red Cross"]]


def test_a_region_that_had_a_rate_is_no_source():
    """ "the South West had the lowest at 3%": the place is what is measured, not who tells."""
    got = _texts("Wales had the top vacancy rate at 5.2%, while the North West had the lowest at 2.9%.")
    assert all(v == [] for v in got.values())


def test_a_pollster_that_had_a_party_at_a_share_still_speaks():
    got = _texts("Savanta had the Greens at 14%.")
    assert list(got.values()) == [["Savanta"]]


def test_forecasts_a_figure_beats_are_not_its_source():
    """ "beating Wall Street's forecasts": whoever forecast is compared with, no source."""
    got = _texts(
        "Pump maker Orrin Fluids posted a 23 percent rise in profit, beating Wall Street's forecasts."
    )
    assert got["23 percent"] == []


def test_forecasts_with_their_own_figure_keep_their_source():
    got = _texts(
        "Orrin Fluids posted a 23 percent rise in profit, beating analysts' forecasts of 19 percent."
    )
    assert got["19 percent"] != []


def test_a_noun_cue_word_before_its_change_is_no_verb():
    """ "Jobless claims rose 5%": "claims" is the noun that changed, "Jobless" no speaker."""
    assert all(v == [] for v in _texts("Jobless claims rose 5% to 230,000.").values())
    assert all(v == [] for v in _texts("Storm claims in Devon rose 12% in May.").values())


def test_a_noun_cue_word_as_a_verb_still_speaks():
    got = _texts("The insurer claims 12% more homes flooded in May.")
    assert list(got.values()) == [["insurer"]]


def test_a_body_ranked_by_a_counting_verb_is_what_is_measured():
    got = _texts(
        "Kestrel University Hospitals recorded the highest rate at 27.9%, then Orrin Hospitals at 24.6%."
    )
    assert all(v == [] for v in got.values())


def test_a_body_that_records_its_own_count_still_speaks():
    got = _texts("Kestrel University Hospitals recorded 4,100 arrivals in May.")
    assert list(got.values()) == [["Kestrel University Hospitals"]]
