"""English: a sentence in which the body of the account, named back by a pronoun or a
description ("The carmaker also hired 1,500 workers", "Its stores sold 48 million items", "It
shipped 9,000 units"), does the counted thing itself with an acting verb is what the reporter
tells of the body, not part of what the body reported (DESIGN: an actor who merely does the
counted thing is not the figure's source): the account before does not go on to it."""

from __future__ import annotations

from ._engine import ATTRIBUTION, LEXICON, VERBS

_ACTING = frozenset(ATTRIBUTION["acting_verbs"]) - VERBS["en"] - frozenset(ATTRIBUTION["speech_verbs_past"])
_ADVERBS = frozenset(ATTRIBUTION["adverbs_before_verb_en"])
_HEADS = tuple(LEXICON["en"]["back_nouns"]["institution"])
_PRONOUNS = frozenset(("it", "they"))
_POSSESSIVES = frozenset(("its", "their"))
_REACH = 4  # words at most from the verb to its figure ("hired a further 1,500")


def acts(lowers, words=()) -> bool:
    """The sentence opens with a back-reference to a body (or a name: "Northway employs roughly
    3,400 people") as subject, maybe adverbs, an acting verb and a figure in its object."""
    k = _after_relative(lowers, _subject_end(lowers) or _name_end(lowers, words))
    while k < len(lowers) and lowers[k] in _ADVERBS:
        k += 1
    if not k or k >= len(lowers) or lowers[k] not in _ACTING:
        return False
    return any(w[:1].isdigit() for w in lowers[k + 1 : k + 1 + _REACH])


def _after_relative(lowers, k: int) -> int:
    """The token after a relative clause between commas right after the subject ending at k
    ("Northway, which employs 3,400 people, cut 200 jobs"), else k."""
    if not k or k + 2 >= len(lowers) or lowers[k] != "," or lowers[k + 1] not in _RELATIVES:
        return k
    e = next((j for j in range(k + 2, min(k + _RELATIVE_REACH, len(lowers))) if lowers[j] == ","), None)
    return k if e is None else e + 1


_RELATIVES = frozenset(("which", "who"))
_RELATIVE_REACH = 14  # tokens at most of the relative clause with its commas


def _name_end(lowers, words) -> int:
    """The end of a one-word name opening the sentence ("Northway employs"), or 0."""
    if len(words) > 2 and words[0][:1].isupper() and words[0].isalpha() and lowers[0] not in _NOT_NAMES:
        return 1
    return 0


_NOT_NAMES = frozenset(LEXICON["en"]["determiners"]) | _PRONOUNS | _POSSESSIVES


def _subject_end(lowers) -> int:
    """The end of "it", "its stores", "the carmaker" opening the sentence, or 0."""
    if not lowers:
        return 0
    if lowers[0] in _PRONOUNS:
        return 1
    if len(lowers) > 2 and lowers[0] in _POSSESSIVES and lowers[1].isalpha():
        return 2
    if len(lowers) > 2 and lowers[0] == "the" and lowers[1].endswith(_HEADS):
        return 2
    return 0
