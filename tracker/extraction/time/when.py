"""The period of a figure: of its own clause, else the nearest of the sentence, else the one
the paragraph carries on, else the day of the news; never a base of comparison ("mehr als im
Vorjahr", "up 17% on 2024")."""

from __future__ import annotations

from ..lexicon import DATES, WORDS
from ..text.clauses import clause_end, clause_start, in_parentheses
from .bases import comparison_base, own_back, restated, when_clause
from .lead import event_attribute, instrument_year
from .owner import (
    after_a_base,
    apposed,
    as_of_period,
    bracketed_figure,
    bracketed_with_another,
    comparative,
    participle_link,
    period_owner,
    previous_value,
)
from .paired import paired_period
from .purpose import plan_year, purpose

_RELATIVE_OPENERS = frozenset(WORDS["relative_clause_openers"])
_REFERENCE = frozenset(DATES["reference_verbs"])


_CHANGES = frozenset(("percent", "ratio"))


# comparison words of a clause ("mehr als", "compared with"), as in ``compared_in_clause``
_CLAUSE_CUES = frozenset(DATES["comparison_in_clause"]) | frozenset(("than", "als", "as", "wie"))


_POSSESSIVE = ("'s", "’s")


def claim_period(s, rc, periods, nums=(), released=(), figs=()):
    """The period of the claim's own clause, else the nearest of the sentence (in its clause, a
    day a release is dated, ``released``, after any other: "said on Tuesday that 41,200 people
    applied in 2025"); never a base of
    comparison ("mehr als im Vorjahr", "up 17% on 2024") nor one inside a relative clause, nor
    one after another figure of another clause (that figure's own: "46.2C, just shy of the
    record of 48.9C set in January 2020")."""
    if not periods:
        return None
    paired = paired_period(s, rc, periods, nums)
    if paired is not None:
        return paired  # "Im April und März ... 2,6 und 2,8 Prozent": in the order listed
    claim_seg = clause_start(s, rc.num)
    best = None
    listed = bool(figs) and any(x.i0 == rc.i1 for x in periods)  # a period right after the figure too
    for i0, i1, p in periods:
        seg = _beside(s, rc, i0, i1, p, figs)
        if seg is None:
            seg = _in_clauses(s, rc, i0, i1, claim_seg, nums)
        if seg is _TAKE:
            return p
        if seg is _SKIP or (len(periods) > 1 and _now_ahead(s, i0, i1, p)) or _past_deadline(s, i0, p):
            continue
        if instrument_year(s.lowers, i0, i1) or _deadline_after_past(s, rc, i0):
            continue
        # "2027 sollen nun 1,231 Milliarden Euro ...": a year before "nun", "now" beside the figure
        rank = (
            seg != claim_seg,
            listed and _after_another(rc, i0, figs),  # "2,8 Millionen 2031 und 3,3 Millionen 2032"
            p in released,
            p.text.lower() in _NOW and not (i0 and s.lowers[i0 - 1] in _ATTRIBUTIVE),  # "den derzeit"
            not purpose(s.lowers, i0),
            abs(i0 - rc.num),
        )
        if best is None or rank < best[0]:
            best = (rank, p)
    return best[1] if best else as_of_period(s, rc, periods)


_NOW = frozenset(DATES["state_now"])


def _after_another(rc, i0: int, figs) -> bool:
    """The period stands right after another figure ("2,8 Millionen 2031 und 3,3 Millionen Euro
    2032": 2031 is the 2,8 million's, 2032 the 3,3 million's; asked when the figure has one right
    after it too)."""
    return any(b == i0 and (a, b) != (rc.i0, rc.i1) for a, b in figs)


def _now_ahead(s, i0: int, i1: int, p) -> bool:
    """ "is now expected to fall by £97 ... from 1 July": "now" of a forecast, whose figure is of
    the period ahead the sentence names."""
    return p.text.lower() in _NOW and not _FUTURE.isdisjoint(s.lowers[max(0, i0 - 1) : i1 + 2])


_ATTRIBUTIVE = frozenset(("den", "die", "der", "dem", "des", "the", "its", "their"))
_FOR_COMPARISON = frozenset(
    (
        ("zum", "vergleich"),
        ("im", "vergleich"),
        ("by", "comparison"),
        ("in", "comparison"),
        ("for", "comparison"),
    )
)
_TAKE, _SKIP = "take", "skip"  # what ``claim_period`` does with a period, else its clause's start


def _beside(s, rc, i0: int, i1: int, p, figs):
    """A period right beside a figure: "(smaller than) last year's 1.1% rise" dates the figure
    right after it, however compared, and no figure before it; a period of comparison beside a
    figure is that figure's ("$900 million in the year-earlier quarter", "im Vorjahr waren es
    300"; "von 38 Millionen im Vorjahr auf 40 Millionen": not the 40 million's). None: neither."""
    if (i1 < rc.num <= i1 + 2 and s.words[i1] == "(") or when_clause(s.lowers, i1, clause_start(s, rc.num)):
        # "gegenüber den ersten sechs Monaten 2025 (73,1 Millionen)", "Gegenüber der Saison 2023/24,
        # als 4,68 Milliarden erlöst wurden": the base's figure
        return _TAKE
    if figs and (after_a_base(s.lowers, rc, i0, figs) or bracketed_with_another(s.words, rc, i0, figs)):
        return _SKIP
    if figs and _label_of_another(s.words, rc, i0, i1, figs):
        return _SKIP
    if s.lowers[i1 - 1].endswith(_POSSESSIVE):
        if i1 <= rc.i0 <= i1 + 2:
            return _TAKE
        if rc.num < i0 and p.start != p.end:
            return _SKIP  # not a day's event: "40,000 runners took part in Sunday's marathon"
    owned = _owned(s, rc, i0, i1, p, figs) if figs else None
    if owned is None:
        return None
    return _TAKE if owned else _SKIP


def _label_of_another(words, rc, i0: int, i1: int, figs) -> bool:
    """ "(2025: 12.804, minus 45,9 Prozent)": a period labelling the figure after it in brackets
    is that figure's, not the change after it (of the figure before the brackets)."""
    if not (i0 and words[i0 - 1] == "(" and i1 < len(words) and words[i1] == ":"):
        return False
    return any(i1 < f0 < rc.i0 for f0, _f1 in figs)


def _in_clauses(s, rc, i0: int, i1: int, claim_seg: int, nums):
    """What the clauses make of a period: a base of comparison, one inside a relative clause or
    after another figure of another clause is skipped; else the start of its clause."""
    seg = clause_start(s, i0)
    if _relative_of(s, rc, i1, claim_seg, nums):
        return _TAKE  # "than the cap in October last year, which was set at £1,834": that cap's
    if _right_after(s, rc, i0) and not back_period(s.lowers, i0, i1):
        # "compared with 6.26 million in August", "a peak of 175,000 in mid-2023": its own
        return _TAKE
    if comparison_base(s, i0, seg) or _deadline_ahead(s, rc, i0, seg, claim_seg):
        return _SKIP
    back = _back_period(s, rc, i0, i1, seg, claim_seg, nums) if back_period(s.lowers, i0, i1) else None
    if back is not None:
        return back
    if seg != claim_seg and seg > 0 and s.lowers[seg] in _RELATIVE_OPENERS:
        # "Nach Daten, die sich auf den August beziehen, ...": which period the figures are of
        return seg if not _REFERENCE.isdisjoint(s.lowers[seg : clause_end(s, i0)]) else _SKIP
    return _SKIP if seg != claim_seg and _another_figures(s, rc, i0, seg, nums) else seg


def _another_figures(s, rc, i0: int, seg: int, nums) -> bool:
    """A period of another clause is another figure's: after a figure of another clause, or in a
    clause after a semicolon that holds its own ("liege die Union bei 30 Prozent; im August seien
    es 36 Prozent gewesen": the 36's)."""
    if any(rc.num < k < i0 and not in_parentheses(s, k) and not restated(s.lowers, k) for k in nums):
        return True
    return (
        seg > rc.num and s.words[seg - 1] == ";" and any(k > i0 and clause_start(s, k) == seg for k in nums)
    )


_RELATIVE_OF = frozenset(("which", "der", "die", "das", "welche", "welcher"))


def _relative_of(s, rc, i1: int, claim_seg: int, nums) -> bool:
    """The figure stands in a relative clause ("which", "der") that opens right after the period
    and holds no other figure before it: the figure of what the period dates."""
    return (
        i1 < claim_seg <= i1 + 1
        and claim_seg < s.n
        and s.words[claim_seg - 1] == ","
        and s.lowers[claim_seg] in _RELATIVE_OF
        and not any(claim_seg <= k < rc.num for k in nums)
    )


def _back_period(s, rc, i0: int, i1: int, seg: int, claim_seg: int, nums):
    """A period relative to one before ("a year earlier"): ``_SKIP``, ``_TAKE`` or None (the
    clauses decide)."""
    if s.lowers[i0 - 1] in _FROM or (
        not own_back(rc, i0, i1, seg, claim_seg, s.lowers)
        and not _amount_of_the_period(s, rc, i0, nums)
        and (nums or seg != claim_seg)
    ):
        # "fell to 212 million from 431 million a year earlier": the 431 million's; "down
        # 13% from a year earlier": the base of the change, nobody's period (the only
        # figure of its clause keeps it: "Im Vorjahresquartal hatte er 2,4 Mrd. verdient")
        return _SKIP
    if seg != claim_seg:
        return _TAKE  # "from $75 million, or 45 cents per share, a year earlier": its own
    return None


def _amount_of_the_period(s, rc, i0: int, nums) -> bool:
    """ "a £12.6m profit on player sales the year before": an amount and the words it counts, then
    "the year before": its own period (no other figure, mark or comparison between)."""
    if rc.kind in _CHANGES or not rc.i1 < i0 <= rc.i1 + _NOUN_REACH:
        return False
    between = s.lowers[rc.i1 : i0]
    return (
        not any(rc.num < k < i0 for k in nums)
        and all(w[:1].isalpha() for w in between)
        and _FROM.isdisjoint(between)
        and _CLAUSE_CUES.isdisjoint(between)
    )


_NOUN_REACH = 5


def _right_after(s, rc, i0: int) -> bool:
    """The period stands right after the figure, linked by "in"/"im" only."""
    return (i0 == rc.i1 and s.lowers[i0] in _IN) or (
        i0 == rc.i1 + 1 and rc.i1 < s.n and s.lowers[rc.i1] in _IN
    )


def _deadline_ahead(s, rc, i0: int, seg: int, claim_seg: int) -> bool:
    """ "had repaired 2,600 lines, and expected to restore supply by Tuesday night": a period
    ahead in another clause gives no date to a figure of a clause in the past."""
    return seg != claim_seg and _looks_ahead(s, seg, i0) and _looks_back(s, claim_seg, rc.num)


def _looks_ahead(s, seg: int, i: int) -> bool:
    """A future word ("expected", "will", "soll") in the clause from ``seg`` around token i."""
    return not _FUTURE.isdisjoint(s.lowers[seg : clause_end(s, i)])


_FUTURE = frozenset(WORDS["future_words"])


def _looks_back(s, seg: int, i: int) -> bool:
    """A past marker ("had", "hatte", "rose"), no future word, in the clause from ``seg``."""
    words = s.lowers[seg : clause_end(s, i)]
    return _FUTURE.isdisjoint(words) and not _PAST_WORDS.isdisjoint(words)


_PAST_WORDS = frozenset(w for words in DATES["past_markers"].values() for w in words)


def _owned(s, rc, i0: int, i1: int, p, figs):
    """A period of comparison right beside a figure: True when it is the claim's, False when
    another figure's, None when neither (or no comparison)."""
    owner = period_owner(s, i0, i1, figs)
    if owner is None:
        return None
    if owner[1] <= i0 and participle_link(s.lowers, owner[0], owner[1], i0):
        # "the 13.9m tonnes gathered last year", "4% on the 2,802 recorded in August": its figure's
        return owner == (rc.i0, rc.i1)
    if owner == (rc.i0, rc.i1) and i1 < rc.i0 and p.text.lower() not in _NOW:
        return True  # "2024 waren es 20,1 Tage, 2021 nur 14,8 Tage": the period before it
    if not comparative(s.lowers, i0, p.text):
        return None
    # "$190 million, or 37 cents a share, in the year-ago quarter": both the period's
    return owner == (rc.i0, rc.i1) or apposed(s.lowers, *owner, figs) == (rc.i0, rc.i1)


_FROM = frozenset(("from", "than", "gegenüber", "als"))
_IN = frozenset(("in", "im"))


def back_period(lowers, i0: int, i1: int) -> bool:
    """ "a year earlier", "im Vorjahreszeitraum": the period of a figure compared with."""
    last = lowers[i1 - 1]
    return (
        last in _BACK_WORDS
        or last.startswith(_BACK_STEMS)
        or not _PREVIOUS.isdisjoint(lowers[i0 : min(i0 + 2, i1 - 1)])
    )


# "on the previous year" (not "in December of the previous year")
_PREVIOUS = frozenset(("previous", "prior", "preceding"))


_BACK_STEMS = ("vorjahres", "vorsaison", "vorquartal", "vorjahressaison")
_BACK_WORDS = frozenset(
    ("earlier", "before", "ago", "year-earlier", "year-ago", "prior-year", "year-before", "zuvor", "davor")
)


def carried_periods(s, periods, figs=()):
    """The periods of sentence ``s`` that carry on to the next sentences of the paragraph: no
    base of comparison, no "a year earlier"; a year a plan is for goes first ("beschloss am
    Mittwoch den Bundeshaushalt 2027. Er sieht Ausgaben von ... vor")."""
    if tuple(s.lowers[:2]) in _FOR_COMPARISON:
        return []  # "Zum Vergleich: 2024 waren es 20,1 Tage": bases, no period of what follows
    carried = [
        x
        for x in periods
        if not comparison_base(s, x.i0, clause_start(s, x.i0))
        and not back_period(s.lowers, x.i0, x.i1)
        and not comparative(s.lowers, x.i0, x.period.text)
        and not event_attribute(s, x)  # "die erst im Februar eröffnete Halle"
        and not bracketed_figure(s.words, x.i0, x.i1)  # "(last year 14.8p)"
        and not previous_value(s.lowers, x.i0)  # "up from an annual increase of 2.7% in February"
        and not _change_from(s.lowers, x.i0, x.i1)  # "von August auf September": September's
        and not (_long(x.period) and _deadline(s.lowers, x.i0))  # "a mandate until the autumn"
        # "Die Erlöse von 74 Millionen Euro aus der Saison 2022/23 erhöhte der Verband um 9 Prozent"
        and not (figs and after_a_base(s.lowers, _NO_FIGURE, x.i0, figs))
    ]
    if len(carried) > 1:
        opener = _background_opener_end(s)
        carried.sort(
            key=lambda x: (not (purpose(s.lowers, x.i0) or plan_year(s.lowers, x.i0)), x.i0 < opener)
        )
    return carried


def _background_opener_end(s) -> int:
    """The comma ending a clause of time before the main clause ("Nachdem der Freitag friedlich
    verlaufen war, kam die Polizei am Samstag mit vier Wagen", "After a quiet Saturday, police
    were called on Sunday"): its period is background, the main clause's goes on to the next
    sentences. 0: no such clause."""
    if not s.n or s.lowers[0] not in _BEFORE_MAIN:
        return 0
    for k, w in enumerate(s.words):
        if w == ",":
            return k
    return 0


_BEFORE_MAIN = frozenset(("nachdem", "bevor", "after", "before"))


class _NoFigure:
    """No figure of the sentence: ``after_a_base`` for any of them."""

    i0 = i1 = -1


_NO_FIGURE = _NoFigure()


def _change_from(lowers, i0: int, i1: int) -> bool:
    """ "von August auf September", "from August to September": the month a change starts from."""
    opened = lowers[i0] in _CHANGE_FROM or (i0 and lowers[i0 - 1] in _CHANGE_FROM)
    return bool(opened) and i1 < len(lowers) and lowers[i1] in _CHANGE_TO


_CHANGE_FROM = frozenset(("von", "from"))
_CHANGE_TO = frozenset(("auf", "to"))


def _deadline_after_past(s, rc, i0: int) -> bool:
    """ "had no electricity ... and expected to restore most by Thursday evening": a deadline
    after the figure, with a look ahead between, in a sentence in the past."""
    lowers = s.lowers
    return (
        i0 > rc.num
        and not _BY_UNTIL.isdisjoint(lowers[max(0, i0 - 2) : i0])
        and not _FUTURE.isdisjoint(lowers[rc.num : i0])
        and not _PAST_WORDS.isdisjoint(lowers[clause_start(s, rc.num) : rc.num + _VERB_REACH])
    )


_BY_UNTIL = frozenset(("by", "until", "till", "bis"))
_VERB_REACH = 9


def _past_deadline(s, i0: int, p) -> bool:
    """ "had asked for a mandate until the autumn in a ballot of 32,000 members": a deadline of a
    month or longer in a sentence about the past is the end of something else, no figure's period."""
    return _long(p) and _deadline(s.lowers, i0) and _looks_back(s, 0, s.n - 1)


def _long(p) -> bool:
    return p.start is not None and p.end is not None and (p.end - p.start).days >= _MONTH_DAYS


_MONTH_DAYS = 27


def deadline_period(s, p) -> bool:
    """Period ``p`` of sentence ``s`` is a deadline of a month or longer ("until the autumn")."""
    if p.span_start is None or not s.start <= p.span_start < s.end or not _long(p):
        return False
    return _deadline(s.lowers, s.token_at(p.span_start))


def _deadline(lowers, i0: int) -> bool:
    """ "until the autumn": the end of something else, no period of the next sentences' figures
    (not "Bis zum 5. Oktober stellte die Polizei 28.930 Einreisen fest": a running total)."""
    return i0 > 0 and lowers[i0 - 1] in _UNTIL


_UNTIL = frozenset(("until", "till"))
