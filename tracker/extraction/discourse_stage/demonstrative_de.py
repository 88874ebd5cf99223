"""German: a carried figure under a demonstrative description of the document its source gave,
or under a naming of it with a definite article or none.

"Eine Umfrage von Infratest sah die Union bei 25 Prozent. Die Linke wäre in jener Erhebung auf
neun Prozent gekommen": the second sentence names the poll back ("jener Erhebung"), the words
nearest its figures that stand for their source (DESIGN.md: the mention span of the words
nearest the claim). Only when the source was given with an information noun (its cue or its
mention: "Umfrage", "Studie", "Bericht") and the demonstrative's noun is one too.

An information noun that names no owner stands for the source before whatever its cue was:
"Der Auftragseingang stieg laut Mitteilung auf ...", "Aus den Zahlen geht hervor: ...", "Dem
Bericht zufolge ...". The sentences after it in its paragraph that carry the same source take
that naming too (the latest naming before their figures).
"""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from ._engine import SourceMention, is_info_head
from .info_namings_de import ownerless
from .nearness import carried_alone, put_under

_DEMONSTRATIVES = frozenset(DISCOURSE_DE["document_demonstratives"])


def document_namings(lang: str, text: str, units, sources) -> None:
    """The carried claims of each sentence that names their source's document back by a
    demonstrative, or by an information noun with no owner, take that naming as their mention;
    so do the sentences after an ownerless naming in its paragraph that carry the same source."""
    if lang != "de":
        return
    named = None  # (paragraph, source given, its naming): what the next sentences take
    for _k, u, given in carried_alone(units, sources):
        m = given[0]
        bare = ownerless(u.s)
        span = bare or (_naming(u.s) if _from_document(m) else None)
        if span is not None:
            a, b = u.s.starts[span[0]], u.s.ends[span[1]]
            stand = SourceMention(m.name, m.kind, a, b, text[a:b], m.cue, m.role)
            put_under(u, sources, given, stand)
            named = (u.para, given, stand) if bare else None
        elif named is not None and named[0] == u.para and named[1] == given:
            put_under(u, sources, given, named[2])


def _naming(s):
    """(first, last): the tokens of a demonstrative before an information noun ("jener
    Erhebung"), or None."""
    if _DEMONSTRATIVES.isdisjoint(s.low_set):
        return None
    for k in range(s.n - 1):
        if s.lowers[k] in _DEMONSTRATIVES and s.words[k + 1][:1].isupper() and is_info_head(s.lowers[k + 1]):
            return k, k + 1
    return None


def _from_document(m) -> bool:
    """The source was given with an information noun: its cue ("umfrage") or its mention."""
    return is_info_head(m.cue.split()[-1] if m.cue else "") or any(
        is_info_head(w.lower()) for w in m.text.split()
    )
