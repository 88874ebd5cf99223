"""German: a sentence without figures whose subject is a body stating its course ("Auf der
Einnahmeseite setzt die Verwaltung deshalb auf höhere Steuern.") and, right after it in the same
paragraph, the plan in figures, with "soll" and no source of its own ("Die Grundsteuer B soll von
620 auf 695 Prozent steigen"): the body declares its own plan (DESIGN: a body presenting its own
figure is their source), so those figures take it."""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import DISCOURSE_DE
from ._engine import LEXICON, sentence_names

_PLAN_MODALS = frozenset(DISCOURSE_DE["plan_modals"])
_DETS = frozenset(LEXICON["de"]["determiners"])
_SUBJECT_AT = 5  # tokens: the subject stands among the sentence's first words


def plans_after(art) -> None:
    """The figures of a German "soll" sentence without any source take the body that is the
    subject of the figure-less sentence right before it."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k in range(1, len(units)):
        u, prev = units[k], units[k - 1]
        if u.first or not u.claims or u.own or prev.claims or prev.quoted or prev.headline:
            continue
        if _PLAN_MODALS.isdisjoint(u.s.lowers) or any(sources[i] for i in u.claims):
            continue
        body = _subject_body(art.text, prev.s)
        if body is not None:
            for i in u.claims:
                sources[i] = (body,)


def _subject_body(text: str, s):
    """A body named by an article and its noun among the sentence's first words, or None."""
    for m in sentence_names(text, s, "de"):
        k = bisect_left(s.starts, m.start)
        if k <= _SUBJECT_AT and m.kind != "person" and (s.lowers[k] in _DETS or s.lowers[k - 1] in _DETS):
            return m  # "setzt die Verwaltung ... auf", "Die Stadt setzt ... auf"
    return None
