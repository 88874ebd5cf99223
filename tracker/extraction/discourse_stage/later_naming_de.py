"""German: a carried figure takes the speaker of a quotation in the next sentence when that
naming stands nearer the figure than the words it was carried from (DESIGN: the mention span of
the words nearest the claim).

"Wie ein Sprecher der Kreiswehr sagte, ... ¶ Außerdem hätten zwei Scheunen gebrannt. „...“,
sagte der Sprecher": the Konjunktiv carried from the paragraph before stands on "der Sprecher".
Only the next sentence of the same paragraph counts, and only a quotation's speaker that names
the same source: the same name, or an article and a head that ends a word of the source's own
mentions ("der Sprecher" for "ein Sprecher der Kreiswehr"); or a closing cue verb after that
sentence's figures whose mention is of the same source ("Das Programm komme voran. Bereits
900 Stellen seien abgebaut, sagte sie.": the closing covers one sentence before it, also when
the figure was carried from a partial quotation). Other later namings ("Netto verdiente der
Konzern ...") are left: the keys mostly keep the naming before the figure.
"""

from __future__ import annotations

from ._engine import LEXICON, VERBS, SourceMention
from .nearest_de import mention_words

_DETS = frozenset(LEXICON["de"]["determiners"])
_VERBS = VERBS["de"]


def later_namings(lang: str, text: str, units, sources, claims) -> None:
    """Each carried claim whose next sentence's quotation speaker or closing cue ("..., sagte
    sie") names its source nearer than the mention it carries takes that naming."""
    if lang != "de":
        return
    words = None  # found at the first carried sentence (most articles have none)
    quoted = ()  # the quotation speakers among the claims' sources, in their order (found then too)
    for k, u, given in _carried(units, sources):
        if words is None:
            words = mention_words(sources)
            # what this pass gives stands in the sentence after the carried one, before the next
            # carried sentence's next sentence: the list found once serves every later one
            quoted = [x for given_ in sources for x in given_ if x.cue == "quote"]
        m = given[0]
        nxt = units[k + 1]
        later = _naming(nxt, quoted, m, words.get(m.name, ())) or _closing_naming(nxt, m, claims)
        if later is None:
            continue
        stand = SourceMention(m.name, m.kind, later.start, later.end, later.text, m.cue, m.role)
        rest = tuple(x for x in given[1:] if not m.start <= x.start < m.end)  # not a part of m
        for i in u.claims:
            if sources[i] == given and later.start - claims[i].start < claims[i].start - m.start:
                sources[i] = (stand, *rest)


def _carried(units, sources):
    """(k, sentence, source) for each sentence with figures, naming no source itself, whose
    figures carry one source from before it that the next sentence of its paragraph may name."""
    for k, u in enumerate(units[:-1]):
        if not u.claims or u.own or u.headline or units[k + 1].para != u.para:
            continue
        carried = {sources[i] for i in u.claims if sources[i]}
        if len(carried) == 1:
            (given,) = carried
            if given[0].start < u.s.start:
                yield k, u, given


def _naming(nxt, quoted, m, words):
    """A quotation speaker's mention of ``m``'s source inside sentence ``nxt``, or None
    (``quoted``: the quotation speakers among the claims' sources)."""
    a, b = nxt.s.start, nxt.s.end
    seen = list(nxt.own)
    seen.extend([x for x in quoted if a <= x.start < b])
    for x in seen:
        if x.cue == "quote" and x.role == m.role and (x.name == m.name or _describes(x.text, words)):
            return x
    return None


def _closing_naming(nxt, m, claims):
    """ "Das Programm komme gut voran. Bereits 900 Stellen seien abgebaut, sagte sie.": a
    closing cue verb's mention of ``m``'s source after the figures of sentence ``nxt`` (no
    quotation: its speaker is ``_naming``'s), which covers the sentence before it; or None."""
    if nxt.quoted:
        return None
    for x in nxt.own:
        if x.name == m.name and x.role == m.role and x.cue.lower() in _VERBS:
            return None if any(claims[i].start > x.start for i in nxt.claims) else x
    return None


def _describes(text: str, words) -> bool:
    """'der Sprecher' for a source whose mentions hold 'Sprecher': an article and a head that
    ends a word of the source's mentions."""
    parts = text.lower().split()
    return len(parts) == 2 and parts[0] in _DETS and any(w.endswith(parts[1]) for w in words)
