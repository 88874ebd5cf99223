"""Crossheads (German; English: see ``mark``): a short line of its own inside the body,
without a full stop, that titles the paragraphs after it ("Mehr als 120 Einsatzkräfte an 75
Messpunkten"). Like the headline it takes no source from the account around it (its figures
keep none unless it has a colon attribution), and an account does not end at it: the
paragraph after it may go on with the account before ("Insgesamt seien mehr als 120 Beamte im
Einsatz gewesen")."""

from __future__ import annotations

_FINAL = frozenset(".!?…:\"“”»«'’)")
_MAX_CROSSHEAD = 80  # characters of a crosshead line
_MIN_WORDS = 2


def mark(text: str, lang: str, units) -> None:
    """Marks the body's crosshead lines as headlines (English: only a line without digits, "–
    Delayed discharge", whose next paragraph is a full sentence: a list's short lines are
    none)."""
    for k in range(2, len(units) - 1):
        u = units[k]
        if not u.first or not units[k + 1].first:
            continue
        line = text[u.s.start : u.s.end].rstrip()
        if line and line[-1] not in _FINAL and len(line) <= _MAX_CROSSHEAD and u.s.n >= _MIN_WORDS:
            u.headline = lang == "de" or (lang == "en" and _english(text, line, units[k + 1].s))


def _english(text: str, line: str, after) -> bool:
    """No digit in the line and the next paragraph ends with a full stop."""
    return not any(ch.isdigit() for ch in line) and text[after.start : after.end].rstrip()[-1:] in _STOPS


_STOPS = frozenset('.!?"”’')
