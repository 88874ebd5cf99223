"""Conflicts, revisions and repeats of a figure's reports: pure functions, no database."""

import doctest
from datetime import date
from decimal import Decimal

from tracker.claims import agreement
from tracker.claims.agreement import (
    Report,
    analyse,
    find_conflicts,
    find_repeats,
    find_revisions,
    periods_overlap,
    values_agree,
)

AUG = date(2025, 8, 1)


def report(pk, source, value, *, high=None, bound="exact", day=AUG, day_end=None, published=None, relays=()):
    return Report(
        pk,
        source,
        Decimal(value),
        Decimal(high) if high is not None else None,
        bound=bound,
        approximate=bound != "exact",
        day=day,
        day_end=day_end,
        published=published or day,
        relays=relays,
    )


def test_the_docstrings_examples_hold():
    assert doctest.testmod(agreement).failed == 0


def test_a_hedged_figure_agrees_with_a_close_exact_one():
    assert values_agree(report(1, "A", 12000, bound="about"), report(2, "B", 12500))
    assert values_agree(report(2, "B", 12500), report(1, "A", 12000, bound="about"))


def test_ten_and_fifteen_thousand_disagree_even_when_hedged():
    assert not values_agree(report(1, "A", 10000), report(2, "B", 15000))
    assert not values_agree(report(1, "A", 10000, bound="about"), report(2, "B", 15000, bound="about"))


def test_bounds_and_ranges_agree_with_what_they_allow():
    assert values_agree(report(1, "A", 10000, bound="at_least"), report(2, "B", 15000))
    assert not values_agree(report(1, "A", 10000, bound="at_most"), report(2, "B", 15000))
    assert values_agree(report(1, "A", 10000, high=15000), report(2, "B", 12000))
    assert not values_agree(report(1, "A", 10000, high=11000), report(2, "B", 12500, high=13000))


def test_periods_overlap_when_their_dates_meet():
    june = report(1, "A", 1, day=date(2025, 6, 1), day_end=date(2025, 6, 30))
    july = report(2, "B", 1, day=date(2025, 7, 1), day_end=date(2025, 7, 31))
    mid_june = report(3, "C", 1, day=date(2025, 6, 20))
    assert periods_overlap(june, mid_june)
    assert not periods_overlap(june, report(4, "D", 1, day=date(2025, 9, 1), day_end=date(2025, 9, 30)))
    # A snapshot ("currently") stands for half a month either side: 20 June reaches into July.
    assert periods_overlap(mid_june, july)
    assert not periods_overlap(report(5, "E", 1, day=None), june)


def test_two_sources_disagreeing_for_the_same_time_are_a_conflict():
    cnn, kcna = report(1, "CNN", 15000), report(2, "KCNA", 10000, day=date(2025, 8, 10))
    (conflict,) = find_conflicts([cnn, kcna])
    assert conflict.sources == ("CNN", "KCNA")
    assert conflict.open


def test_sources_agreeing_within_the_hedge_are_no_conflict():
    assert find_conflicts([report(1, "NIS", 12000, bound="about"), report(2, "CNN", 12500)]) == []


def test_disagreeing_about_different_years_is_no_conflict():
    assert find_conflicts([report(1, "CNN", 15000), report(2, "KCNA", 10000, day=date(2024, 1, 1))]) == []


def test_a_conflict_with_a_revised_figure_is_no_longer_open():
    cnn_old = report(1, "CNN", 15000)
    kcna = report(2, "KCNA", 10000, day=date(2025, 8, 5))
    cnn_new = report(3, "CNN", 10500, bound="about", day=date(2025, 8, 20))
    result = analyse([cnn_old, kcna, cnn_new])
    assert [(c.first.claim_id, c.second.claim_id, c.open) for c in result.conflicts] == [(1, 2, False)]
    assert result.open_conflicts == []


def test_a_source_giving_a_new_value_later_is_a_revision():
    first = report(1, "CNN", 15000)
    later = report(2, "CNN", 12000, day=date(2025, 10, 1))
    (revision,) = find_revisions([later, first])
    assert (revision.source, revision.before.claim_id, revision.after.claim_id) == ("CNN", 1, 2)
    assert revision.direction == "down"


def test_the_same_value_again_is_no_revision():
    assert find_revisions([report(1, "CNN", 15000), report(2, "CNN", 15000, day=date(2025, 10, 1))]) == []


def test_a_relay_repeating_an_origins_figure_is_a_repeat_that_counts_once():
    cnn = report(1, "CNN", 15000, published=date(2025, 8, 1))
    yonhap = report(2, "CNN", 15000, published=date(2025, 8, 2), relays=("Yonhap",))
    kcna = report(3, "KCNA", 10000)
    (repeat,) = find_repeats([yonhap, cnn, kcna])
    assert (repeat.report.claim_id, repeat.original.claim_id) == (2, 1)
    result = analyse([cnn, yonhap, kcna])
    assert [c.sources for c in result.conflicts] == [("CNN", "KCNA")]  # once, not twice
    assert [r.claim_id for r in result.latest] == [3, 1]


def test_the_summary_gives_the_current_range_of_the_latest_words():
    result = analyse(
        [
            report(1, "CNN", 15000),
            report(2, "KCNA", 10000),
            report(3, "NIS", 11000, high=13000, day=date(2025, 9, 1)),
            report(4, "CNN", 12000, day=date(2025, 10, 1)),
        ]
    )
    assert result.current_range == (Decimal(10000), Decimal(13000))
    assert [r.source for r in result.latest] == ["CNN", "NIS", "KCNA"]
    assert len(result.revisions) == 1
    assert analyse([]).current_range is None


def test_the_sweep_finds_every_conflict_that_comparing_all_pairs_finds():
    start = date(2025, 1, 1).toordinal()
    reports = [
        report(
            n,
            f"S{n % 7}",
            10000 + 397 * (n % 13),
            day=date.fromordinal(start + 5 * n),
            bound=["exact", "about"][n % 2],
        )
        for n in range(300)
    ]
    brute = {
        (a.claim_id, b.claim_id)
        for a in reports
        for b in reports
        if a.claim_id < b.claim_id
        and a.source != b.source
        and periods_overlap(a, b)
        and not values_agree(a, b)
    }
    found = {(c.first.claim_id, c.second.claim_id) for c in find_conflicts(reports)}
    assert found == brute
    assert len(brute) > 100


def test_the_first_conflicts_are_those_of_the_full_list_however_many_there_are():
    """find_conflicts(most=k) looks from the latest day back and stops early; it must give
    the first k of the full, sorted list (open first, latest first), on figures of every shape."""
    import random
    from datetime import timedelta

    rng = random.Random(16)
    for _ in range(300):
        start = date(2025, 1, 1)
        reports = []
        for claim_id in range(1, rng.randrange(2, 90)):
            day = start + timedelta(days=rng.randrange(rng.choice([3, 60, 400])))
            reports.append(
                Report(
                    claim_id,
                    f"S{rng.randrange(rng.randrange(1, 12))}",
                    Decimal(rng.choice([10000, 12000, 15000, rng.randrange(1, 30000)])),
                    bound=rng.choice(["exact", "about", "at_least", "at_most"]),
                    day=None if rng.random() < 0.05 else day,
                    day_end=day + timedelta(days=rng.randrange(40)) if rng.random() < 0.3 else None,
                    published=day + timedelta(days=rng.randrange(3)),
                )
            )
        every = agreement.find_conflicts(reports)
        for most in (1, 5, 100):
            assert agreement.find_conflicts(reports, most=most) == every[:most]
