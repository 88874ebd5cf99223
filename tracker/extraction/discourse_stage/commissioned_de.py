"""German: a poll made for an outlet ("Insa im Auftrag der „Bild“", "Forsa hat für RTL und ntv
1.002 Menschen befragt", "die Insa-Umfrage für die „Bild am Sonntag“"). The pollster is the
source of the poll's figures; the outlet that commissioned it is none (the keying conventions'
"Polls": at most it passes the poll on). A later mention of that outlet for a figure of the poll,
by its name or by a noun of outlets ("laut dem Blatt", "wie der Sender berichtet", "nach Angaben
der Sender"), stands for the pollster: the claim takes the pollster's name on those words."""

from __future__ import annotations

from bisect import bisect_right

from ..lexicon import ATTRIBUTION, DATES, DISCOURSE_DE
from ._engine import SourceMention, known_source, sentence_names

_MEDIA = frozenset(("news_outlet", "news_agency", "state_media"))
_NOT_POLLSTERS = _MEDIA | frozenset(("person", "government", "party"))
_OUTLET_NOUNS = frozenset(DISCOURSE_DE["outlet_nouns"])
_POLL_HEADS = tuple(DISCOURSE_DE["poll_heads"])
_POLL_UNITS = frozenset(DISCOURSE_DE["poll_units"])
_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_FOR = frozenset(ATTRIBUTION["commissioning_preps"])
_ORDER = frozenset(x.split()[-1] for x in ATTRIBUTION["commissioning_phrases"])  # "im Auftrag"
_BETWEEN = frozenset(("der", "die", "das", "des", "dem", "den", "von", "und", "„", "“", '"', "»", "«"))
_INSTITUTES = (*_POLL_HEADS, "institut", "instituts")
_REACH = 5  # tokens between "für"/"Auftrag" and the outlet ("im Auftrag der „Bild“")


def pollster_for_outlet(art) -> None:
    """The figures of a German poll made for an outlet, and the poll figures after it, lose the
    outlet as a source and take the pollster (on the outlet's words when they name it back)."""
    if art.lang != "de":
        return
    polls = []  # (start and end of the sentence, pollster, names of the outlets), in text order
    for u in art.units:
        found = _commission(art.text, u.s)
        if found is not None:
            polls.append((u.s.start, u.s.end, *found))
    if not polls:
        return
    starts = [p[0] for p in polls]
    for i, c in enumerate(art.claims):
        k = bisect_right(starts, c.sentence[0]) - 1
        if k < 0:
            continue
        start, end, pollster, outlets = polls[k]
        own = c.sentence[0] == start  # the poll's own sentence: all its figures are the poll's
        if own and not art.sources[i]:
            art.sources[i] = (pollster,)  # "Forsa hat für RTL und ntv 1.002 Menschen befragt"
        elif own or c.unit in _POLL_UNITS:
            art.sources[i] = _for_pollster(art.sources[i], end, pollster, outlets)


def pollster_accounts(art) -> None:
    """Before the carry-over: a German poll sentence that names no source of its own ("Laut dem
    Trendbarometer, das das Institut für RTL und ntv erhebt, ...") opens the pollster's account,
    which the sentences after it continue ("Die SPD verharrt bei 13 Prozent")."""
    if art.lang != "de":
        return
    for u in art.units:
        if u.claims and not u.own:
            found = _commission(art.text, u.s)
            if found is not None:
                u.own = (found[0],)


def _for_pollster(sources, end: int, pollster, outlets):
    """The claim's sources with each mention of a commissioning outlet as the pollster: its own
    mention in the poll's sentence, the pollster's name on the outlet's words later."""
    out, changed = [], False
    for x in sources:
        if not _names_outlet(x, outlets):
            out.append(x)
            continue
        changed = True
        if x.start < end:
            x = pollster
        else:
            x = SourceMention(pollster.name, pollster.kind, x.start, x.end, x.text, x.cue, "origin")
        if all(y.name != x.name for y in out):
            out.append(x)
    return tuple(out) if changed else sources


def _names_outlet(x, outlets) -> bool:
    """Mention ``x`` names an outlet a poll was made for: by name, or by a noun of outlets."""
    words = x.text.lower().split()
    return (x.kind in _MEDIA and x.name in outlets) or (bool(words) and words[-1] in _OUTLET_NOUNS)


def _commission(text: str, s):
    """(pollster, names of the outlets) of a poll sentence that names outlets it was made for,
    or None."""
    lowers = s.lowers
    if _FOR.isdisjoint(s.low_set) and _ORDER.isdisjoint(s.low_set):
        return None
    if not (any(w.endswith(_POLL_HEADS) for w in lowers) or not _FIELDWORK.isdisjoint(s.low_set)):
        return None
    names = sentence_names(text, s, "de")
    outlets = [m for m in names if m.kind in _MEDIA and _made_for(s, bisect_right(s.starts, m.start) - 1)]
    if not outlets:
        return None
    pollster = _pollster(names, outlets[0])
    return None if pollster is None else (pollster, frozenset(m.name for m in outlets))


def _made_for(s, i: int) -> bool:
    """The outlet at token i stands after "für" or "im Auftrag" (over articles, quotation marks
    and a coordinated outlet: "für RTL und ntv")."""
    k = i - 1
    while k >= 0 and i - k <= _REACH:
        low = s.lowers[k]
        if low in _FOR or low in _ORDER:
            return True
        if low not in _BETWEEN and not s.words[k][:1].isupper():
            return False
        k -= 1
    return False


def _pollster(names, outlet):
    """The pollster among the sentence's names: a known institute, else a name that is a poll's
    or an institute's ("Insa-Umfrage", "des Instituts Insa"), the nearest before the outlet
    first."""
    candidates = [m for m in names if m.kind not in _NOT_POLLSTERS and m.end <= outlet.start][::-1]
    candidates += [m for m in names if m.kind not in _NOT_POLLSTERS and m.start >= outlet.end]
    known = [m for m in candidates if m.kind == "expert"]
    known += [x for x in map(_compound_pollster, candidates) if x is not None]
    named = [m for m in candidates if any(w.endswith(_INSTITUTES) for w in m.text.lower().split())]
    return (known or named or [None])[0]


def _compound_pollster(m):
    """The known pollster of a poll compound in mention ``m`` ("der neuen Insa-Umfrage"), as a
    mention of that word, or None."""
    for w in m.text.split():
        head, _, tail = w.rpartition("-")
        known = known_source(head) if head and tail.lower().endswith(_POLL_HEADS) else None
        if known is not None:
            a = m.start + m.text.find(w)
            return SourceMention(known[0], known[1], a, a + len(w), w, "", "origin")
    return None
