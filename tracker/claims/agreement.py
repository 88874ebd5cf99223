"""Number-aware reading of one tracked figure: who agrees, who disagrees, who revised, who repeated.

Pure Python, no Django: the figure page, its chart, the API and the notifications feed it
`Report`s (one per claim) and show what comes out.

- Two reports *agree* when their value intervals overlap. A hedged value ("about 12,000",
  "etwa 12.000", vague "thousands") stands for ±10 %; "more than 10,000" for [10,000, ∞);
  "up to 10,000" for [0, 10,000]; a range for itself. So "about 12,000" and "12,500" agree,
  "10,000" and "15,000" do not.
- A *repeat* is a later report of the same origin (the first source of its chain: who first
  said it) that agrees with an earlier one for an overlapping period — a relay passing CNN's
  figure on, or a second article quoting the same figure. It counts once: only the first is
  compared.
- A *conflict* is two reports of different origins, for overlapping periods, that disagree.
  It is *open* when both are their source's latest word.
- A *revision* is a source's report that disagrees with that source's previous one (a new
  value for a later period, or a correction).

>>> cnn = Report(1, "CNN", Decimal(15000), day=date(2025, 8, 1))
>>> kcna = Report(2, "KCNA", Decimal(10000), day=date(2025, 8, 3))
>>> [(c.first.source, c.second.source) for c in analyse([cnn, kcna]).conflicts]
[('CNN', 'KCNA')]
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import pairwise

# How far a hedged figure ("about", "etwa", "thousands") reaches either side of its value.
HEDGE_TOLERANCE = Decimal("0.10")
# A figure given for a day ("currently", an article's date) stands for the half-month either side: two
# sources' snapshots within a month of each other speak about the same period.
SNAPSHOT_DAYS = 15
INFINITY = Decimal("Infinity")
# Conflicts kept by analyse(): the open ones and the latest earlier ones. A figure tracked for
# years by many sources has tens of thousands of disagreeing pairs; nobody reads past a page.
MAX_CONFLICTS = 100


@dataclass(frozen=True)
class Report:
    """One claim of a figure, as the analysis needs it."""

    claim_id: int
    source: str  # the origin: first of the chain (who first said it)
    low: Decimal
    high: Decimal | None = None
    bound: str = "exact"  # exact, about, at_least, at_most (the engine's `bound`)
    approximate: bool = False
    day: date | None = None  # start of its period, else its article's date
    day_end: date | None = None
    published: date | None = None  # the article's date: who said it first
    source_id: int | None = None
    relays: tuple[str, ...] = ()  # who passed it on, in order


@dataclass(frozen=True)
class Conflict:
    first: Report
    second: Report
    open: bool

    @property
    def sources(self) -> tuple[str, str]:
        return (self.first.source, self.second.source)


@dataclass(frozen=True)
class Revision:
    source: str
    before: Report
    after: Report

    @property
    def direction(self) -> str:
        return "up" if self.after.low > self.before.low else "down"


@dataclass(frozen=True)
class Repeat:
    report: Report
    original: Report  # the first report of that origin with an agreeing figure


@dataclass
class Analysis:
    """What the figure page leads with: each source's latest word, the range they span now,
    the conflicts (open ones first), the revisions, and the repeats that count once."""

    latest: list[Report] = field(default_factory=list)  # one per source, latest day first
    conflicts: list[Conflict] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    repeats: list[Repeat] = field(default_factory=list)

    @property
    def open_conflicts(self) -> list[Conflict]:
        return [c for c in self.conflicts if c.open]

    @property
    def current_range(self) -> tuple[Decimal, Decimal] | None:
        """Lowest and highest value of the sources' latest words (None without reports)."""
        if not self.latest:
            return None
        return (min(r.low for r in self.latest), max(r.high or r.low for r in self.latest))

    @property
    def repeated_ids(self) -> set[int]:
        return {repeat.report.claim_id for repeat in self.repeats}

    @property
    def conflicting_ids(self) -> set[int]:
        return {r.claim_id for c in self.open_conflicts for r in (c.first, c.second)}


def interval(report: Report) -> tuple[Decimal, Decimal]:
    """The values a report allows.

    >>> interval(Report(1, "A", Decimal(12000), bound="about"))
    (Decimal('10800.00'), Decimal('13200.00'))
    >>> interval(Report(1, "A", Decimal(10000), bound="at_least"))
    (Decimal('10000'), Decimal('Infinity'))
    >>> interval(Report(1, "A", Decimal(4000), Decimal(5000)))
    (Decimal('4000'), Decimal('5000'))
    """
    low, high = report.low, report.high if report.high is not None else report.low
    if report.bound == "at_least":
        return (low, INFINITY)
    if report.bound == "at_most":
        return (min(Decimal(0), low), high)
    if report.bound == "about" or report.approximate:
        return (low * (1 - HEDGE_TOLERANCE), high * (1 + HEDGE_TOLERANCE))
    return (low, high)


def values_agree(a: Report, b: Report) -> bool:
    """Whether two reports' values can both be true.

    >>> about = Report(1, "A", Decimal(12000), bound="about")
    >>> values_agree(about, Report(2, "B", Decimal(12500)))
    True
    >>> values_agree(Report(1, "A", Decimal(10000)), Report(2, "B", Decimal(15000)))
    False
    """
    a_low, a_high = interval(a)
    b_low, b_high = interval(b)
    return a_low <= b_high and b_low <= a_high


def period(report: Report) -> tuple[date, date] | None:
    """The dates a report speaks about; a single day stands for SNAPSHOT_DAYS either side."""
    if report.day is None:
        return None
    if report.day_end and report.day_end > report.day:
        return (report.day, report.day_end)
    reach = timedelta(days=SNAPSHOT_DAYS)
    return (report.day - reach, report.day + reach)


def periods_overlap(a: Report, b: Report) -> bool:
    """Whether two reports speak about the same time; undated reports overlap nothing.

    >>> aug = Report(1, "A", Decimal(1), day=date(2025, 8, 1), day_end=date(2025, 8, 31))
    >>> periods_overlap(aug, Report(2, "B", Decimal(1), day=date(2025, 9, 10)))
    True
    >>> periods_overlap(aug, Report(2, "B", Decimal(1), day=date(2025, 11, 1)))
    False
    """
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return False
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def _order(report: Report) -> tuple:
    """Oldest first: by the day it speaks about, then who published first, then id."""
    return (report.day or date.min, report.published or date.min, report.claim_id)


def find_repeats(reports: list[Report]) -> list[Repeat]:
    """Later reports of an origin that agree with an earlier one of it for the same time."""
    repeats = []
    originals: dict[str, list[Report]] = {}
    for report in sorted(reports, key=lambda r: (r.published or date.min, _order(r))):
        earlier = originals.setdefault(report.source, [])
        match = next(
            (
                o
                for o in earlier
                if values_agree(o, report) and (periods_overlap(o, report) or o.day == report.day)
            ),
            None,
        )
        if match is not None:
            repeats.append(Repeat(report, match))
        else:
            earlier.append(report)
    return repeats


def find_revisions(reports: list[Report]) -> list[Revision]:
    """Each time a source's figure disagrees with its own previous one, oldest first."""
    revisions = []
    by_source: dict[str, list[Report]] = {}
    for report in sorted(reports, key=_order):
        by_source.setdefault(report.source, []).append(report)
    for source, own in by_source.items():
        for before, after in pairwise(own):
            if not values_agree(before, after):
                revisions.append(Revision(source, before, after))
    revisions.sort(key=lambda r: _order(r.after))
    return revisions


def latest_per_source(reports: list[Report]) -> list[Report]:
    """Each source's latest report, the most recent source first."""
    latest: dict[str, Report] = {}
    for report in sorted(reports, key=_order):
        latest[report.source] = report
    return sorted(latest.values(), key=_order, reverse=True)


def find_conflicts(
    reports: list[Report], *, latest: list[Report] | None = None, most: int | None = None
) -> list[Conflict]:
    """Pairs of different sources' reports that disagree for overlapping periods, open first,
    then the most recent (by the later report's day); at most `most` of them (all by default).

    Intervals are worked out once, and a report meets only the ones whose period starts before
    its own ends. With `most`, pairs are looked for from the latest day back, the open ones
    (between sources' latest words) first, stopping after the day that fills the page: a
    figure reported every day for a year by hundreds of sources has a hundred thousand
    disagreeing pairs, and nobody reads past the first hundred.
    """
    current = {r.claim_id for r in (latest if latest is not None else latest_per_source(reports))}
    spans = sorted(
        ((period(r), interval(r), r) for r in reports if r.day is not None),
        key=lambda p: (p[0], p[2].claim_id),
    )
    if most is None:
        found = sorted(_all_disagreements(spans, current))
        return [Conflict(a, b, not closed) for closed, _day, _a, _b, a, b in found]
    opened = [span for span in spans if span[2].claim_id in current]
    found = _latest_first(opened, lambda first, second: True, closed=False, enough=most)
    if len(found) < most:  # every open conflict is found: the latest closed ones fill the page

        def closed(first, second):
            return first.claim_id not in current or second.claim_id not in current

        found += _latest_first(spans, closed, closed=True, enough=most - len(found))
    kept = heapq.nsmallest(most, found)
    return [Conflict(a, b, not closed) for closed, _day, _a, _b, a, b in kept]


def _latest_first(spans, keep, *, closed: bool, enough: int) -> list[tuple]:
    """The conflicts among `spans` (sorted by start) that `keep(first, second)` accepts, found
    for the later report's day from the latest back, up to the day on which there are
    `enough` of them; as _entry()s."""
    starts = [start for (start, _end), _values, _report in spans]
    orders = {id(report): _order(report) for _period, _values, report in spans}
    found = []
    later_first = sorted(spans, key=lambda span: orders[id(span[2])], reverse=True)
    for index, ((start, end), (low, high), second) in enumerate(later_first):
        order = orders[id(second)]
        for (_start, other_end), (other_low, other_high), first in spans[: bisect_right(starts, end)]:
            if (
                other_end >= start
                and (other_low > high or low > other_high)
                and first.source != second.source
                and orders[id(first)] < order
                and keep(first, second)
            ):
                found.append(_entry(first, second, closed=closed))
        following = later_first[index + 1][2].day if index + 1 < len(later_first) else None
        if len(found) >= enough and following != second.day:
            break  # every pair left is of an earlier day: further down the list
    return found


def _entry(first: Report, second: Report, *, closed: bool) -> tuple:
    """A conflict as it sorts: open first, then by the later report's day (latest first)."""
    return (closed, -second.day.toordinal(), first.claim_id, second.claim_id, first, second)


def _all_disagreements(spans, current):
    """Every conflict, by a sweep over the periods in order of their start."""
    for index, ((_, end), (low, high), first) in enumerate(spans):
        for (start, _), (other_low, other_high), second in spans[index + 1 :]:
            if start > end:
                break
            if first.source != second.source and (other_low > high or low > other_high):
                a, b = (first, second) if _order(first) <= _order(second) else (second, first)
                closed = a.claim_id not in current or b.claim_id not in current
                yield (closed, -b.day.toordinal(), a.claim_id, b.claim_id, a, b)


def analyse(reports: list[Report]) -> Analysis:
    """Latest word per source, conflicts, revisions and repeats of one figure's reports.

    Repeats are set aside first, so a figure relayed by three outlets is one voice in the
    conflicts and revisions, and the undated reports take part in none of them.
    """
    repeats = find_repeats(reports)
    repeated = {r.report.claim_id for r in repeats}
    voices = [r for r in reports if r.claim_id not in repeated]
    latest = latest_per_source(voices)
    return Analysis(
        latest=latest,
        conflicts=find_conflicts(voices, latest=latest, most=MAX_CONFLICTS),
        revisions=find_revisions([r for r in voices if r.day is not None]),
        repeats=repeats,
    )
