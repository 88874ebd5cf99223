"""Emergency services counted by a word for any of them ("85 Einsatzkräfte"): the service whose
account it is, named last before the figure ("Nach Angaben der Feuerwehr waren 85 Einsatzkräfte
vor Ort": firefighters; after a police spokesman: police officers; "Die Feuerwehr rückte mit 110
Kräften an": forces, soldiers elsewhere, of the service of their sentence); "Einsatzkräfte von
Feuerwehr, THW und Bundeswehr" stay persons."""

from __future__ import annotations

from ..lexicon import WORDS

_NOUNS = frozenset(WORDS["emergency_service_nouns"])
_SERVICES = tuple(WORDS["emergency_services"].items())  # word beginning -> unit
_REACH = 500  # characters before the figure


def service_units(s, raw, text: str) -> None:
    """Set the unit of figures of "Einsatzkräfte" to the service named last before them."""
    lowers = s.lowers
    for rc in raw:
        if rc.unit not in ("person", "soldier") or lowers[rc.i1 - 1] not in _NOUNS:
            continue
        own = _service_after(lowers, rc.i1, s.n)
        if own:
            rc.unit = own  # "Den 610 Kräften der Berufsfeuerwehr": the service named after them
            continue
        if rc.i1 < s.n and lowers[rc.i1] in ("von", "aus", "of", "from") and not _particle(s, rc.i1):
            continue  # "Einsatzkräfte von Feuerwehr, THW und Bundeswehr": several services
        # "Die Feuerwehr rückte mit 110 Kräften an": forces of a service named in their sentence
        reach = _REACH if rc.unit == "person" else s.starts[rc.i0] - s.start
        before = text[max(0, s.starts[rc.i0] - reach) : s.starts[rc.i0]].lower()
        best = max(((before.rfind(w), unit) for w, unit in _SERVICES), default=(-1, None))
        if best[0] >= 0:
            rc.unit = best[1]


def _particle(s, k: int) -> bool:
    """ "rückte mit 85 Einsatzkräften aus.": the verb's particle at the clause's end, no "from"."""
    return k + 1 >= s.n or not s.words[k + 1][:1].isalnum()


def _service_after(lowers, k: int, n: int):
    """ "Kräfte der Berufsfeuerwehr", "Einsatzkräfte der Polizei": the one service in the genitive
    right after the noun (not a list of them)."""
    if k + 2 >= n or lowers[k] not in ("der", "des") or lowers[k + 2] in (",", "und"):
        return None
    return next((unit for w, unit in _SERVICES if w in lowers[k + 1]), None)
