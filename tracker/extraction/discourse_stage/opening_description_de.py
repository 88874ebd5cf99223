"""German: a sentence whose subject is a description of a source named before ("Die Kasse hat
die Daten von 2,4 Millionen Mitgliedern ausgewertet", "Zudem zählte die Behörde 310 Fälle"),
whatever its verb, speaks of that source's own figures: its claims without a source of their
own sentence take the source, under the description (the words nearest the claim). The head
must be a word of the source's own mentions ("Kasse" for "Krankenkasse Nordwest"), so that a
description of another body does not take it; it also opens a new account of the source
after a paragraph break. A form of "haben" as its main verb ("Die Kasse hat 1,6 Millionen
Versicherte") states the body's own size: the writer's, no figure the body presents."""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from . import backrefs
from ._engine import SourceMention
from .signals import says_it_goes_on
from .subjects import own_subject

_DETS = frozenset(("der", "die", "das"))
_AFTER_VERB = 2  # "Zudem zählte die Behörde": the description after an opening word and the verb
_HISTORY = 6  # named sources looked at, latest first
_HAVING = frozenset(DISCOURSE_DE["having_verbs"])
_CLAUSE_ENDS = frozenset((",", ";", ":", ".", "!", "?", "(", "–"))


def opening_description(art, u) -> list:
    """[the description as a source] given to the claims of u without a source of their own
    sentence; [] when its subject is no description of a source named before."""
    s = u.s
    if says_it_goes_on(u, "de"):
        return []  # "Demnach entschied das Bundesamt ...": the account before reports what it did
    for k in (0, _AFTER_VERB):
        if k + 1 < s.n and s.lowers[k] in _DETS and s.words[k + 1][:1].isupper():
            if k and not (s.words[1].isalpha() and s.words[1].islower()):
                continue
            if _has_itself(s, k + 2 if k == 0 else 1):
                return []  # "Die Kasse hat 1,6 Millionen Versicherte": the writer's fact
            m = _described(art, s, k)
            if m is not None:
                return own_subject(art, u, m)
    return []


def _has_itself(s, v: int) -> bool:
    """Token v is a form of "haben" whose clause no participle closes ("Die Kasse hat bundesweit
    rund 1,6 Millionen Versicherte"; not "hat ... ausgewertet"): the subject's own size."""
    if v >= s.n or s.lowers[v] not in _HAVING:
        return False
    end = v + 1
    while end < s.n and s.words[end] not in _CLAUSE_ENDS:
        end += 1
    last = s.words[end - 1]
    return not (last.isalpha() and last.islower())


def _described(art, s, k: int):
    head = s.lowers[k + 1]
    cls = backrefs.noun_class(head, "de")
    if cls not in ("institution", "person") or s.words[k + 2 : k + 3] == ["("]:
        return None
    for _pos, m in reversed(art.history[-_HISTORY:]):
        if m.cue == "quote" or not backrefs.fits(cls, m):
            continue
        words = [w for w in m.text.lower().replace("-", " ").split() if w not in _DETS]
        if words and backrefs.noun_class(words[0], "de") == "person":
            continue  # "ein Sprecher der Stadt": "Die Stadt" is the body, not its spokesman
        if any(w.endswith(head) for w in words):
            a, b = s.starts[k], s.ends[k + 1]
            return SourceMention(m.name, m.kind, a, b, art.text[a:b], "", "origin")
    return None
