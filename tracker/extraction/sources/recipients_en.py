"""English: the body figures are reported to ("The health ministry reported 412 contacts under
follow-up to WHO", "the trust submitted 96 incidents to the regulator"): it holds and passes
on the figures of its origin, the subject of the reporting verb (DESIGN: origin and relay)."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION
from .cues import CLAUSE_BREAKS

_VERBS = frozenset(ATTRIBUTION["reported_to_verbs_en"])
_BODIES = frozenset(("organisation", "government", "institution", "intelligence", "military"))
_REACH = 10  # tokens from the verb to "to" ("reported 412 contacts under follow-up to WHO")


def reported_to(s, m, cue) -> bool:
    """Mention ``m`` of a body stands after "to" (maybe "the") in the clause of a reporting
    verb, after its object."""
    if cue.text not in _VERBS or m.kind not in _BODIES or m.i0 < cue.i1 + 2 or m.i0 - cue.i1 > _REACH:
        return False
    to = m.i0 - 2 if s.lowers[m.i0 - 1] == "the" else m.i0 - 1
    if s.lowers[to] != "to" or to <= cue.i1:
        return False
    return not any(w in CLAUSE_BREAKS for w in s.words[cue.i1 : to])
