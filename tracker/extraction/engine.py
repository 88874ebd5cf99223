"""The pipeline: sentences -> dates, figures, attributions, quotes -> frozen ``Extraction``."""

from __future__ import annotations

import datetime as dt
import gc
import re

from .attribution import attributed, confirmation, institution_subject, sentence_mentions
from .claims import TRIGGERS, candidates, find_claims, league_points, might_hold_figures
from .cues import VERBS, find_cues, has_cue
from .discourse_stage import resolve as resolve_discourse
from .generic import info_sources
from .language import detect_language, normalise_language
from .lexicon import WORDS
from .modality import modality_cues, modality_of
from .periods import _DATE_TRIGGERS, find_periods
from .quotes import PRONOUNS, containing, find_quotes
from .sentences import sentences
from .sources import ARTICLES, NOT_NAMES, Mention, source_noun
from .types import Claim, Extraction, Period, Quote, SourceMention, Speaker
from .units import harm_unit, unit_of_word

# German indirect speech: Konjunktiv I, or hearsay "soll(en) ... haben/sein" ("sollen ... gezahlt haben")
_KONJUNKTIV_RE = re.compile(
    r"\b(?:sei|seien|habe|hätten|hätte|werde|würden|könne|müsse|solle|gebe|liege|lägen"
    r"|entspreche|drohe|stehe|gehe|komme|bleibe|fehle|reiche|betrage|steige|sinke|wachse|erhalte"
    r"|brauche|plane|rechne|erwarte|wolle|dürfe|bestehe|verfüge|arbeite|lebe|trage)\b"
    r"|\bsoll(?:en|te|ten)?\b[^.;:]{0,200}?\b(?:haben|sein|worden)\b"
)
_DEMNACH_RE = re.compile(r"\b(?:demnach|demzufolge|zufolge)\b")
_RELATIVE_OPENERS = frozenset(WORDS["engine._RELATIVE_OPENERS"])
_COMPARISON = frozenset(("als", "gegenüber", "verglichen", "than", "compared", "vs", "versus"))
_ONLY_COUNTED = ("only-counted",)
# words that start a figure or a date: one pass over a sentence marks the tokens to look at
_MARKING = {lang: TRIGGERS | _DATE_TRIGGERS[lang] for lang in ("de", "en")}
_DIGITS = frozenset("0123456789")
_COUNTED = frozenset(("count", "money", "percent", "other", "age"))


def parse_published(published):
    if published is None or published == "":
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    try:
        return dt.date.fromisoformat(str(published).strip()[:10])
    except ValueError:
        return None


def run(text: str, language, published, version: str) -> Extraction:
    """Extract from ``text``. The engine makes no reference cycles (everything it allocates is
    freed by reference counting), so the cyclic garbage collector is paused while it runs: its
    collections would only walk the engine's short-lived lists and objects again and again (a
    quarter of the time on a 4 KB article) and could never free anything."""
    enabled = gc.isenabled()
    if enabled:
        gc.disable()
    try:
        return _run(text, language, published, version)
    finally:
        if enabled:
            gc.enable()


def _run(text: str, language, published, version: str) -> Extraction:
    if not isinstance(text, str):
        text = (
            bytes(text).decode("utf-8", "replace")
            if isinstance(text, (bytes, bytearray))
            else str(text or "")
        )
    lang = normalise_language(language) or detect_language(text)
    pub = parse_published(published)
    low_text = text.lower()
    same_length = len(low_text) == len(text)
    sents = sentences(text, lang, low_text if same_length else None)
    quotes = find_quotes(text, sents, lang)
    _resolve_pronoun_speakers(quotes, sents, text, lang)
    per_sentence = []
    names = set()  # numbers the article uses in names: "Boeing 737" makes "each 737" no figure
    marking = _MARKING[lang]
    for s in sents:
        if same_length:
            maybe = might_hold_figures(low_text, s.start, s.end)
        else:
            maybe = might_hold_figures(text[s.start : s.end].lower(), 0, s.end - s.start)
        if maybe:
            marks = [k for k, low in enumerate(s.lowers) if low in marking or low[0] in _DIGITS]
            cands = candidates(s, marks)
        else:
            cands = None
        cues = None
        if cands:
            periods, used = find_periods(s, lang, pub, text, marks)
            raw = [c for c in find_claims(s, lang, used, cands, names) if c.kind != "name"]
            if raw and has_cue(s, lang):
                cues = find_cues(s, lang)
                raw = _without_speaker_counts(s, raw, lang, cues)
            if raw and not _TIME_UNITS.isdisjoint([rc.unit for rc in raw]):
                raw = [rc for rc in raw if not _time_frame(s, rc)]
                _spread_over(s, raw)
            if raw:
                _elliptic_units(s, raw, lang, per_sentence[-1][2] if per_sentence else ())
        else:
            periods, raw = [], []  # no digit and no number word: no figure and no date to find
        sources = []
        back = raw == [] and per_sentence and per_sentence[-1][2] and text.startswith(_BACK_PREFIXES, s.start)
        blocked = set()  # the claims' own tokens are never part of a source
        for c in raw:
            blocked.update(range(c.i0, c.i1))
        if (raw or back) and (cues is not None or has_cue(s, lang)):
            if cues is None:
                cues = find_cues(s, lang)
            sources = [(m, cue, role, s) for m, cue, role in attributed(s, lang, cues=cues, blocked=blocked)]
        if raw and not sources:
            sources = [(m, cue, role, s) for m, cue, role in info_sources(s, lang, blocked)]
            if not sources:
                sources = [(m, "", "origin", s) for m in institution_subject(s, lang, blocked)]
        per_sentence.append((s, periods, raw, sources))
    if names:
        _drop_name_numbers(per_sentence, names)
    _back_references(per_sentence, lang)
    _personal_subjects(per_sentence, quotes, text)
    _pronoun_sources(per_sentence, quotes, lang, text)
    _corroborate(per_sentence, lang)
    _continue_reported_speech(per_sentence, quotes, lang, text)
    claims = []
    starts = [q.start for q in quotes]
    default_when = _news_day(per_sentence, lang, pub, text)
    recent = []  # periods of the last sentences of the paragraph, for claims without their own
    for s, periods, raw, sources in per_sentence:
        if recent and "\n" in text[recent[-1][0] : s.start]:
            recent = []
        mcues = modality_cues(s, lang) if raw else None
        nums = [rc.num for rc in raw] if len(raw) > 1 else ()
        for rc in raw:
            claims.append(
                _claim(
                    text, s, rc, periods, sources, (quotes, starts), lang, mcues, recent, default_when, nums
                )
            )
        carried = [
            x
            for x in periods
            if not _comparison_base(s, x[0], _segment(s, x[0])) and not _back_period(s.lowers, x[0], x[1])
        ]
        if len(carried) > 1:
            # "beschloss am Mittwoch den Bundeshaushalt 2027. Er sieht Ausgaben von ... vor": the
            # year the plan is for carries on, not the day it was decided
            carried.sort(key=lambda x: not (_purpose(s.lowers, x[0]) or _plan_year(s.lowers, x[0])))
        if carried:
            recent = [(s.start, carried)]
        elif recent and len(recent) < 3:
            recent.append((s.start, []))
    out_quotes = tuple(_quote(text, q) for q in quotes)
    # issue #14: the discourse stage (discourse_stage/) attributes across sentences
    claims, out_quotes = resolve_discourse(text, lang, sents, claims, out_quotes)
    return Extraction(lang, version, tuple(claims), out_quotes)


def _drop_name_numbers(per_sentence, names) -> None:
    """A bare number the article also uses in a name is that name again: "Boeing 737 ...
    737 output fell", "Flug 4U 9525 ... die 9525"."""
    for s, _, raw, _ in per_sentence:
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


_TIME_UNITS = frozenset(("hour", "day", "week", "month", "quarter", "year"))
# "in the past 24 hours", "in den ersten neun Monaten", "over the next 12 months"
_FRAME_BEFORE = frozenset(
    (
        *("first", "past", "last", "previous", "next", "coming", "preceding", "latest"),
        *("ersten", "vergangenen", "letzten", "zurückliegenden", "kommenden", "nächsten"),
        *("folgenden", "vorangegangenen"),
    )
)
_FRAME_TO = frozenset(("to", "through", "ending", "ended", "bis"))
_SPREAD_OVER = frozenset(("over", "across", "über"))


def _spread_over(s, raw) -> None:
    """ "$2bn over four years", "50 Milliarden Euro über zehn Jahre": the years the sum is spread
    over, exactly; "over" is no hedge there."""
    lowers = s.lowers
    for rc in raw:
        over = rc.num - 1
        if (
            rc.unit in _TIME_UNITS
            and over > 0
            and rc.i0 == over
            and lowers[over] in _SPREAD_OVER
            and any(o.i1 == over for o in raw)
        ):
            rc.i0, rc.bound, rc.approximate = rc.num, "exact", False


def _time_frame(s, rc) -> bool:
    """The time a figure is counted over, not a figure: "in the past 24 hours", "in den ersten
    neun Monaten", "over the next 12 months", "in the three months to September"."""
    if rc.unit not in _TIME_UNITS or rc.value_high is not None:
        return False
    lowers, n = s.lowers, s.n
    if rc.i0 != rc.num:
        return False
    if rc.num >= 1 and lowers[rc.num - 1] in _FRAME_BEFORE:
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


def _without_speaker_counts(s, raw, lang: str, cues):
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


_BIG_SCALES = frozenset(
    ("millionen", "milliarden", "mio", "mrd", "million", "millions", "billion", "billions", "bn", "m")
)
_BILLIONS = frozenset(("milliarden", "mrd", "billion", "billions", "bn"))
_ELLIPSIS_AFTER = frozenset(("davon", "weniger", "mehr", "fewer", "less", "more"))
_OF_THEM = frozenset((("of", "them"), ("of", "those"), ("von", "ihnen"), ("of", "these")))
_NUMBER_OF = frozenset((("zahl", "der"), ("zahl", "des"), ("number", "of"), ("anzahl", "der")))


def _elliptic_units(s, raw, lang: str, before=()) -> None:
    """Figures that name no unit of their own take it from what they refer to: "zwölf Menschen
    verletzt, zwei davon schwer", "490 aircraft, 390 of them", "2.640 Menschen, 130 weniger als
    im Jahr zuvor", "Die Zahl der Verletzten sank auf etwa 358.000"."""
    lowers, n = s.lowers, s.n
    if any(rc.unit == "point" for rc in raw) and (
        any(p.kind == "percent" for p in (*raw, *before)) or not _POLL_WORDS.isdisjoint(lowers)
    ):
        # "26 Prozent … ein Minus von zwei Punkten", "its lead to 11 points, according to a
        # YouGov poll": points beside percentages or in a poll are percentage points; "23
        # points from 12 games" are a league's
        for rc in raw:
            if (
                rc.unit == "point"
                and rc.value is not None
                and abs(rc.value) <= 100
                and not league_points(lowers, rc.i1)
            ):
                rc.unit, rc.kind = "percentage point", "percent"
    number_of = None
    for k, rc in enumerate(raw):
        if (
            k
            and raw[k - 1].kind == "age"
            and raw[k - 1].i1 == rc.i0 - 1
            and lowers[rc.i0 - 1] in _LIST_JOIN
            and rc.i0 == rc.num
            and rc.value_high is None
        ):
            rc.kind, rc.unit, rc.i1 = "age", "year", rc.num + 1  # "aged 4 and 11", "ages 19 and 27"
            continue
        if rc.unit is not None or rc.kind not in ("count", "other"):
            continue
        if _age_after_name(s, rc):
            rc.kind, rc.unit = "age", "year"  # "Kwame Osei, 24, died", "Anna M., 31, wurde"
            continue
        j = rc.i1
        if lowers[j - 1] == "davon" and j - 1 > rc.num:
            j -= 1  # the claim took "zwei davon" already
        elif j - 2 > rc.num and (lowers[j - 2], lowers[j - 1]) in _OF_THEM:
            j -= 2  # ... or "fünf von ihnen", "three of them"
        nxt = lowers[j] if j < n else ""
        pair = (nxt, lowers[j + 1]) if j + 1 < n else None
        partitive = (
            rc.num + 1 < n
            and lowers[rc.num + 1] in ("of", "der")
            and k + 1 < len(raw)
            and raw[k + 1].num - rc.num <= 4  # "three of the five tests", not a figure far on
        )
        if nxt in ("statt", "anstatt") or pair == ("instead", "of") or partitive:
            # "6,50 statt 5 Euro", "three of the five Tests": the unit of the figure it refers to
            ref = next((p for p in raw[k + 1 :] if p.unit is not None), None)
            if ref is not None:
                rc.unit, rc.kind = ref.unit, ref.kind
                if (
                    ref.kind == "money"
                    and ref.value >= 100 * rc.value
                    and ref.unit in ("euro", "dollar", "pound")
                ):
                    rc.unit, rc.kind = None, "count"  # cents against euros: leave it
            continue
        if rc.num + 1 < n and lowers[rc.num + 1] in _BIG_SCALES and rc.i1 <= rc.num + 2:
            # "Analysten hatten mit gut 16 Milliarden gerechnet" after "17 Milliarden Euro"; not
            # "110 million birds" (a noun of its own), and millions in the sentence before are
            # as often people as money
            ref = next((p for p in reversed(raw[:k]) if p.kind == "money"), None)
            if ref is None and lowers[rc.num + 1] in _BILLIONS:
                ref = next((p for p in reversed(before) if p.kind == "money"), None)
            if ref is not None:
                rc.unit, rc.kind = ref.unit, ref.kind
                continue
        if nxt in _ELLIPSIS_AFTER or pair in _OF_THEM:
            ref = next((p for p in reversed(raw[:k]) if p.unit is not None), None)
            if ref is None and (nxt == "davon" or pair in _OF_THEM):  # the sentence before
                ref = next((p for p in reversed(before) if p.unit is not None), None)
            if ref is not None and ref.kind in ("count", "other", "money"):
                rc.unit, rc.kind = ref.unit, ref.kind
                if nxt == "davon" or pair in _OF_THEM:
                    rc.i1 = max(rc.i1, j + (1 if nxt == "davon" else 2))
            continue
        if number_of is None:
            number_of = _number_of_unit(s, lang)
        if number_of and number_of[0] < rc.num:
            rc.unit, rc.kind = number_of[1]
            continue
        if j < n and s.words[j][0].isalnum() and lowers[j] not in _BARE_AFTER:
            continue  # a word of its own follows: an unknown noun, not an ellipsis
        ref = next(
            (
                p
                for p in reversed(raw[:k])
                if p.unit is not None
                and p.kind in _INHERIT
                and p.unit not in _TIME_UNITS
                and (rc.num - p.i1 <= 12 or (rc.num - p.i1 <= 20 and _compared(lowers, p.i1, rc.num)))
                and not (p.unit in _HARM_UNITS and _other_verb(lowers, p.i1, rc.num))
            ),
            None,
        )
        if ref is None and j < n and lowers[j] in ("auf", "to", "bis") and k + 1 < len(raw):
            nxt_claim = raw[k + 1]  # "von 52 auf 58 Euro"
            if nxt_claim.unit is not None and nxt_claim.kind in _INHERIT and nxt_claim.num - j <= 2:
                ref = nxt_claim
        if ref is None and k + 1 < len(raw) and (nxt == "," or nxt in _LIST_JOIN):
            ref = _parallel_percent(lowers, raw, k)
        if ref is None and rc.i0 and lowers[rc.i0 - 1] in _CHANGE_TO:
            ref = _subject_unit(s, rc, raw, lang)  # "measles cases rose by 20% to about 10.3 million"
        if (
            ref is None
            and before
            and not _TOTAL_WORDS.isdisjoint(lowers[: rc.num])
            and any(
                h + 1 >= n or lowers[h + 1] not in ("of", "der", "des")
                for h in _positions(lowers[: rc.num], _TOTAL_WORDS)
            )
        ):
            # "By Thursday the number had fallen to 9,000": the figure of the sentence before
            ref = next(
                (
                    p
                    for p in before
                    if p.unit is not None and p.kind in _INHERIT and p.unit not in _TIME_UNITS
                ),
                None,
            )
        if ref is not None:
            rc.unit, rc.kind = ref.unit, ref.kind


_HARMED = frozenset(("person", "civilian", "child", "soldier", "resident", "migrant", "passenger"))


# after a figure that refers to another one: "up from 53 in 2024", "from about 90,000 in June"
_BARE_AFTER = frozenset(
    (
        "in",
        "im",
        "a",
        "an",
        "the",
        "this",
        "last",
        "per",
        "auf",
        "to",
        "and",
        "und",
        "at",
        "from",
        "on",
        "bis",
        "than",
        "als",
        "for",
        "over",
        "by",
        "year",
        "month",
        "earlier",
        "before",
        "ago",
        "zuvor",
        "vor",
        "am",
        "bei",
    )
)
_INHERIT = frozenset(("count", "money", "other"))
_TIME_UNITS = frozenset(("year", "month", "week", "day", "hour", "minute", "second"))
_COMPARED = frozenset(("compared", "verglichen", "than", "als", "statt", "gegenüber", "versus"))


def _compared(lowers, a: int, b: int) -> bool:
    return not _COMPARED.isdisjoint(lowers[a:b])


_TOTAL_WORDS = frozenset(("number", "figure", "total", "zahl", "gesamtzahl"))


def _age_after_name(s, rc) -> bool:
    words, k = s.words, rc.num
    return (
        rc.i0 == k == rc.i1 - 1
        and rc.value_high is None
        and isinstance(rc.value, int)
        and 0 < rc.value <= 110
        and k >= 2
        and words[k - 1] == ","
        and words[k - 2][0].isupper()
        and words[k - 2].isalpha()
        and k + 1 < s.n
        and words[k + 1] in (",", ")")
    )


_POLL_WORDS = frozenset(
    (
        *("poll", "polls", "survey", "pollster", "pollsters", "polling", "umfrage", "umfragen"),
        *("erhebung", "politbarometer", "deutschlandtrend", "sonntagsfrage", "meinungsumfrage"),
    )
)
_HARM_UNITS = frozenset(("killed", "wounded", "casualty", "missing", "arrest"))


def _other_verb(lowers, a: int, b: int) -> bool:
    """A verb of its own between two figures: "killed nearly 200 people and affected more than
    five million" (the second is not killed)."""
    return any(
        (low.endswith("ed") and len(low) > 4) or (low.startswith("ge") and low.endswith("t") and len(low) > 5)
        for low in lowers[a:b]
    )


_LIST_JOIN = frozenset(("und", "and", "sowie", "while", "während"))
_PARALLEL_PREPS = frozenset(("auf", "um", "bei", "mit", "on", "at", "by", "with"))


def _parallel_percent(lowers, raw, k: int):
    """The percentage a list of bare figures shares when each stands after the same preposition:
    "die AfD auf 21 und die SPD auf 16 Prozent", "Labour on 28, the Tories on 22 and Reform on
    18 percent", "die Preise um 3, die Löhne um 5 Prozent"."""
    prev = raw[k]
    prep = lowers[prev.i0 - 1] if prev.i0 else ""
    if prep not in _PARALLEL_PREPS:
        return None
    for p in raw[k + 1 :]:
        if p.num - prev.i1 > 5 or lowers[p.i0 - 1] != prep or p.value_high is not None:
            return None
        if p.kind == "percent":
            return p
        if p.unit is not None:
            return None
        prev = p
    return None


_CHANGE_TO = frozenset(("to", "at", "auf", "bei", "reached", "hit", "topped", "erreichte"))


class _Unit:
    __slots__ = ("kind", "unit")

    def __init__(self, unit, kind):
        self.unit, self.kind = unit, kind


def _subject_unit(s, rc, raw, lang: str):
    """The counted noun of the clause before a figure that a change verb leads to ("total Russian
    losses … at over 1 million", "measles cases rose by 20% … to about 10.3 million")."""
    a = _segment(s, rc.num)
    inside = set()
    for p in raw:
        inside.update(range(p.i0, p.i1))
    for h in range(rc.i0 - 1, a - 1, -1):
        if h in inside or not s.words[h][0].isalpha():
            continue
        if lang == "de" and not s.words[h][0].isupper():
            continue
        if (s.lowers[h], s.lowers[h + 1] if h + 1 < s.n else "") in _NUMBER_OF:
            return None  # "the number of marchers at 62,000": an unknown noun, not the subject's
        hit = unit_of_word(s.lowers[h], lang)
        if hit and hit[1] == "count" and source_noun(s, h, lang) is None:
            return _Unit(hit[0], "count")  # "Police put ... at 62,000" counts no police
    return None


def _number_of_unit(s, lang: str):
    """ "Die Zahl der Klinikbetten", "the number of measles cases" -> (token, (unit, kind))."""
    flat = s.text_lower
    lowers, n = s.lowers, s.n
    if "toll" in flat or "todesopfer" in flat or "totenzahl" in flat:
        # "the death toll rose to 52", "Die Zahl der Todesopfer stieg auf 52"
        for k, low in enumerate(lowers):
            if low in _TOLLS and (low[0] != "t" or lowers[k - 1 : k] == ["death"] or low == "totenzahl"):
                return k, ("killed", "count")
    if "zahl" not in flat and "number" not in flat:
        return ()
    for k in range(n - 2):
        if (lowers[k], lowers[k + 1]) in _NUMBER_OF:
            for h in range(k + 2, min(n, k + 6)):
                w = s.words[h]
                if not w[0].isalpha():
                    break
                if lang == "de" and not w[0].isupper():
                    harm = harm_unit(s, h, lang)  # "die Zahl der getöteten Radfahrer"
                    if harm:
                        return k, (harm[0], "count")
                    continue
                hit = unit_of_word(lowers[h], lang) or (harm_unit(s, h, lang) or (None,))[0]
                if hit and not isinstance(hit, str) and h + 1 < n and hit[0] in _HARMED:
                    harm = harm_unit(s, h + 1, lang)  # "the number of people killed": killed
                    hit = harm[0] if harm else hit
                if isinstance(hit, str):
                    hit = (hit, "count")
                if hit:
                    return k, hit
                if lang == "de":
                    break
    return ()


_TOLLS = frozenset(("toll", "tolls", "todesopfer", "totenzahl", "opferzahl"))
_LEAD_SENTENCES = 8
_NEWS_DAYS = 10


def _news_day(per_sentence, lang: str, pub, text: str):
    """The day of the news, for figures that give no time of their own: the first recent day
    named in the lead ("The Council voted on Monday", "in der Nacht zum Sonntag", "Monday's
    by-election") other than the publication date itself, else the publication date (a figure
    in the news without a date is a figure of the day)."""
    if pub is None:
        return None
    same_day = None
    for s, periods, _raw, _sources in per_sentence[:_LEAD_SENTENCES]:
        if not periods and s.end - s.start < 2000:
            periods = find_periods(s, lang, pub, text)[0]
        for _i0, _i1, p in periods:
            if p.start is None or p.start != p.end or not 0 <= (pub - p.start).days <= _NEWS_DAYS:
                continue
            if p.start != pub:
                return p
            same_day = same_day or p
    return same_day or Period(pub, pub, "")


_BACK_REFERENCES = frozenset(("Das", "Dies", "This", "That", "These", "Those", "Diese", "Dieses"))
_BACK_PREFIXES = tuple(w + " " for w in _BACK_REFERENCES)
_PERSONAL = frozenset(("Er", "Sie", "He", "She"))
_CARRY_WORDS = frozenset(("demnach", "demzufolge", "zufolge", "ebenfalls"))


def _back_references(per_sentence, lang: str) -> None:
    """ "Das teilte die Stadtverwaltung mit." gives its source to the sentence before; a sentence
    with "demnach" takes the sources of the sentence before."""
    for k in range(1, len(per_sentence)):
        s, _, raw, sources = per_sentence[k]
        prev = per_sentence[k - 1]
        if not raw and sources and s.words[0] in _BACK_REFERENCES and prev[2] and not _article(s, lang):
            prev[3].extend(x for x in sources if len(x) == 4)
    for k in range(1, len(per_sentence)):
        s, _, raw, sources = per_sentence[k]
        if raw and not sources and not _CARRY_WORDS.isdisjoint(s.lowers):
            for back in range(k - 1, max(-1, k - 7), -1):  # the last attributed sentence, up to 6 back
                found = [x for x in per_sentence[back][3] if len(x) == 4]
                if found:
                    sources.extend(found)
                    break


def _article(s, lang: str) -> bool:
    """ "Das russische Verteidigungsministerium erklärte": "Das" is an article here, not "Das
    teilte … mit"; "These figures" likewise."""
    if s.n < 3:
        return False
    w1, w2 = s.words[1], s.words[2]
    if w1[0].isupper():
        return True
    return w1.isalpha() and w2[0].isupper() and w2.isalpha() and s.lowers[1] not in VERBS[lang]


def _personal_subjects(per_sentence, quotes, text: str) -> None:
    """ "„…“, sagte Ulrich Stamm. Er hält einen Rücksetzer um zehn Prozent für denkbar": a
    sentence opened by a personal pronoun keeps the person who spoke just before, in the same
    paragraph."""
    for k in range(1, len(per_sentence)):
        s, _, raw, sources = per_sentence[k]
        if not raw or sources or s.words[0] not in _PERSONAL:
            continue
        prev = per_sentence[k - 1][0]
        if "\n" in text[prev.start : s.start]:
            continue
        found = [x for x in per_sentence[k - 1][3] if len(x) == 4 and x[0].kind == "person"]
        if found:
            sources.append(found[0])
            continue
        q = next(
            (q for q in reversed(quotes) if prev.start <= q.close <= s.start and q.speaker),
            None,
        )
        if q is not None and q.speaker[0].lower() not in PRONOUNS:
            sources.append(("speaker", q))


_PRONOUN_CLASS = {
    "en": {"it": "thing", "he": "person", "she": "person", "they": "any"},
    "de": {"er": "person", "sie": "any", "es": "thing"},
}
_PRONOUN_WORDS = {lang: frozenset(table) for lang, table in _PRONOUN_CLASS.items()}


def _pronoun_cue(s, lang: str):
    """The class of the pronoun that speaks in sentence s ("…, it added", "They said", "sagte er",
    "teilte sie … mit"), or None."""
    lowers = s.lowers
    if _PRONOUN_WORDS[lang].isdisjoint(lowers):
        return None
    verbs = VERBS[lang]
    words = s.words
    for k in _positions(lowers, _PRONOUN_WORDS[lang]):
        low = lowers[k]
        if k + 1 < s.n and lowers[k + 1] in verbs and (k == 0 or words[k - 1] in _OPENERS):
            # ", it added", "They said", "Er sagte"; not "than it predicted", "said it would"
            return _PRONOUN_CLASS[lang][low], lowers[k + 1]
        if lang == "de" and k and lowers[k - 1] in verbs and (k == 1 or words[k - 2] in _OPENERS):
            # "…, sagte er in Berlin", "…, teilte sie am Montag mit"
            return _PRONOUN_CLASS[lang][low], lowers[k - 1]
    return None


def _positions(lowers, wanted):
    """Sorted indices of the tokens in ``wanted`` (list.index runs in C; no loop over all tokens)."""
    out = []
    for w in wanted:
        k = -1
        try:
            while True:
                k = lowers.index(w, k + 1)
                out.append(k)
        except ValueError:
            pass
    out.sort()
    return out


_OPENERS = frozenset((",", ";", ":", "–", "—", "(", '"', "„", "“", "”", "»", "«", "'", "’"))


def _pronoun_sources(per_sentence, quotes, lang: str, text: str) -> None:
    """A pronoun that speaks ("Prosecutors will seek up to £30m, it added", "They said 95% …",
    "…, sagte er in Berlin") stands for the source named in the sentences just before: a person
    for he/she/er, an institution for it/es, either for they/sie."""
    for k in range(1, len(per_sentence)):
        s, _, raw, sources = per_sentence[k]
        if not raw:
            continue
        words = _PRONOUN_WORDS[lang]
        if words.isdisjoint(s.lowers) and (lang != "de" or words.isdisjoint(per_sentence[k - 1][0].lowers)):
            continue  # no pronoun here, nor (German reported speech) in the sentence before
        if any((len(x) == 4 and x[1]) or x[0] == "speaker" for x in sources):
            continue  # only a subject without a cue ("Die Regierung werde …, kündigte er an") may go
        hit = _pronoun_cue(s, lang)
        first = k - 1
        if hit is None and lang == "de" and k >= 2 and _KONJUNKTIV_RE.search(text, s.start, s.end):
            # "…, sagte sie den Zeitungen. Ein Durchschnittsverdiener müsse 4 Euro mehr zahlen."
            before = per_sentence[k - 1]
            if not before[2] and not before[3]:
                hit = _pronoun_cue(before[0], lang)
                first = k - 2
        if hit is None:
            continue
        wanted, verb = hit
        for back in range(first, max(-1, first - 3), -1):
            prev = per_sentence[back]
            if "\n\n" in text[prev[0].end : s.start]:
                break  # another paragraph, another story
            found = _referents(prev, wanted, lang)
            if found:
                sources[:] = [x for x in sources if len(x) != 4]
                sources.extend((m, verb, role, ms) for m, _cue, role, ms in found)
                break


def _referents(entry, wanted: str, lang: str):
    """The sources of a sentence a pronoun can stand for (its first fitting one)."""
    s, _, raw, sources = entry
    cands = [x for x in sources if len(x) == 4 and x[3] is s]
    if not cands and not raw and has_cue(s, lang):
        cands = [(m, cue, role, s) for m, cue, role in attributed(s, lang)]
    if not cands and wanted != "thing":
        cands = [(m, "", "origin", s) for m in sentence_mentions(s, lang) if m.kind == "person"]
        if not cands:
            cands = _opening_name(s)
    for x in cands:
        person = x[0].kind == "person" or _role_and_name(x[3], x[0])
        if (wanted == "person") == person or wanted == "any":
            return [x]
    return []


def _role_and_name(s, m) -> bool:
    """ "CDU-Generalsekretär Carsten Linnemann": a role noun followed by a name is a person."""
    words = s.words[m.i0 : m.i1]
    return len(words) >= 3 and all(w[0].isupper() for w in words[-3:]) and words[0].lower() not in ARTICLES


def _opening_name(s):
    """ "Landrat Jochen Baumann machte …", "Chief executive Karin de Vries said …": the first run
    of two or more capitalised words (name particles allowed) that is no article phrase names a
    person."""
    words, n = s.words, s.n
    k = 0
    while k < n:
        if not (words[k][0].isupper() and words[k].isalpha()) or words[k] in NOT_NAMES:
            k += 1
            continue
        p = k + 1
        while p < n and (
            (words[p][0].isupper() and words[p].isalpha() and words[p] not in NOT_NAMES)
            or (s.lowers[p] in _NAME_PARTICLES and p + 1 < n and words[p + 1][0].isupper())
        ):
            p += 1
        if p - k >= 2 and s.lowers[k] not in ARTICLES:
            return [(Mention(k, p, " ".join(words[k:p]), "person"), "", "origin", s)]
        k = p
    return []


_NAME_PARTICLES = frozenset(("de", "van", "von", "der", "al", "bin", "da", "di", "le", "la", "du"))


def _resolve_pronoun_speakers(quotes, sents, text: str, lang: str) -> None:
    """ "Chief executive Karin de Vries said demand had weakened. "…," she told analysts": a
    quote whose speaker is a pronoun, with no named speaker before it, belongs to the person
    named in the sentence before."""
    if not quotes:
        return
    for q in quotes:
        if not q.speaker or q.speaker[0].lower() not in PRONOUNS or q.speaker[0].lower() in ("it", "es"):
            continue
        k = next((i for i, s in enumerate(sents) if s.start <= q.start < s.end), None)
        if not k:
            continue
        prev = sents[k - 1]
        if "\n\n" in text[prev.end : q.start]:
            continue
        people = [m for m in sentence_mentions(prev, lang) if m.kind == "person"]
        found = [(m, "", "origin", prev) for m in people if " " in m.name] or _opening_name(prev)
        if found:
            m = found[0][0]
            a, b = prev.starts[m.i0], prev.ends[m.i1 - 1]
            q.speaker = (text[a:b], a, b)


def _corroborate(per_sentence, lang: str) -> None:
    """ "Ein westlicher Geheimdienstbeamter bestätigte diese Einschätzung": the confirming source
    joins the counted claims of the sentence before."""
    for k in range(1, len(per_sentence)):
        s, _, raw, _sources = per_sentence[k]
        prev = per_sentence[k - 1]
        if not prev[2] or not has_cue(s, lang):
            continue
        if raw and not _THAT_CLAUSE.isdisjoint(s.lowers):
            continue  # "confirmed that two of the deaths were ...": a claim of its own
        extra = confirmation(s, lang)
        if extra:
            prev[3].extend((m, cue, "origin", s) for m, cue, role in extra)
            prev[3].append(("only-counted",))


_THAT_CLAUSE = frozenset(("that", "dass"))
_KONJUNKTIV_AUX = frozenset(("habe", "hätte", "hätten", "sei", "seien", "werde", "würden"))


def _reported_subject(s, m) -> bool:
    """The mention is the subject of a Konjunktiv clause: "Das Landeskriminalamt habe 40 Fälle
    ermittelt" reports what the speaker says the office found."""
    return m.i1 < s.n and s.lowers[m.i1] in _KONJUNKTIV_AUX


def _continue_reported_speech(per_sentence, quotes, lang: str, text: str) -> None:
    """German indirect speech ("Der Strom sei ... ausgefallen") keeps the previous speaker."""
    if lang != "de":
        return
    carry = None
    qi = 0
    prev = None
    for s, _, raw, sources in per_sentence:
        real = [x for x in sources if len(x) == 4]
        if (
            real
            and carry
            and raw
            and all(x[1] == "" or _reported_subject(s, x[0]) for x in real)
            and _KONJUNKTIV_RE.search(text, s.start, s.end)
        ):
            # "Die Bundespolizei habe zudem 1.150 Schleuser festgenommen": in reported speech the
            # subject is what the speaker reports, not who reports it
            sources[:] = [x for x in sources if len(x) != 4]
            real = []
        if real:
            carry = real
            prev = s
            continue
        while qi < len(quotes) and quotes[qi].close < s.start:
            qi += 1
        q = _quote_ending_in(quotes, qi, s)
        if q is not None and q.speaker:
            carry = [("speaker", q)]
            continue
        if (
            carry is None
            and raw
            and not sources
            and prev is not None
            and _KONJUNKTIV_RE.search(text, s.start, s.end)
            and has_cue(prev, lang)
        ):
            # "nach Einschätzung des WFP droht eine Hungersnot. Bis zu 1,7 Millionen seien bedroht."
            carry = [(m, cue, role, prev) for m, cue, role in attributed(prev, lang)] or None
        prev = s
        if carry and _KONJUNKTIV_RE.search(text, s.start, s.end):
            if raw:
                sources.extend(carry if carry[0][0] != "speaker" else [("speaker", carry[0][1])])
        elif carry and not raw and _DEMNACH_RE.search(text, s.start, s.end):
            pass  # "Das Boot war demnach ...": still the same account
        else:
            carry = None


def _quote_ending_in(quotes, qi: int, s):
    """A quote with a named speaker closing inside sentence ``s`` (quotes[qi:] close after its start)."""
    while qi < len(quotes) and quotes[qi].close <= s.end + 1:
        q = quotes[qi]
        if q.speaker and q.speaker[0].lower() not in PRONOUNS:
            return q
        qi += 1
    return None


def _claim(
    text, s, rc, periods, sources, quotes, lang, mcues=None, recent=(), default_when=None, nums=()
) -> Claim:
    start, end = s.starts[rc.i0], s.ends[rc.i1 - 1]
    mentions = []
    seen = set()
    only_counted = _ONLY_COUNTED in sources
    q = containing(quotes[0], quotes[1], start)
    if q is not None and q.speaker:
        name, a, b = q.speaker
        mentions.append(SourceMention(name, "person", a, b, text[a:b], "quote", "origin"))
        for vname, va, vb in q.via:
            mentions.append(SourceMention(vname, "news_outlet", va, vb, text[va:vb], "laut", "relay"))
    else:
        own = _own_clause_sources(s, rc, sources, nums)
        for x in sources:
            if len(x) == 1 or (own is not None and x not in own):
                continue
            if x[0] == "speaker":
                q = x[1]
                name, a, b = q.speaker
                mentions.append(SourceMention(name, "person", a, b, text[a:b], "quote", "origin"))
                continue
            m, cue, role, ms = x
            if ms is not s and only_counted and rc.kind == "ratio":
                continue
            a, b = ms.starts[m.i0], ms.ends[m.i1 - 1]
            if (a, b) in seen or any(x.name == m.name and x.start < b and a < x.end for x in mentions):
                continue  # the same source twice ("Data compiled by Bloomberg" and "Bloomberg")
            seen.add((a, b))
            mentions.append(SourceMention(m.name, m.kind, a, b, text[a:b], cue, role))
    when = _when(s, rc, periods, nums)
    if when is None and recent and recent[0][1]:
        # the time frame of the paragraph carries on: "Im Juli ... . Die Zahl stieg auf 300."
        when = next((p for i0, _, p in recent[0][1] if p.start is not None or p.end is not None), None)
    if when is None:
        when = default_when
    return Claim(
        start=start,
        end=end,
        text=text[start:end],
        kind=rc.kind,
        value=rc.value,
        value_high=rc.value_high,
        approximate=rc.approximate,
        bound=rc.bound,
        unit=rc.unit,
        subject=rc.subject,
        modality=modality_of(s, rc.num, lang, rc.bound, mcues),
        sources=tuple(mentions),
        when=when,
        sentence=(s.start, s.end),
    )


def _own_clause_sources(s, rc, sources, nums):
    """Two clauses, two sources: "Das Ministerium sprach von 14 Toten, die Gegenseite meldete
    20": when the claim's own clause names a source, a source in another clause that holds
    figures of its own is not the claim's. None when nothing is to be dropped."""
    if len(nums) < 2:
        return None
    here = [x for x in sources if len(x) == 4 and x[3] is s]
    if len(here) < 2:
        return None
    seg, end = _segment(s, rc.num), _segment_end(s, rc.num)
    if not any(seg <= x[0].i0 < end for x in here):
        return None
    drop = []
    for x in here:
        i0 = x[0].i0
        if seg <= i0 < end:
            continue
        a, b = _segment(s, i0), _segment_end(s, i0)
        if any(a <= k < b for k in nums):
            drop.append(x)
    if not drop:
        return None
    return [x for x in sources if x not in drop]


_CLAUSE_MARKS = frozenset((",", ";", "–", "—", "(", ")"))


def _segment_end(s, i: int):
    b = i
    while b < s.n and s.words[b] not in _CLAUSE_MARKS:
        b += 1
    return b


def _segment(s, i: int):
    a = i
    words = s.words
    while a > 0 and words[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    return a


def _comparison_base(s, i0: int, seg: int) -> bool:
    """The period at token i0 is what a figure is compared with: "mehr als im Vorjahr", "up 17%
    on 2024", "mehr als im gleichen Zeitraum 2025", "compared with 61% at the 2025 election"."""
    lowers = s.lowers
    if not _COMPARISON.isdisjoint(lowers[max(0, i0 - 2) : i0 + 1]):
        return True
    if i0 >= 1 and lowers[i0 - 1] == "on" and s.words[i0][:1].isdecimal():
        return True  # "up 17% on 2024"
    if lowers[i0] in ("since", "seit") and any(
        s.words[k][0].islower() and (lowers[k].endswith(_SUPERLATIVE) or lowers[k] in _RECORD_WORDS)
        for k in range(max(seg, i0 - 3), i0)
    ):
        return True  # "the highest since 1992", "so hoch wie seit 1992 nicht": a record's base
    for k in range(max(seg, i0 - 8), i0):
        low = lowers[k]
        if low in _HEDGE_THAN and k + 1 < i0 and lowers[k + 1][0] in _DIGITS:
            continue  # "more than 12 hours in January": a hedge, not a comparison
        if low in ("wie", "as") and ("so" in lowers[max(0, k - 4) : k] or "as" in lowers[max(0, k - 4) : k]):
            return True  # "doppelt so viele wie im Vorjahr", "twice as many as in 2024"
        if low in _STRONG_COMPARISON:
            return True
        if low in ("als", "than") and k and (lowers[k - 1] in _MORE_LESS or lowers[k - 1].endswith("er")):
            return True
    return False


_HEDGE_THAN = frozenset(("than", "als"))
_SUPERLATIVE = ("est", "ste", "sten", "stes", "ster")
_RECORD_WORDS = frozenset(("worst", "best", "most", "least", "first", "erste", "ersten", "erstmals"))
_STRONG_COMPARISON = frozenset(("compared", "verglichen", "gegenüber", "vs", "versus", "than"))
_MORE_LESS = frozenset(("mehr", "weniger", "more", "less", "fewer"))


_POSSESSIVE = ("'s", "’s")


def _when(s, rc, periods, nums=()):
    """The period of the claim's own clause, else the nearest of the sentence; never a base of
    comparison ("mehr als im Vorjahr", "up 17% on 2024") nor one inside a relative clause, nor
    one after another figure of another clause (that figure's own: "46.2C, just shy of the
    record of 48.9C set in January 2020")."""
    if not periods:
        return None
    claim_seg = _segment(s, rc.num)
    best = None
    for i0, i1, p in periods:
        if s.lowers[i1 - 1].endswith(_POSSESSIVE):
            # "(smaller than) last year's 1.1% rise" dates the figure right after it, however
            # compared, and no figure before it
            if i1 <= rc.i0 <= i1 + 2:
                return p
            if rc.num < i0:
                continue
        seg = _segment(s, i0)
        if _comparison_base(s, i0, seg):
            continue
        if _back_period(s.lowers, i0, i1) and (s.lowers[i0 - 1] in _FROM or not rc.i1 <= i0 <= rc.i1 + 2):
            # "fell to 212 million from 431 million a year earlier": the 431 million's; "down
            # 13% from a year earlier": the base of the change, nobody's period
            continue
        if seg != claim_seg and seg > 0 and s.lowers[seg] in _RELATIVE_OPENERS:
            continue
        if seg != claim_seg and any(rc.num < k < i0 and not _in_parentheses(s, k) for k in nums):
            continue
        rank = (seg != claim_seg, not _purpose(s.lowers, i0), abs(i0 - rc.num))
        if best is None or rank < best[0]:
            best = (rank, p)
    return best[1] if best else None


_FROM = frozenset(("from", "than", "gegenüber", "als"))


def _back_period(lowers, i0: int, i1: int) -> bool:
    """ "a year earlier", "im Vorjahreszeitraum": the period of a figure compared with."""
    last = lowers[i1 - 1]
    return last in ("earlier", "before") or last.startswith("vorjahres")


_FOR = frozenset(("für", "for"))
_FOR_ARTICLES = frozenset(("das", "den", "die", "the", "this", "dieses", "diesen"))


def _purpose(lowers, i0: int) -> bool:
    """A period the figure is for: "330 Millionen Euro für das kommende Jahr", "revenue of $4bn
    for the first quarter" (rather than the day it was announced)."""
    if i0 >= 1 and lowers[i0 - 1] in _FOR:
        return True
    return i0 >= 2 and lowers[i0 - 1] in _FOR_ARTICLES and lowers[i0 - 2] in _FOR


_PLANS = ("haushalt", "haushalts", "etat", "budget", "haushaltsentwurf", "wirtschaftsplan")


def _plan_year(lowers, i0: int) -> bool:
    """A year right after a budget noun: "den Bundeshaushalt 2027", "the 2026 budget"."""
    if i0 >= 1 and lowers[i0 - 1].endswith(_PLANS):
        return True
    return i0 + 1 < len(lowers) and lowers[i0 + 1].endswith(_PLANS) and lowers[i0][:1].isdecimal()


def _in_parentheses(s, k: int) -> bool:
    """Token k stands inside brackets: "190 billion zlotys (about €44.5 billion) ... in 2026"."""
    words = s.words
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j] == "(":
            return True
        if words[j] == ")":
            return False
    return False


def _quote(text, q) -> Quote:
    speaker = Speaker(q.speaker[0], q.speaker[1], q.speaker[2]) if q.speaker else None
    via = tuple(Speaker(n, a, b) for n, a, b in q.via)
    return Quote(q.start, q.end, text[q.start : q.end], speaker, via)
