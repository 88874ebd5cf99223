"""An attribution inserted after the verb of a German sentence without figures in the middle
of a paragraph ("Die meisten Gäste reisten dem Statistikamt zufolge aus Dänemark an.") reports
the release the paragraph tells: it gives its source to the run of sentences with figures right
before it in that paragraph that name none in their own sentence, as "Das teilte X mit" does (an
account carried from further back gives way: the inserted words attribute them nearest).
With figures of its own
("Bei Zweifamilienhäusern betrug das Minus nach Angaben der Statistiker 8,4 Prozent") it
sources them and what follows, not the sentence before (rs-de02 keys that one []). A
prepositional source that opens its sentence ("Laut Polizei ...") starts an account rather
than closing one, and is left to the carry-over; so is the lead paragraph (realnews-dev keys a
lead's figures without a source of their own as none)."""

from __future__ import annotations

from bisect import bisect_left

from ._engine import LEXICON
from .paragraphs import give_back
from .signals import background

_CUES = frozenset(LEXICON["de"]["inserted_cues"])
_OPENING = 3  # a source among the sentence's first words opens it


def cover_before(lang: str, units, sources, claims) -> None:
    """The figures without a source before a mid-paragraph inserted attribution take it."""
    if lang != "de":
        return
    lead = 1 if units[0].headline else 0
    for k in range(1, len(units)):
        u = units[k]
        if u.claims or u.first or u.para <= lead or u.headline or u.quoted or u.other_speaker:
            continue
        given = _inserted(u)
        if given:
            _give_back(lang, units, k, given, sources)


def _inserted(u) -> tuple:
    """The sentence's prepositional sources that stand after its opening words."""
    s = u.s
    out = tuple(
        m
        for m in u.own
        if s.start <= m.start < s.end and m.cue in _CUES and bisect_left(s.starts, m.start) >= _OPENING
    )
    return out if len(out) == len(u.own) else ()


def _give_back(lang: str, units, k: int, given, sources) -> None:
    """The run of sentences with figures and no source right before unit k, in its paragraph."""
    give_back(units, k, given, sources, lambda v: _ends_run(v, lang, sources))


def _ends_run(v, lang: str, sources) -> bool:
    """Sentence v ends the run: no figures, a source or a quotation of its own, a headline,
    background, or a figure with a source in its own sentence."""
    if not v.claims or v.own or v.quoted or v.headline or background(v, lang):
        return True
    s = v.s
    return any(s.start <= m.start < s.end for i in v.claims for m in sources[i])
