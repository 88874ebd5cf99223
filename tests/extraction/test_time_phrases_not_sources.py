"""A time after "reported by" (a weekday or month with its part: "by early Friday", "by late
May") is when, not who: no source. A body after "by" still is."""

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
