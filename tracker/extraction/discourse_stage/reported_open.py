"""A German paragraph that opens in reported speech (Konjunktiv: "Insgesamt seien mehr als 120
Beamte im Einsatz gewesen") and names no source goes on with the account before it: the lead's
convention for German news, where a paragraph break ends an account unless a continuation cue
(Konjunktiv of the same speaker among them) opens the next paragraph."""

from __future__ import annotations

from ._engine import LEXICON

_REPORTED = frozenset(LEXICON["de"]["reported_speech"])


def opens_reported(u, lang: str) -> bool:
    """Unit ``u`` is a German sentence in reported speech (its main clause: before its first
    comma; not "Zu Berichten, ein Mann sei ... bewaffnet gewesen, wurde nichts gesagt") without
    a source of its own."""
    if lang != "de" or u.own or u.quoted:
        return False
    lowers = u.s.lowers
    main = lowers[: lowers.index(",")] if "," in lowers else lowers
    return not _REPORTED.isdisjoint(main)
