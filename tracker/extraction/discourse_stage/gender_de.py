"""German pronouns and the grammatical gender of what they stand for.

"er" stands for a man or a masculine noun, "sie" (singular) for a woman, a feminine noun or
a plural; neither stands for a neuter noun ("das Unternehmen": "es"). A person's mention
tells the gender by its role word ("Konzernsprecherin", "Präsident", "Bahnsprechers"), an
organisation's by its determiner or head noun ("des Unternehmens", "der Konzern"). Where
the words do not tell, any pronoun fits.
"""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from ._engine import LEXICON

_PRONOUNS = frozenset(("er", "sie"))
_PERSON_ROLES = frozenset(LEXICON["de"]["back_nouns"]["person"]) | frozenset(DISCOURSE_DE["gender_roles"])
_MASCULINE_HEADS = tuple(DISCOURSE_DE["masculine_neuter_heads"])
_NOT_FEMININE_ARTICLES = frozenset(("des", "dem", "das", "den", "eines", "einem", "einen", "ein"))
_ROLE_TAILS = tuple(sorted(_PERSON_ROLES, key=len, reverse=True))


def is_pronoun(word: str) -> bool:
    return word.lower() in _PRONOUNS


def _role(low: str) -> str | None:
    """The person role a word ends in ("bahnsprechers" -> "sprecher"), or None."""
    for w in (low, low[:-1] if low.endswith("s") else low):
        for role in _ROLE_TAILS:
            if w.endswith(role) and len(role) >= 4:
                return role
    return None


def person_gender(text: str) -> str | None:
    """ "f", "m" by the role words of a person's mention, else None."""
    for w in text.lower().replace("-", " ").split():
        role = _role(w.strip(".,;:()"))
        if role is None:
            continue
        return "f" if role.endswith("in") else "m"  # "Sprecherin", "Anwältin"
    return None


def is_person_role(text: str) -> bool:
    """The mention is a person named by a role ("Bahnsprechers", "eine Konzernsprecherin")."""
    parts = text.lower().split()
    return bool(parts) and _role(parts[-1].strip(".,;:()")) is not None


def _masculine_or_neuter(text: str) -> bool:
    parts = text.lower().split()
    if not parts:
        return False
    if parts[0] in _NOT_FEMININE_ARTICLES:
        return True
    return parts[-1].rstrip("s").endswith(_MASCULINE_HEADS)


def agrees(pronoun: str, mention, person: bool) -> bool:
    """Pronoun "er"/"sie" can stand for ``mention`` (a person when ``person``)."""
    word = pronoun.lower()
    if word not in _PRONOUNS:
        return True
    if person:
        gender = person_gender(mention.text)
        return gender is None or gender == ("m" if word == "er" else "f")
    return word == "er" or not _masculine_or_neuter(mention.text)
