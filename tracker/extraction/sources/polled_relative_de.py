"""German: experts that a relative clause says a pollster asked ("Analysten, die der
Datenanbieter X befragt hatte, waren von ... ausgegangen") are a source of their own beside the
pollster, as after "Von X befragte Analysten" (polled.polled_experts)."""

from __future__ import annotations

from ..lexicon import DATES

_FIELDWORK = frozenset(DATES["fieldwork_verbs"])
_RELATIVE = frozenset(("die", "der"))
_REACH = 10  # tokens of the relative clause


def polled_in_relative(s, mentions, linked) -> None:
    """Link each expert mention followed by a relative clause in commas whose verb is a
    fieldwork verb and which names another mention (the pollster)."""
    if _FIELDWORK.isdisjoint(s.low_set):
        return
    for m in mentions:
        if m.kind != "expert" or id(m) in linked:
            continue
        verb = _polled_by_relative(s, m, mentions)
        if verb is not None:
            linked[id(m)] = (m, verb)


def _polled_by_relative(s, m, mentions):
    k = m.i1
    if k + 2 >= s.n or s.words[k] != "," or s.lowers[k + 1] not in _RELATIVE:
        return None
    e = next((j for j in range(k + 2, min(s.n, k + _REACH)) if s.words[j] == ","), None)
    if e is None:
        return None
    verb = next((s.lowers[j] for j in range(k + 2, e) if s.lowers[j] in _FIELDWORK), None)
    if verb is not None and any(k + 2 <= x.i0 and x.i1 <= e for x in mentions if x is not m):
        return verb
    return None
