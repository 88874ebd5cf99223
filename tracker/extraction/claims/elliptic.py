"""Units of figures that name none of their own, taken from what they refer to: "zwölf
Menschen verletzt, zwei davon schwer", "490 aircraft, 390 of them", "2.640 Menschen, 130
weniger als im Jahr zuvor", "Die Zahl der Verletzten sank auf etwa 358.000"; points beside
percentages are percentage points; "Kwame Osei, 24," is an age."""

from __future__ import annotations

from ..lexicon import WORDS
from ..numbers.not_figures import signed_in_brackets
from ..text.clauses import positions
from .among import among_harmed
from .carriers import CARRIED, carrier, per_unit
from .context_units import another_of_the_same, change_counted_after
from .filters import TIME_UNITS
from .head_nouns import changed_plural, own_plural_noun
from .kinds import lead_points, league_points
from .referents import (
    HARM_UNITS,
    age_after_name,
    compared,
    item_before,
    list_goes_on,
    number_of_unit,
    other_verb,
    parallel_percent,
    subject_unit,
    superlative_age,
    whole_before,
)
from .scales import shared_scale

_BIG_SCALES = frozenset(
    ("millionen", "milliarden", "mio", "mrd", "million", "millions", "billion", "billions", "bn", "m")
)


_BILLIONS = frozenset(("milliarden", "mrd", "billion", "billions", "bn"))
_RESULTS = frozenset(WORDS["money_result_nouns"])
_ELLIPSIS_AFTER = frozenset(("davon", "weniger", "mehr", "fewer", "less", "more", "each", "jeweils"))
_OF_THEM = frozenset((("of", "them"), ("of", "those"), ("von", "ihnen"), ("of", "these")))


def elliptic_units(s, raw, lang: str, before=()) -> None:
    """Figures that name no unit of their own take it from what they refer to: "zwölf Menschen
    verletzt, zwei davon schwer", "490 aircraft, 390 of them", "2.640 Menschen, 130 weniger als
    im Jahr zuvor", "Die Zahl der Verletzten sank auf etwa 358.000". The rules of ``UNIT_RULES``
    are asked in order for each figure without a unit; the first that answers True decides."""
    _poll_points(s, raw, before)
    _signed_points(s, raw, before)
    among_harmed(s, raw, lang, before)
    _ages_listed_before(s, raw)
    ctx = _Context(s, raw, lang, before)
    for k, rc in enumerate(raw):
        if _listed_age(s, raw, k, rc):
            continue
        if rc.unit is not None or rc.kind not in ("count", "other"):
            continue
        ctx.at(k, rc)
        for rule in UNIT_RULES:
            if rule(ctx, k, rc):
                break


class _Context:
    """The sentence, its figures, the sentence before's, and the tokens after the figure at
    hand: ``j`` (after "zwei davon", "three of them" taken back), ``nxt`` and ``pair``."""

    __slots__ = ("_number_of", "before", "j", "lang", "nxt", "pair", "raw", "s")

    def __init__(self, s, raw, lang, before):
        self.s, self.raw, self.lang, self.before = s, raw, lang, before
        self._number_of = None
        self.j, self.nxt, self.pair = 0, "", None

    def at(self, k: int, rc) -> None:
        lowers, n = self.s.lowers, self.s.n
        j = rc.i1
        if lowers[j - 1] == "davon" and j - 1 > rc.num:
            j -= 1  # the claim took "zwei davon" already
        elif j - 2 > rc.num and (lowers[j - 2], lowers[j - 1]) in _OF_THEM:
            j -= 2  # ... or "fünf von ihnen", "three of them"
        self.j = j
        self.nxt = lowers[j] if j < n else ""
        self.pair = (self.nxt, lowers[j + 1]) if j + 1 < n else None

    def number_of(self):
        if self._number_of is None:
            self._number_of = number_of_unit(self.s, self.lang)
        return self._number_of


def _poll_points(s, raw, before) -> None:
    """ "26 Prozent … ein Minus von zwei Punkten", "its lead to 11 points, according to a YouGov
    poll": points beside percentages or in a poll are percentage points; "23 points from 12
    games" are a league's."""
    if "point" not in [rc.unit for rc in raw]:
        return
    if not ("percent" in [p.kind for p in (*raw, *before)] or not _POLL_WORDS.isdisjoint(s.low_set)):
        return
    for rc in raw:
        if (
            rc.unit == "point"
            and rc.value is not None
            and abs(rc.value) <= 100
            and not league_points(s.lowers, rc.i1)
            and not lead_points(s.lowers, rc.i0, rc.i1)
        ):
            rc.unit, rc.kind = "percentage point", "percent"


def _listed_age(s, raw, k: int, rc) -> bool:
    """ "aged 4 and 11", "ages 19 and 27": the second of a list of ages."""
    if not (k and raw[k - 1].kind == "age" and raw[k - 1].i1 == rc.i0 - 1):
        return False
    if list_goes_on(s.lowers, rc.i0 - 1, rc.i1, _LIST_JOIN) and rc.i0 == rc.num and rc.value_high is None:
        rc.kind, rc.unit, rc.i1 = "age", "year", rc.num + 1
        return True
    return False


def _ages_listed_before(s, raw) -> None:
    """ "im Alter von 19, 23 und 31 Jahren", "zu 2, 3 und 5 Jahren": bare figures listed right
    before a figure of years are years of the same kind (ages, terms)."""
    for k in range(len(raw) - 2, -1, -1):
        rc, nxt = raw[k], raw[k + 1]
        if not (nxt.unit == "year" and rc.unit is None and rc.kind == "count" and nxt.i0 == rc.i1 + 1):
            continue
        if s.lowers[rc.i1] in (",", "und", "and") and rc.value_high is None and 0 < rc.value <= 120:
            rc.kind, rc.unit = nxt.kind, "year"


def _take(rc, ref) -> None:
    rc.unit, rc.kind = ref.unit, ref.kind


def named_age(ctx, k: int, rc) -> bool:
    """ "Kwame Osei, 24, died", "Anna M., 31, wurde": an age."""
    if age_after_name(ctx.s, rc) or superlative_age(ctx.s, rc):
        rc.kind, rc.unit = "age", "year"
        return True
    return False


def instead_or_partitive(ctx, k: int, rc) -> bool:
    """ "6,50 statt 5 Euro", "three of the five Tests": the unit of the figure it refers to
    (cents against euros left alone)."""
    s, raw = ctx.s, ctx.raw
    lowers, n = s.lowers, s.n
    partitive = (
        rc.num + 1 < n
        and lowers[rc.num + 1] in ("of", "der")
        and k + 1 < len(raw)
        and raw[k + 1].num - rc.num <= 4  # "three of the five tests", not a figure far on
    )
    if not (ctx.nxt in ("statt", "anstatt") or ctx.pair == ("instead", "of") or partitive):
        return False
    ref = next((p for p in raw[k + 1 :] if p.unit is not None), None)
    if ref is not None:
        _take(rc, ref)
        if shared_scale(s, rc, ref):
            return True  # "1,231 statt 1,219 Milliarden Euro": the scale too
        if ref.kind == "money" and ref.value >= 100 * rc.value and ref.unit in ("euro", "dollar", "pound"):
            rc.unit, rc.kind = None, "count"
    return True


def scaled_money(ctx, k: int, rc) -> bool:
    """ "Analysten hatten mit gut 16 Milliarden gerechnet" after "17 Milliarden Euro"; not "110
    million birds" (a noun of its own); millions in the sentence before are as often people as
    money, billions are money, and so are millions of a result ("ein Minus (38,2 Millionen)")."""
    lowers, n = ctx.s.lowers, ctx.s.n
    if not (rc.num + 1 < n and lowers[rc.num + 1] in _BIG_SCALES and rc.i1 <= rc.num + 2):
        return False
    ref = next((p for p in reversed(ctx.raw[:k]) if p.kind == "money"), None)
    result = not _RESULTS.isdisjoint(lowers[max(0, rc.i0 - 3) : rc.i0])
    if ref is None and (lowers[rc.num + 1] in _BILLIONS or result):
        ref = next((p for p in reversed(ctx.before) if p.kind == "money"), None)
    return _taken(rc, ref)


def ellipsis(ctx, k: int, rc) -> bool:
    """ "zwölf Menschen verletzt, zwei davon schwer", "2.640 Menschen, 130 weniger", "490
    aircraft, 390 of them": the unit of the figure before (in the sentence before for "davon")."""
    nxt, pair = ctx.nxt, ctx.pair
    if not (nxt in _ELLIPSIS_AFTER or pair in _OF_THEM):
        return False
    of_them = nxt == "davon" or pair in _OF_THEM
    ref = next((p for p in reversed(ctx.raw[:k]) if p.unit is not None), None)
    if ref is None and of_them:
        ref = next((p for p in reversed(ctx.before) if p.unit is not None), None)
    if ref is not None and ref.kind in ("count", "other", "money"):
        _take(rc, ref)
        if of_them:
            rc.i1 = max(rc.i1, ctx.j + (1 if nxt == "davon" else 2))
    return True


def counted_noun_before(ctx, k: int, rc) -> bool:
    """ "Die Zahl der Toten stieg auf 34", "the number of measles cases rose to": the noun
    counted, named before the figure."""
    found = ctx.number_of()
    if found and found[0] < rc.num:
        rc.unit, rc.kind = found[1]
        return True
    return False


def part_of_a_whole(ctx, k: int, rc) -> bool:
    """ "Of the 63 confirmed cases, 37 are in the capital": the unit of the whole; "1.802 Menschen
    aus Syrien, 1.377 aus Afghanistan": a list whose items repeat the first one's preposition."""
    return _taken(rc, whole_before(ctx.s, ctx.raw, k) or item_before(ctx.s, ctx.raw, k, ctx.nxt))


def own_word_follows(ctx, k: int, rc) -> bool:
    """A word of its own follows: an unknown noun, not an ellipsis (stop asking)."""
    j, s = ctx.j, ctx.s
    return j < s.n and s.words[j][0].isalnum() and s.lowers[j] not in BARE_AFTER


def figure_before(ctx, k: int, rc) -> bool:
    """ "from 53 in 2024", "up from about 90,000": a figure shortly before in the sentence (not
    a time unit, not a harm another verb stands between); the boats people came in are no such
    figure ("512 migrants crossed in nine boats, taking the total to 24,318": migrants), nor is
    what a figure is per ("412 people in eight boats, an average of 52 per boat": people)."""
    lowers = ctx.s.lowers
    per = per_unit(ctx.s, ctx.j, ctx.lang)
    ref = next(
        (
            p
            for p in reversed(ctx.raw[:k])
            if p.unit is not None
            and p.kind in _INHERIT
            and p.unit not in TIME_UNITS
            and p.unit != per
            and not carrier(lowers, p)
            and (rc.num - p.i1 <= 12 or (rc.num - p.i1 <= 20 and compared(lowers, p.i1, rc.num)))
            and not (p.unit in HARM_UNITS and other_verb(lowers, p.i1, rc.num))
        ),
        None,
    )
    if ref is None and (per or any(carrier(lowers, p) for p in ctx.raw[:k])):
        # past the carriers: the people counted before them in the sentence
        ref = next((p for p in ctx.raw[:k] if p.unit in CARRIED and p.unit != per), None)
    return _taken(rc, ref)


def range_to_next(ctx, k: int, rc) -> bool:
    """ "von 52 auf 58 Euro", "mit 2,5 beziehungsweise 3,1 Prozentpunkten": the unit of the
    figure right after."""
    raw, j, lowers = ctx.raw, ctx.j, ctx.s.lowers
    if not (j < ctx.s.n and k + 1 < len(raw)):
        return False
    if lowers[j] in _ALTERNATIVE:
        kinds = _INHERIT_PERCENT
    elif lowers[j] in ("auf", "to", "bis"):  # "von 14,1 auf 15,3 Prozent": a share too
        kinds = _INHERIT_PERCENT if rc.i0 and lowers[rc.i0 - 1] in ("von", "from") else _INHERIT
    else:
        return False
    nxt_claim = raw[k + 1]
    if nxt_claim.unit is not None and nxt_claim.kind in kinds and nxt_claim.num - j <= 2:
        return _taken(rc, nxt_claim)
    return False


_ALTERNATIVE = frozenset(("beziehungsweise", "bzw", "oder", "or"))


def shared_percent(ctx, k: int, rc) -> bool:
    """ "die AfD auf 21 und die SPD auf 16 Prozent": see ``_parallel_percent``."""
    if k + 1 < len(ctx.raw) and (ctx.nxt == "," or ctx.nxt in _LIST_JOIN):
        return _taken(rc, parallel_percent(ctx.s.lowers, ctx.raw, k))
    return False


def changed_subject(ctx, k: int, rc) -> bool:
    """ "measles cases rose by 20% to about 10.3 million": the subject the change is of."""
    lowers = ctx.s.lowers
    if rc.i0 and lowers[rc.i0 - 1] in _CHANGE_TO:
        return _taken(rc, subject_unit(ctx.s, rc, ctx.raw, ctx.lang))
    return False


def sentence_before(ctx, k: int, rc) -> bool:
    """ "By Thursday the number had fallen to 9,000", "Im Jahr davor waren es 3.180": the counted
    figure of the sentence before."""
    if not ctx.before:
        return False
    lowers, n = ctx.s.lowers, ctx.s.n
    total = not _TOTAL_WORDS.isdisjoint(lowers[: rc.num]) and any(
        h + 1 >= n or lowers[h + 1] not in ("of", "der", "des")
        for h in positions(lowers[: rc.num], _TOTAL_WORDS)
    )
    ref = next(
        (p for p in ctx.before if p.unit is not None and p.kind in _INHERIT and p.unit not in TIME_UNITS),
        None,
    )
    if not (total or _it_was(lowers, rc.i0)):
        # a bare count of the same order as the counted figure before it: the same thing
        # ("74,000 jobs added ... The department now puts April's gain at 131,000")
        ref = next((p for p in reversed(ctx.before) if p.unit is not None and p.kind == "count"), None)
        if ref is None or ref.unit in TIME_UNITS or not _same_order(rc.value, ref.value):
            return False
    return _taken(rc, ref)


def _same_order(a, b) -> bool:
    return a is not None and b is not None and b > 0 and 0.2 <= a / b <= 5 and a >= 100


_IT_WAS = frozenset((("waren", "es"), ("sind", "es"), ("war", "es"), ("ist", "es"), ("wären", "es")))


def _it_was(lowers, i0: int) -> bool:
    """ "Im Jahr davor waren es 3.180": the figure stands for the one named before."""
    return i0 >= 2 and (lowers[i0 - 2], lowers[i0 - 1]) in _IT_WAS


def _taken(rc, ref) -> bool:
    if ref is None:
        return False
    _take(rc, ref)
    return True


# the rules for a figure without a unit, in order: the first that answers True decides
UNIT_RULES = (
    named_age,
    instead_or_partitive,
    scaled_money,
    ellipsis,
    another_of_the_same,
    counted_noun_before,
    change_counted_after,
    part_of_a_whole,
    own_plural_noun,
    own_word_follows,
    figure_before,
    range_to_next,
    shared_percent,
    changed_subject,
    changed_plural,
    sentence_before,
)


def _signed_points(s, raw, before) -> None:
    """ "die SPD 22 Prozent (+4)", "Labour 31% (-2)": a signed change in brackets beside
    percentages is in percentage points."""
    if "percent" not in [p.kind for p in (*raw, *before)]:
        return
    for rc in raw:
        if rc.unit is None and rc.kind == "count" and signed_in_brackets(s, rc.num):
            rc.unit, rc.kind = "percentage point", "percent"


# after a figure that refers to another one: "up from 53 in 2024", "from about 90,000 in June"
BARE_AFTER = frozenset(
    (
        *("in", "im", "a", "an", "the", "this", "last", "per", "auf", "to", "and"),
        *("und", "at", "from", "on", "bis", "than", "als", "for", "over", "by", "year"),
        *("month", "earlier", "before", "ago", "zuvor", "vor", "am", "bei"),
        *("beziehungsweise", "bzw", "oder", "or"),  # "mit 2,5 beziehungsweise 3,1 Prozentpunkten"
        # a verb after the figure, no noun of its own: "In der Vorwoche waren es 27.915 gewesen"
        *("gewesen", "geworden", "gezählt", "gemeldet", "registriert", "erfasst", "übermittelt"),
    )
)


_INHERIT = frozenset(("count", "money", "other"))
_INHERIT_PERCENT = _INHERIT | {"percent"}


_TOTAL_WORDS = frozenset(("number", "figure", "total", "zahl", "gesamtzahl"))


_POLL_WORDS = frozenset(
    (
        *("poll", "polls", "survey", "pollster", "pollsters", "polling", "umfrage", "umfragen"),
        *("erhebung", "politbarometer", "deutschlandtrend", "sonntagsfrage", "meinungsumfrage"),
    )
)


_LIST_JOIN = frozenset(("und", "and", "sowie", "while", "während"))


_CHANGE_TO = frozenset(("to", "at", "by", "um", "auf", "bei", "reached", "hit", "topped", "erreichte"))
