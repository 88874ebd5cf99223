"""Not-a-figure filters that need the whole sentence: numbers that count who speaks ("Two
officials told Reuters"), the time a figure is counted over ("in the past 24 hours"), and bare
numbers the article uses in a name ("Boeing 737"). The filters over single numbers (phone
numbers, times, ordinals) are in ``numbers/figures.py``."""

from __future__ import annotations

from ..sources.cues import VERBS
from ..sources.mentions import source_noun

# the units of a time span: "24 hours", "zwei Wochen"
TIME_UNITS = frozenset(("year", "quarter", "month", "week", "day", "hour", "minute", "second"))


def drop_name_numbers(states, names) -> None:
    """A bare number the article also uses in a name is that name again: "Boeing 737 ...
    737 output fell", "Flug 4U 9525 ... die 9525"."""
    for st in states:
        s, raw = st.sentence, st.figures
        if raw:
            raw[:] = [
                rc
                for rc in raw
                if not (
                    s.words[rc.num] in names
                    and rc.unit is None
                    and rc.kind == "count"
                    and rc.i0 == rc.num
                    and rc.value_high is None
                )
            ]


# "in the past 24 hours", "in den ersten neun Monaten", "over the next 12 months", "compared with
# the same three months a year earlier", "in den gleichen sechs Monaten des Vorjahres"
FRAME_BEFORE = frozenset(
    (
        *("first", "past", "last", "previous", "next", "coming", "preceding", "latest", "same"),
        *("ersten", "vergangenen", "letzten", "zurückliegenden", "kommenden", "nächsten"),
        *("folgenden", "vorangegangenen", "gleichen", "selben"),
    )
)


_BACK_AFTER = frozenset(("zuvor", "davor", "earlier", "ago"))
_FRAME_TO = frozenset(("to", "through", "ending", "ended", "bis"))


_SPREAD_OVER = frozenset(("over", "across", "über"))


def without_time_frames(s, raw):
    """The figures of a sentence without the time spans they are counted over; a sum spread
    over years keeps its years exact."""
    if TIME_UNITS.isdisjoint([rc.unit for rc in raw]):
        return raw
    raw = [rc for rc in raw if not time_frame(s, rc)]
    spread_over(s, raw)
    return raw


def spread_over(s, raw) -> None:
    """ "$2bn over four years", "50 Milliarden Euro über zehn Jahre": the years the sum is spread
    over, exactly; "over" is no hedge there."""
    lowers = s.lowers
    for rc in raw:
        over = rc.num - 1
        if (
            rc.unit in TIME_UNITS
            and over > 0
            and rc.i0 == over
            and lowers[over] in _SPREAD_OVER
            and any(o.i1 == over for o in raw)
        ):
            rc.i0, rc.bound, rc.approximate = rc.num, "exact", False


def time_frame(s, rc) -> bool:
    """The time a figure is counted over, not a figure: "in the past 24 hours", "in den ersten
    neun Monaten", "over the next 12 months", "in the three months to September"."""
    if rc.unit not in TIME_UNITS or rc.value_high is not None:
        return False
    lowers, n = s.lowers, s.n
    if rc.i1 < n and lowers[rc.i1] in _BACK_AFTER:
        return True  # "acht weniger als vier Jahre zuvor", "two years earlier": a point in time
    if rc.i0 != rc.num:
        return False
    if rc.num >= 1 and lowers[rc.num - 1] in FRAME_BEFORE:
        return True
    # "the three months to September", "den zwölf Monaten bis Juni"
    return (
        rc.num >= 1
        and lowers[rc.num - 1] in ("the", "den", "die")
        and rc.i1 + 1 < n
        and lowers[rc.i1] in _FRAME_TO
        and s.words[rc.i1 + 1][0].isupper()
    )


# who speaks, counted: "two officials told", "people familiar with", "zwei Insider sagten"
_SPEAKER_PEOPLE = frozenset(("people", "persons", "sources", "insiders", "personen", "quellen", "insider"))


# what may stand between the speakers and their verb: "briefed on the talks", "familiar with the
# matter", "close to the negotiations", "with knowledge of", ", who asked not to be named,"
_SPEAKER_BRIDGE = frozenset(("briefed", "familiar", "close", "with", "aware", "involved", "knowledgeable"))


_RELATIVE = frozenset(("who", "die", "der"))


def without_speaker_counts(s, raw, lang: str, cues):
    """Drop the numbers that count who speaks: "Two officials told Reuters", "Zwei Diplomaten
    sagten", "three people familiar with the talks said", "drei mit den Gesprächen vertraute
    Personen sagten" are attributions, not figures of the story (their words become the
    source). "Two officials were killed, police said" stays a claim."""
    if not any(rc.kind == "count" and rc.value is not None and rc.value <= 12 for rc in raw):
        return raw
    verbs = [c.i0 for c in cues if c.kind == "verb"]
    raw = [rc for rc in raw if not _cited_speakers(s, rc, lang)]
    if not verbs:
        return raw
    return [rc for rc in raw if not _counts_speakers(s, rc, lang, verbs)]


_CITING = frozenset(("citing", "quoting", "berufung", "according", "laut"))


def _cited_speakers(s, rc, lang: str) -> bool:
    """ "citing two Ukrainian officials", "unter Berufung auf drei Diplomaten": who is cited."""
    if rc.kind != "count" or rc.value is None or rc.value > 12 or rc.unit not in (None, "person"):
        return False
    lowers = s.lowers
    k = rc.i0 - 1
    if k >= 0 and lowers[k] == "auf":
        k -= 1
    if k >= 1 and lowers[k] == "to" and lowers[k - 1] == "according":
        k -= 1  # "according to two people familiar with the plan"
    if k < 0 or lowers[k] not in _CITING:
        return False
    return any(
        lowers[j] in _SPEAKER_PEOPLE or source_noun(s, j, lang) is not None
        for j in range(rc.num + 1, min(s.n, rc.num + 5))
    )


def _counts_speakers(s, rc, lang: str, verbs) -> bool:
    if rc.kind != "count" or rc.value_high is not None or rc.value is None or rc.value > 12:
        return False
    if rc.unit not in (None, "person"):
        return False
    lowers, words, n = s.lowers, s.words, s.n
    # the counted noun: after nationalities and adjectives ("Two US officials", "zwei
    # westliche Diplomaten") or a German "mit ... vertraute" phrase
    noun = None
    for j in range(rc.num + 1, min(n, rc.num + 7)):
        if lowers[j] in _SPEAKER_PEOPLE or source_noun(s, j, lang) is not None:
            noun = j
            break
        if words[j] in (",", ";", ".") or lowers[j] in VERBS[lang]:
            return False
    if noun is None:
        return False
    nxt = lowers[noun + 1] if noun + 1 < n else ""
    if nxt in _SPEAKER_BRIDGE:
        reach = 8
    elif nxt == "," and noun + 2 < n and lowers[noun + 2] in _RELATIVE:
        reach = 14
    elif lowers[noun] in _SPEAKER_PEOPLE and lang == "en":
        return False  # "500 people said they would vote": respondents, not sources
    else:
        reach = 1
    return any(noun < i0 <= noun + reach for i0 in verbs)
