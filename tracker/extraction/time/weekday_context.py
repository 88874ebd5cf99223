"""Weekdays that name no day of the figures ("Wäre am Sonntag Bundestagswahl", "im Auftrag der
„Welt am Sonntag“") or that lie ahead ("until midday on Tuesday"): for ``rules.weekday``."""

from __future__ import annotations

from ..lexicon import DATES

_CONDITIONAL = frozenset(DATES["conditional_openers"])


def day_ahead(f, i: int) -> bool:
    """The weekday at i lies ahead: a future or modal clause, a deadline, a forecast; not after
    a simple past right before it ("voted on Friday to approve a plan that will ...")."""
    if past_verb_before(f.s, i, f.lang):
        return False
    return (
        f.future(i, strict=True) or until_ahead(f, i) or modal_ahead(f.s, i) or forecast_ahead(f.s, i, f.lang)
    )


def until_ahead(f, i: int) -> bool:
    """ "warnings are in place until midday on Tuesday", "more are likely to be issued before
    Sunday", "could fall by Sunday morning": a deadline ahead (not in a past sentence: "until
    Tuesday, 300 people had been counted", "By Sunday, 650 homes had flooded"; not "by Sunday's
    storm")."""
    if f.lang != "en":
        return False
    lowers = f.s.lowers
    before = lowers[max(0, i - 3) : i]
    if _UNTIL.isdisjoint(before) and not (
        before and before[-1] in _BEFORE and not (i + 1 < f.s.n and lowers[i + 1] in ("'s", "’s"))
    ):
        return False
    return _PAST_EN.isdisjoint(f.s.low_set)


_UNTIL = frozenset(("until", "till"))
_BEFORE = frozenset(("before", "by"))
_PAST_EN = frozenset(DATES["past_markers"]["en"])


def modal_ahead(s, i: int) -> bool:
    """ "A decision could fall on Tuesday", "Die Entscheidung könnte am Dienstag fallen": a
    possibility in the clause of the weekday at i lies ahead; not "could have been counted on
    Tuesday", "hätte am Dienstag fallen können", nor the month "May"."""
    words, lowers = s.words, s.lowers
    a = i
    while a > 0 and words[a - 1] not in _CLAUSE_BREAKS and i - a < _MODAL_REACH:
        a -= 1
    b = i
    while b < s.n and words[b] not in _CLAUSE_BREAKS and b - i < _MODAL_REACH:
        b += 1
    return any(lowers[k] in _MODALS and words[k] != "May" for k in range(a, b)) and _PERFECT.isdisjoint(
        lowers[a:b]
    )


_MODALS = frozenset(DATES["modal_ahead_words"])
_PERFECT = frozenset(("have", "haben", "hätte", "hätten", "had"))
_CLAUSE_BREAKS = frozenset((",", ";", ":", ".", "–", "-"))
_MODAL_REACH = 8


def hypothetical(s, i: int) -> bool:
    """Token i stands in a conditional clause that opens the sentence ("Wäre am Sonntag Wahl,",
    "If an election were held on Sunday,"), or names the day of an election a poll's sentence
    supposes ("Bei einer Wahl an diesem Sonntag würden sie 23 Prozent erreichen")."""
    lowers = s.lowers
    if lowers[0] in _CONDITIONAL and "," not in s.words[1:i]:
        return True
    return not _SUPPOSED.isdisjoint(s.low_set) and not _ELECTION.isdisjoint(lowers[max(0, i - 4) : i])


_SUPPOSED = frozenset(("würde", "würden", "wäre", "wären", "käme", "kämen", "would"))
_ELECTION = frozenset(("wahl", "election", "bundestagswahl", "landtagswahl", "vote"))
_TITLES = frozenset(tuple(t.split()) for t in DATES["weekday_titles"])
_QUOTES_CLOSE = frozenset(("“", "”", '"', "«", "»", "'", "’"))


def in_a_title(s, i: int) -> bool:
    """ "Welt am Sonntag", "the Mail on Sunday", or a weekday that ends a quoted name: no day."""
    lowers = s.lowers
    if i >= 2 and (lowers[i - 2], lowers[i - 1], lowers[i]) in _TITLES:
        return True
    return (
        i + 1 < s.n
        and s.words[i + 1] in _QUOTES_CLOSE
        and i >= 2
        and s.words[i - 2][0].isupper()
        and any(w in ("„", "“", '"', "«", "»") for w in s.words[max(0, i - 4) : i - 1])
    )


_WARNINGS = frozenset(DATES["weather_warnings"])
_WEATHER = frozenset(DATES["weather_words"])
_FOR = frozenset(("für", "for"))
_DAY_LIST = frozenset(("und", "and", "oder", "or", ",", "den", "the"))
_DAYS = frozenset(DATES["weekdays"]["de"]) | frozenset(DATES["weekdays"]["en"])
_FORECASTERS = frozenset(DATES["weather_forecasters"])
_PAST_DE = (
    frozenset(DATES["past_markers"]["de"])
    | frozenset(DATES["weather_past_verbs"])
    | frozenset(("haben", "hat", "hatten", "hatte"))
)


def forecast_ahead(s, i: int, lang: str) -> bool:
    """A weather forecast's day lies ahead: "Der Wetterdienst warnte für Mittwoch und Donnerstag
    vor Sturm", "warnings for Friday" (after "für"/"for", over a list of days), and in German a
    present-tense sentence of the weather with a forecaster ("Laut Wetterdienst ziehen am Dienstag
    Gewitter auf"); not "Die Gewitter haben am Montag Schäden angerichtet", nor "Der Wetterdienst
    maß am Sonntag 40 Liter Regen", nor "Gewitter lösten am Samstag 90 Einsätze aus"."""
    low_set, lowers = s.low_set, s.lowers
    if not _WARNINGS.isdisjoint(low_set):
        k = i - 1
        while k > 0 and (lowers[k] in _DAY_LIST or lowers[k] in _DAYS):
            k -= 1
        if k >= 0 and lowers[k] in _FOR:
            return True
    if lang != "de" or _WEATHER.isdisjoint(low_set) or _FORECASTERS.isdisjoint(low_set):
        return False
    return _PAST_DE.isdisjoint(low_set)


def past_verb_before(s, i: int, lang: str) -> bool:
    """ "The council voted 5-4 on Friday to approve a plan that will ...": an English past verb
    (a simple past: "voted", "said", "rose"; not a participle after "to be" or "have") right
    before "on" and the weekday at i dates a past day, whatever lies ahead later in the clause;
    not "will be voted on Tuesday"."""
    if lang != "en" or i < 2 or s.lowers[i - 1] != "on":
        return False
    lowers = s.lowers
    for k in range(i - 2, max(-1, i - 2 - _PAST_REACH), -1):
        w = lowers[k]
        if w == "-" and lowers[k - 1][-1:].isdigit():
            continue  # a score or a vote: "voted 5-4 on Friday"
        if w in _CLAUSE_BREAKS or w in _AHEAD_WORDS:
            return False
        if w in _PAST_EN or (len(w) > 4 and w.endswith("ed") and w.isalpha()):
            return not (k and lowers[k - 1] in _AUX_BEFORE)
    return False


_PAST_REACH = 6  # "voted 7-0 on", "approved the plan on", "announced 300 job cuts on"
_AUX_BEFORE = frozenset(("be", "been", "is", "are", "will", "would", "to", "have", "has", "had", "being"))
_AHEAD_WORDS = frozenset(("will", "would", "to", "could", "may", "should", "shall", "next", "expected"))
