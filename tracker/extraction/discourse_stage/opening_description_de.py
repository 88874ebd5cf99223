"""German: a sentence whose subject is a description of a source named before ("Die Kasse hat
die Daten von 2,4 Millionen Mitgliedern ausgewertet", "Zudem zählte die Behörde 310 Fälle"),
whatever its verb, speaks of that source's own figures: its claims without a source of their
own sentence take the source, under the description (the words nearest the claim). The head
must be a word of the source's own mentions ("Kasse" for "Krankenkasse Nordwest"), so that a
description of another body does not take it; it also opens a new account of the source
after a paragraph break."""

from __future__ import annotations

from . import backrefs
from ._engine import SourceMention
from .signals import says_it_goes_on
from .subjects import own_subject

_DETS = frozenset(("der", "die", "das"))
_AFTER_VERB = 2  # "Zudem zählte die Behörde": the description after an opening word and the verb
_HISTORY = 6  # named sources looked at, latest first


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
            m = _described(art, s, k)
            if m is not None:
                return own_subject(art, u, m)
    return []


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
