"""A month that dates the start of a span through the event it names: "Seit ihrer Verschärfung
im Mai", "since its launch in March": from that month (the last one begun) to the publication
date."""

from __future__ import annotations

_SINCE = frozenset(("seit", "since"))
_IN = frozenset(("im", "in"))
_REACH = 5  # "seit der Einführung der Kontrollen im", "since the new rules took effect in"


def since_event(lowers, i: int):
    """Token of "seit"/"since" that governs the month at token ``i`` through an event's words
    ("seit ihrer Verschärfung im Mai"), or None."""
    if i < 3 or lowers[i - 1] not in _IN:
        return None
    for j in range(i - 2, max(-1, i - 2 - _REACH), -1):
        w = lowers[j]
        if w in _SINCE:
            return j if j < i - 2 else None
        if not w.isalpha():
            return None  # a comma, a figure: another clause
    return None
