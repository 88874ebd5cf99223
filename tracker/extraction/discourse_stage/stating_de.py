"""German: a sentence without figures in which a source that gave figures before states
something ("Als Hauptgrund nannte die Kasse Atemwegsinfekte.", "Als Gründe nennt der Konzern
...") opens that source's account again: the figures of the sentences after it in its paragraph
("Auf sie entfielen 61 Fälle je 100 Versicherte") are its own. ("nennen" is a cue word only in a
sentence with figures, for the sentence stages.)"""

from __future__ import annotations

from bisect import bisect_left

from ..lexicon import CUES
from .bodies_de import names_in
from .naming import named

_STATING = frozenset(CUES["de"]["stating_verbs"])
_NEAR = 3  # tokens between the stating verb and its subject


def stated_openers(art) -> None:
    """Units without figures or sources of their own whose stating verb has a source that spoke
    before as its subject take it as their own source (before the carry-over)."""
    if art.lang != "de":
        return
    units = art.units
    for k, u in enumerate(units[:-1]):
        if u.claims or u.own or u.quoted or u.headline or units[k + 1].first or not units[k + 1].claims:
            continue
        verb = next((j for j, w in enumerate(u.s.lowers) if w in _STATING), None)
        if verb is None:
            continue
        m = _subject(art, u, verb)
        if m is not None:
            u.own = (m,)


def _subject(art, u, verb: int):
    """The source named right before or after the stating verb, named for what it stands for,
    when it gave figures before; else None."""
    s, text = u.s, art.text
    for m in names_in(text, s, "de"):
        at = bisect_left(s.starts, m.start)
        end = bisect_left(s.starts, m.end)
        if 0 < at - verb <= _NEAR or 0 <= verb - end < _NEAR:
            m = named(m, art.history, "de", text, art.classes)
            spoke = any(
                x.name == m.name for i, c in enumerate(art.claims) if c.end <= s.start for x in art.sources[i]
            )
            return m if spoke else None
    return None
