"""German: does the subject of a clause do what is counted ("Die Polizei nahm 38 Menschen fest")?
An acting verb as the finite verb, its participle or infinitive at the clause's end or its
separable particle there; "sein"/"haben" as the main verb; a passive. Such a subject is no source
of the clause's figures (``clause_subject_de``)."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION, DATES, DISCOURSE_DE

_LEX = DISCOURSE_DE
CLAUSE = frozenset((",", ";", ":", "–", "—", "(", ")"))
_ACTING = tuple(_LEX["acting_stems"])
_ACTING_FORMS = frozenset(ATTRIBUTION["acting_verbs"]) | frozenset(DATES["fieldwork_verbs"])
COPULAS = frozenset(_LEX["copulas"])
AUXILIARIES = frozenset(_LEX["auxiliaries"])
_PASSIVE = frozenset(ATTRIBUTION["passive_auxiliaries_past_de"])  # "wurden ... herangezogen"
IN_CLAUSE = CLAUSE - {"(", ")"}  # a bracket stands inside its clause ("mit 61 Mio. (plus 8 %) meldete")


def acts(s, verb: int) -> bool:
    """The subject does what is counted: an acting verb, as the finite verb, its participle or
    infinitive at the clause's end, or with its separable particle there ("nahm ... fest");
    or "sein"/"haben" as the main verb (the subject's own description); or a passive ("wurden
    die Daten ... herangezogen")."""
    last = clause_last(s, verb)
    low = s.lowers[verb]
    tail = s.lowers[last] if last > verb and s.words[last].isalpha() and s.words[last].islower() else ""
    before = s.words[verb - 1]
    if not tail and last == verb and before.isalpha() and before.islower():
        tail = s.lowers[verb - 1]  # "nachdem ... erklärt hatte", "einsetzen ließ": a verb-final cluster
    if low in AUXILIARIES:
        if not tail:
            return True  # "Die Kasse hat 1,2 Millionen Versicherte": "haben" as the main verb
        if low in _PASSIVE and _participle(tail):
            return True  # "wurden die Daten ... herangezogen": a passive's subject undergoes it
        low, tail = tail, ""
    if low in COPULAS or low in _ACTING_FORMS:
        return True
    return any(f.startswith(_ACTING) for f in (low, tail, tail + low) if f)


def _participle(low: str) -> bool:
    """A past participle by its form: "-t" ("veröffentlicht") or "-en" after a "ge" ("gezogen",
    "herangezogen"); not an infinitive ("steigen", "vorlegen")."""
    return low.endswith("t") or (low.endswith("en") and "ge" in low[:-4])


def clause_last(s, verb: int) -> int:
    """The last word of the verb's clause (a participle, an infinitive or a particle)."""
    k = verb + 1
    while k < s.n and s.words[k] not in IN_CLAUSE and s.words[k] not in (".", "!", "?"):
        k += 1
    k -= 1
    while k > verb and not s.words[k][:1].isalpha():
        k -= 1
    return k
