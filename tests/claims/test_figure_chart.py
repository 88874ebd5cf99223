"""The figure chart's geometry: pure functions, no database."""

from datetime import date
from decimal import Decimal

from tracker.claims.figure_chart import HEIGHT, Point, date_ticks, figure_chart, nice_step, short_number


def point(source, day, low, high=None, approved=True, day_end=None):
    return Point(
        source, day, Decimal(low), None if high is None else Decimal(high), approved, "x", "", day_end
    )


def test_nothing_to_plot_is_an_empty_chart():
    chart = figure_chart([])
    assert chart.empty and chart.series == [] and chart.undated == 0


def test_undated_claims_have_a_series_but_no_marks():
    chart = figure_chart([point("KCNA", None, 5)])
    assert chart.empty and chart.undated == 1 and chart.series[0].count == 1


def test_one_claim_sits_in_the_middle():
    chart = figure_chart([point("KCNA", date(2025, 8, 1), 12000)])
    mark = chart.series[0].marks[0]
    assert float(mark.x) == (chart.left + chart.right) / 2
    assert chart.y_ticks[0].label == "0"


def test_each_source_gets_its_own_colour_and_shape():
    chart = figure_chart([point(f"S{n}", date(2025, 1, 1 + n), n + 1) for n in range(9)])
    styles = [(s.colour, s.shape) for s in chart.series]
    assert len(set(styles)) == 9


def test_ranges_and_periods_get_bars_and_lines():
    chart = figure_chart(
        [point("CNN", date(2025, 7, 1), 25000, 30000, approved=False, day_end=date(2025, 7, 31))]
    )
    mark = chart.series[0].marks[0]
    assert float(mark.y_high) < float(mark.y) <= HEIGHT  # higher values are drawn higher up
    assert float(mark.x_end) > float(mark.x) and not mark.approved


def test_axis_steps_are_round():
    assert nice_step(30000) == 5000 and nice_step(7) == 2 and nice_step(0) == 1
    assert short_number(12000) == "12,000" and short_number(1_500_000) == "1.5M"
    assert short_number(2.5) == "2.5"


def test_the_time_axis_is_labelled_on_round_dates():
    months = [label for _, label in date_ticks(date(2025, 5, 20), date(2025, 9, 10))]
    assert months == ["Jun 2025", "Jul 2025", "Aug 2025", "Sep 2025"]
    years = [label for _, label in date_ticks(date(2019, 5, 20), date(2025, 9, 10))]
    assert years == ["2020", "2021", "2022", "2023", "2024", "2025"]
    days = date_ticks(date(2025, 7, 17), date(2025, 8, 16))
    assert 3 <= len(days) <= 8 and days[0][1] == "21 Jul"
    assert len(date_ticks(date(2024, 5, 20), date(2025, 9, 10))) <= 8
