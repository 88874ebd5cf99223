"""German: a carried figure under a demonstrative description of the document its source gave.

"Eine Umfrage von Infratest sah die Union bei 25 Prozent. Die Linke wäre in jener Erhebung auf
neun Prozent gekommen": the second sentence names the poll back ("jener Erhebung"), the words
nearest its figures that stand for their source (DESIGN.md: the mention span of the words
nearest the claim). Only when the source was given with an information noun (its cue or its
mention: "Umfrage", "Studie", "Bericht") and the demonstrative's noun is one too.
"""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from ._engine import SourceMention, is_info_head
from .nearness import carried_alone, put_under

_DEMONSTRATIVES = frozenset(DISCOURSE_DE["document_demonstratives"])


def document_namings(lang: str, text: str, units, sources) -> None:
    """The carried claims of each sentence that names their source's document back by a
    demonstrative take that naming as their mention."""
    if lang != "de":
        return
    for _k, u, given in carried_alone(units, sources):
        m = given[0]
        if not _from_document(m):
            continue
        k = _naming(u.s)
        if k is not None:
            a, b = u.s.starts[k], u.s.ends[k + 1]
            put_under(u, sources, given, SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role))


def _naming(s):
    """Token index of a demonstrative before an information noun ("jener Erhebung"), or None."""
    if _DEMONSTRATIVES.isdisjoint(s.low_set):
        return None
    for k in range(s.n - 1):
        if s.lowers[k] in _DEMONSTRATIVES and s.words[k + 1][:1].isupper() and is_info_head(s.lowers[k + 1]):
            return k
    return None


def _from_document(m) -> bool:
    """The source was given with an information noun: its cue ("umfrage") or its mention."""
    return is_info_head(m.cue.split()[-1] if m.cue else "") or any(
        is_info_head(w.lower()) for w in m.text.split()
    )
