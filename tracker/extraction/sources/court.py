"""Court reports: the hearing is the account of what it heard ("Bristol Crown Court heard",
"The jury was told", "the inquest heard"), counsel are named with their side ("Sarah Mills,
prosecuting, told the court"), and a court that only listens or is the place ("told the court",
"vor dem Landgericht Bremen sagte der Ermittler") is never the source."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from .info import source_label
from .mentions import Mention

_COURT_NOUNS = {
    "de": frozenset(ATTRIBUTION["court_nouns_de"]),
    "en": frozenset(ATTRIBUTION["court_nouns_en"]),
}
_HEARING_EN = frozenset(ATTRIBUTION["hearing_verbs_en"])
_PASSIVE_BE_EN = frozenset(ATTRIBUTION["passive_be_en"])
_SIDES_EN = frozenset(ATTRIBUTION["counsel_sides_en"])
_TOLD = frozenset(ATTRIBUTION["told_verbs"])
_PLACE_DE = frozenset(ATTRIBUTION["court_place_prepositions_de"])
_ARTICLES_DE = frozenset(ATTRIBUTION["subject_determiners"])
# the words without which a sentence holds none of these forms (a cheap test first)
_TRIGGERS = {"en": _HEARING_EN | _TOLD | _SIDES_EN, "de": _PLACE_DE}


def might_apply(s, lang: str) -> bool:
    return not _TRIGGERS[lang].isdisjoint(s.low_set)


def is_court(low: str, lang: str) -> bool:
    """A court noun: "court", "jury", "inquest"; German also any "...gericht"."""
    return low in _COURT_NOUNS[lang] or (lang == "de" and low.endswith("gericht"))


def drop_listeners(s, lang: str, linked: dict) -> None:
    """Drops the mentions of "heard" whose subject is no hearing ("Residents heard 12 shots",
    "Committee members also heard that the council expected ..."): they neither source the
    figures nor make the reported clause's subject a part of what they say."""
    for key, (m, cue) in list(linked.items()):
        if cue in _HEARING_EN and not is_court(s.lowers[m.i1 - 1], lang):
            del linked[key]


def apply(s, lang: str, linked: dict, blocked) -> None:
    """Drops the linked mentions that name a court as listener or place, and those of "heard"
    whose subject is no court ("Residents heard 12 shots"); adds the hearing of a passive
    "was told" and counsel named with their side. ``blocked``: the claims' own tokens."""
    away = _listening(s, lang)
    for key, (m, cue) in list(linked.items()):
        if not away.isdisjoint(range(m.i0, m.i1)) or (
            cue in _HEARING_EN and not is_court(s.lowers[m.i1 - 1], lang)
        ):
            del linked[key]
    if lang != "en":
        return
    for m, cue in (*_told_hearings(s), *_counsel(s)):
        if blocked and not blocked.isdisjoint(range(m.i0, m.i1)):
            continue
        if any(x.i0 < m.i1 and m.i0 < x.i1 for x, _ in linked.values()):
            continue
        linked[id(m)] = (m, cue)


def _listening(s, lang: str) -> set:
    """Token indices of a court that listens ("told the court", "told the jury") or is the
    place ("vor Gericht", "vor dem Landgericht Bremen")."""
    out = set()
    for i, low in enumerate(s.lowers):
        if lang == "en" and low in _TOLD:
            out.update(_told_court(s, i))
        elif lang == "de" and low in _PLACE_DE:
            out.update(_court_as_place(s, i))
    return out


def _told_court(s, i: int) -> range:
    """ "told the court", "told Winchester Crown Court": the court after "told" at i."""
    lowers, words, n = s.lowers, s.words, s.n
    k = i + 1
    if k < n and lowers[k] in ("the", "a"):
        k += 1
    while k < n and words[k][0].isupper() and not is_court(lowers[k], "en") and k - i < 5:
        k += 1
    if k < n and is_court(lowers[k], "en"):
        return range(i + 1, k + 1)
    return range(0)


def _court_as_place(s, i: int) -> range:
    """ "vor Gericht", "vor dem Landgericht Bremen": the court after the place word at i."""
    lowers, words, n = s.lowers, s.words, s.n
    k = i + 1
    if (k < n and lowers[k] in _ARTICLES_DE) or (k < n and lowers[k] in ("dem", "den")):
        k += 1
    if not (k < n and is_court(lowers[k], "de")):
        return range(0)
    e = k + 1
    while e < n and words[e][:1].isupper() and words[e].isalpha() and e - k < 3:
        e += 1  # the court's town: "Landgericht Bremen"
    return range(i, e)


def _told_hearings(s):
    """ "The jury was told ...", "Winchester Crown Court was told ...": the hearing."""
    lowers, words = s.lowers, s.words
    for i in range(2, s.n - 1):
        if lowers[i] not in _TOLD or lowers[i - 1] not in _PASSIVE_BE_EN or not is_court(lowers[i - 2], "en"):
            continue
        e = i - 1
        a = e - 1
        while a > 0 and e - a < 5 and words[a - 1][:1].isupper() and words[a - 1].isalpha():
            a -= 1
        if a > 0 and lowers[a - 1] == "the":
            a -= 1
        yield Mention(a, e, source_label(s, a, e, "en"), "government"), lowers[i]


def _counsel(s):
    """ "Sarah Mills, prosecuting, told the court ...": counsel before their side in commas."""
    lowers, words, n = s.lowers, s.words, s.n
    for i in range(2, n - 2):
        if lowers[i] not in _SIDES_EN or words[i - 1] != "," or words[i + 1] != ",":
            continue
        e = i - 1
        a = e
        while a > 0 and e - a < 4 and words[a - 1][:1].isupper() and words[a - 1].isalpha():
            a -= 1
        if e - a >= 2:  # a first name and a surname at least
            yield Mention(a, e, " ".join(words[a:e]), "person"), lowers[i + 2]
