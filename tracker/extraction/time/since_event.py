"""A month that dates the start of a span through the event it names: "Seit ihrer Verschärfung
im Mai", "since its launch in March": from that month (the last one begun) to the publication
date."""

from __future__ import annotations

_SINCE = frozenset(("seit", "since"))
_IN = frozenset(("im", "in"))
_STARTS = frozenset(("beginn", "anfang", "ausbruch", "start", "beginning", "outbreak"))
_REACH = 6  # "seit der Einführung der Kontrollen im", "since the new rules took effect in"


def since_event(lowers, i: int):
    """The first token of the span's words: "seit" of "seit ihrer Verschärfung im Mai" ("im" of
    "seit Beginn des Krieges im Februar 2022"), or None when no "seit"/"since" governs the month."""
    if i < 3 or lowers[i - 1] not in _IN:
        return None
    start_word = False
    for j in range(i - 2, max(-1, i - 2 - _REACH), -1):
        w = lowers[j]
        if w in _SINCE and j < i - 2:
            # "seit Beginn des Krieges im Februar 2022": "seit Beginn" is a period of its own rule
            return i - 1 if start_word else j
        if not w.isalpha():
            return None  # a comma, a figure: another clause
        start_word = start_word or w in _STARTS
    return None
