"""Geometry of a tracked figure's chart: values (and ranges) against dates, one series per source.

Pure Python, no Django: the template draws what this computes, escaping every text itself.

>>> chart = figure_chart([Point("KCNA", date(2025, 8, 1), Decimal(12000), None, True, "…")])
>>> [s.name for s in chart.series], chart.empty
(['KCNA'], False)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from .templatetags.claim_format import MONTHS_DE, german

WIDTH, HEIGHT = 760, 300
LEFT, RIGHT, TOP, BOTTOM = 72, 16, 14, 34
# Okabe–Ito colours (told apart with colour blindness), then marker shapes for more sources.
COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D1F"]
SHAPES = ["circle", "square", "triangle", "diamond"]
# Each marker drawn around (0, 0), then moved into place with translate().
SHAPE_PATHS = {
    "circle": "M-5,0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0z",
    "square": "M-4.5,-4.5h9v9h-9z",
    "triangle": "M0,-6L5.5,4.5H-5.5z",
    "diamond": "M0,-6.5L6.5,0L0,6.5L-6.5,0z",
}
MONTHS = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class Point:
    """One claim to plot: who said it, when it refers to, its value or range."""

    source: str
    day: date | None
    low: Decimal
    high: Decimal | None
    approved: bool
    label: str  # what the marker's tooltip says: value, source, date, status
    url: str = ""
    day_end: date | None = None
    claim_id: int | None = None
    repeat: bool = False  # a repeat of the source's earlier figure: drawn, not stepped to


@dataclass(frozen=True)
class ConflictMark:
    """A dashed line between two sources' disagreeing figures for the same time."""

    x1: str
    y1: str
    x2: str
    y2: str
    label: str


@dataclass
class Mark:
    x: str
    y: str
    y_high: str | None  # top of the range bar, when the claim is a range
    x_end: str | None  # end of the period line, when the claim covers a period
    approved: bool
    label: str
    url: str
    repeat: bool = False
    claim_id: int | None = None


@dataclass
class Series:
    name: str
    colour: str
    shape: str
    marks: list[Mark] = field(default_factory=list)
    count: int = 0
    step: str = ""  # the source's line: flat until its next figure, then a step (a revision)

    @property
    def path(self) -> str:
        return SHAPE_PATHS[self.shape]


@dataclass(frozen=True)
class Tick:
    at: str
    label: str


@dataclass
class Chart:
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    undated: int
    conflicts: list[ConflictMark] = field(default_factory=list)
    first: date | None = None
    last: date | None = None
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM

    @property
    def empty(self) -> bool:
        return not any(s.marks for s in self.series)


def nice_step(span: float, ticks: int = 6) -> float:
    """The smallest round step (1, 2 or 5 × 10ⁿ) that cuts `span` into at most `ticks` intervals.

    >>> nice_step(30000), nice_step(7), nice_step(0)
    (5000.0, 2.0, 1.0)
    """
    if span <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(span / ticks))
    for factor in (1, 2, 5, 10):
        if span / (factor * power) <= ticks:
            return float(factor * power)
    return float(10 * power)


def short_number(value: float) -> str:
    """Axis labels: 12000 → '12,000', 1500000 → '1.5M', 2.5 → '2.5'; in German '12.000',
    '1,5 Mio.', '2,5'."""
    de = german()
    if abs(value) >= 1_000_000:
        text = f"{value / 1_000_000:,.1f}M".replace(".0M", "M")
        text = _german_marks(text).replace("M", " Mio.") if de else text
        return text
    text = f"{int(value):,}" if value == int(value) else f"{value:,.2f}".rstrip("0").rstrip(".")
    return _german_marks(text) if de else text


def _german_marks(text: str) -> str:
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def date_ticks(start: date, end: date, most: int = 8) -> list[tuple[date, str]]:
    """Round dates between start and end to label the time axis: 1 January of some years,
    the 1st of some months, or some days, whichever gives at most `most` ticks.

    >>> [label for _, label in date_ticks(date(2025, 5, 20), date(2025, 9, 10))]
    ['Jun 2025', 'Jul 2025', 'Aug 2025', 'Sep 2025']
    """
    days = (end - start).days
    if days > 3 * 365:
        step = next(s for s in (1, 2, 5, 10, 20, 50) if (end.year - start.year) / s <= most)
        years = range(start.year + 1, end.year + 1)
        return [(date(y, 1, 1), str(y)) for y in years if y % step == 0]
    if days > 62:
        months = (end.year - start.year) * 12 + end.month - start.month
        step = next(s for s in (1, 2, 3, 6, 12) if months / s <= most)
        ticks = []
        index = start.year * 12 + start.month  # the month after start's (months are 1-based)
        while True:
            day = date(index // 12, index % 12 + 1, 1)
            if day > end:
                return ticks
            if (day.month - 1) % step == 0:
                ticks.append((day, f"{(MONTHS_DE if german() else MONTHS)[day.month]} {day.year}"))
            index += 1
    step = max(1, math.ceil(days / most))
    ticks = [start + timedelta(days=n) for n in range(step, days, step)]
    if german():
        return [(day, f"{day.day}. {MONTHS_DE[day.month]}") for day in ticks]
    return [(day, f"{day.day} {MONTHS[day.month]}") for day in ticks]


def _fmt(number: float) -> str:
    return f"{number:.1f}"


def _step_path(marks: list[Mark]) -> str:
    """'M x y H x2 V y2 …' through a source's own figures in date order: a revision is a step."""
    own = sorted((m for m in marks if not m.repeat), key=lambda m: float(m.x))
    if len(own) < 2:
        return ""
    path = [f"M{own[0].x},{own[0].y}"]
    for mark in own[1:]:
        path.append(f"H{mark.x}V{mark.y}")
    return "".join(path)


def figure_chart(points: list[Point], conflicts: list[tuple[int, int, str]] | tuple = ()) -> Chart:
    """Series per source (in order of first appearance), axes scaled to the dated points.

    Values start from zero, so that bars and distances read honestly; a single date is
    widened to a month so that its marker sits in the middle. `conflicts` are pairs of
    claim ids (with a label) joined by a dashed line.
    """
    series: dict[str, Series] = {}
    for point in points:
        if point.source not in series:
            index = len(series)
            series[point.source] = Series(
                point.source,
                COLOURS[index % len(COLOURS)],
                SHAPES[(index // len(COLOURS) + index) % len(SHAPES)],
            )
        series[point.source].count += 1
    dated = [p for p in points if p.day is not None]
    undated = len(points) - len(dated)
    if not dated:
        return Chart(list(series.values()), [], [], undated)
    first = min(p.day for p in dated)
    last = max(p.day_end or p.day for p in dated)
    # A margin either side keeps markers off the axes; a single date gets a month around it.
    pad = max(timedelta(days=15), (last - first) / 20)
    start, end = first - pad, last + pad
    span_days = (end - start).days
    top_value = max(float(p.high if p.high is not None else p.low) for p in dated)
    bottom_value = min(0.0, min(float(p.low) for p in dated))
    step = nice_step(top_value - bottom_value)
    y_max = math.ceil(top_value * 1.04 / step) * step if top_value > 0 else step  # headroom
    y_min = math.floor(bottom_value / step) * step
    if y_max == y_min:
        y_max = y_min + step
    plot_left, plot_right, plot_top, plot_bottom = LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM

    def x_of(day: date) -> float:
        return plot_left + (plot_right - plot_left) * (day - start).days / span_days

    def y_of(value: float) -> float:
        return plot_bottom - (plot_bottom - plot_top) * (value - y_min) / (y_max - y_min)

    for point in dated:
        high = float(point.high) if point.high is not None else None
        day_end = point.day_end if point.day_end and point.day_end > point.day else None
        series[point.source].marks.append(
            Mark(
                x=_fmt(x_of(point.day)),
                y=_fmt(y_of(float(point.low))),
                y_high=_fmt(y_of(high)) if high is not None and high != float(point.low) else None,
                x_end=_fmt(x_of(day_end)) if day_end else None,
                approved=point.approved,
                label=point.label,
                url=point.url,
                repeat=point.repeat,
                claim_id=point.claim_id,
            )
        )
    for one in series.values():
        one.step = _step_path(one.marks)
    placed = {m.claim_id: m for one in series.values() for m in one.marks if m.claim_id is not None}
    conflict_marks = [
        ConflictMark(placed[a].x, placed[a].y, placed[b].x, placed[b].y, label)
        for a, b, label in conflicts
        if a in placed and b in placed
    ]
    y_ticks = []
    value = y_min
    while value <= y_max + step / 2:
        y_ticks.append(Tick(_fmt(y_of(value)), short_number(value)))
        value += step
    x_ticks = [Tick(_fmt(x_of(day)), label) for day, label in date_ticks(start, end)]
    return Chart(list(series.values()), x_ticks, y_ticks, undated, conflict_marks, first, last)
