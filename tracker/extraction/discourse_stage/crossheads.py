"""German crossheads: a short line of its own inside the body, without a full stop, that titles
the paragraphs after it ("Mehr als 120 Einsatzkräfte an 75 Messpunkten"). Like the headline it
takes no source from the account around it (its figures keep none unless it has a colon
attribution), and an account does not end at it: the paragraph after it may go on with the
account before ("Insgesamt seien mehr als 120 Beamte im Einsatz gewesen")."""

from __future__ import annotations

_FINAL = frozenset(".!?…:\"“”»«'’)")
_MAX_CROSSHEAD = 80  # characters of a crosshead line
_MIN_WORDS = 2


def mark(text: str, lang: str, units) -> None:
    """Marks the German body's crosshead lines as headlines."""
    if lang != "de":
        return
    for k in range(2, len(units) - 1):
        u = units[k]
        if not u.first or not units[k + 1].first:
            continue
        line = text[u.s.start : u.s.end].rstrip()
        if line and line[-1] not in _FINAL and len(line) <= _MAX_CROSSHEAD and u.s.n >= _MIN_WORDS:
            u.headline = True
