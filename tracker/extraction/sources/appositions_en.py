"""English: a speaker's name set off before its verb by a relative clause or a role in commas
("Brannock Foods, which is based in Leeds, said", "Hana Voss, cabinet member for housing,
said"); ``mentions.py`` finds the name before the comma."""

from __future__ import annotations

from ..lexicon import ATTRIBUTION

_RELATIVE_EN = frozenset(("who", "which"))
_RELATIVE_WORDS = 14  # words of a relative clause in commas before a speech verb


def before_relative(s, verb: int) -> int:
    """ "Brannock Foods, which is based in Leeds, said", "Hana Voss, cabinet member for
    housing, said": the comma that opens a relative clause or a role in commas right before the
    verb (its subject ends there), else the verb itself."""
    if verb < 4 or s.words[verb - 1] != ",":
        return verb
    q = next((k for k in range(verb - 2, max(0, verb - _RELATIVE_WORDS), -1) if s.words[k] == ","), None)
    if q and s.lowers[q + 1] in _RELATIVE_EN:
        return q
    return q if q and verb - q <= _ROLE_WORDS and role_apposition(s, q + 1, verb - 1) else verb


_ROLE_WORDS = 8  # tokens of "cabinet member for finance" with its commas


def role_apposition(s, a: int, b: int) -> bool:
    """Tokens a..b-1 are a role in apposition: lower-case words and possessives that hold a
    role noun or a source noun of a person ("cabinet member for finance", "the council's
    leader"), no figure."""
    words = s.words[a:b]
    if (
        not words
        or not words[0][0].islower()
        or not all(w.replace("'", "").replace("’", "").isalpha() for w in words)
    ):
        return False
    return any(low in _APPOSED_ROLES or low.endswith(_MEMBER_ENDS) for low in s.lowers[a:b])


_APPOSED_ROLES = frozenset(ATTRIBUTION["person_roles"]) | frozenset(("member", "councillor", "officer"))
_MEMBER_ENDS = ("man", "woman", "person")  # "spokesman", "chairwoman", "spokesperson"
