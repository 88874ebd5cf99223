"""German: a sentence telling how a poll was made, its pollster the subject of a fieldwork verb
("Forsa befragte vom 2. bis 4. März insgesamt 1.508 Menschen", "Für die Sonntagsfrage hat das
Institut Allensbach ... 1.502 Wahlberechtigte befragt"). The pollster does the counted thing:
the sample's size is no figure anyone states (DESIGN: an actor who merely does the counted thing
is no source). Its naming, the words nearest them, attributes the poll figures of the sentence
right before it in its paragraph that have no source of their own sentence (as "Das teilte die
Polizei mit" does the sentence before): shares, when no account reaches them, or the figures of
the pollster's account carried to them; not those of another source's account."""

from __future__ import annotations

from ..lexicon import DATES, DISCOURSE_DE
from ._engine import sentence_names

_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_POLL_HEADS = tuple(DISCOURSE_DE["poll_heads"])
_INSTITUTES = (*_POLL_HEADS, "institut", "instituts")
_PERCENT = frozenset(("percent", "percentage point"))
_STATING = ("nach angaben", "laut", "zufolge", "wie ")


def fieldwork_sentences(art) -> None:
    """The sample of each German fieldwork sentence loses its source; the figures of the
    sentence before in its paragraph take the pollster's naming."""
    if art.lang != "de":
        return
    units, sources = art.units, art.sources
    for k, u in enumerate(units):
        pollster = _pollster(art.text, u.s)
        if pollster is None:
            continue
        for i in u.claims:
            if art.claims[i].unit not in _PERCENT and all(_asker(x, pollster, u.s) for x in sources[i]):
                sources[i] = ()  # "1.508 Menschen": the sample the pollster asked
        if not k or u.first:
            continue
        prev = units[k - 1]
        for i in prev.claims:
            given = sources[i]
            if (given or art.claims[i].unit in _PERCENT) and all(
                x.name == pollster.name and x.start < prev.s.start for x in given
            ):
                sources[i] = (pollster,)  # the poll's shares, or figures of its account


def _asker(x, pollster, s) -> bool:
    """Source ``x`` of a sample is the pollster asking it, not one that states it in the
    sentence by a cue of statements ("Befragt wurden nach Angaben des Instituts 2.504 Menschen")."""
    stated = s.start <= x.start < s.end and x.cue.startswith(_STATING)
    return x.name == pollster.name and not stated


def _verb(s, k: int) -> bool:
    """Token k is a fieldwork verb: lower case (not "der Befragten") and no participle before
    its noun ("Von Reuters befragte Ökonomen")."""
    return s.words[k] in _FIELDWORK and not (k + 1 < s.n and s.words[k + 1][:1].isupper())


def _pollster(text: str, s):
    """The pollster named in a sentence whose verb is a fieldwork verb, or None: a known
    institute, or a name with an institute's word."""
    if _FIELDWORK.isdisjoint(s.words) or not any(_verb(s, k) for k in range(s.n)):
        return None
    for m in sentence_names(text, s, "de"):
        if m.kind == "expert" or any(w.endswith(_INSTITUTES) for w in m.text.lower().split()):
            return m
    return None
