"""A German company named before and then described as the subject of a verb of its own results
("Der bundeseigene Konzern steigerte seinen Umsatz um 2,4 Prozent", "Netto verdiente der
Konzern 205 Millionen Euro"): the description stands for the company and is the source of the
figures (DESIGN: a company reporting its results is their source; the realshape keys key the
description, the words nearest the claim)."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention, sentence_names
from .documents_de import document_subject
from .opening_description_de import opening_description
from .result_nouns_de import result_noun_subject
from .subjects import own_subject

_VERBS = frozenset(LEXICON["de"]["own_result_verbs"])
_HEADS = tuple(LEXICON["de"]["company_descriptors"])
_ARTICLES = frozenset(("der", "die", "das"))
_VERB_AT = 4  # the verb stands second, after an opening word or a described subject
_ADJECTIVES = 2  # lower-case words between the article and the head ("der bundeseigene Konzern")


def described_result_subject(art, u) -> list:
    """The description as a source (named as the organisation named before), given to the
    sentence's claims without a source of their own; [] when the sentence has no such subject."""
    if art.lang != "de":
        return []
    s = u.s
    found = _subject(s)
    if found is None:  # "hat der FC Hallenberg ein Minus von 3,8 Millionen Euro gemacht"
        return (
            result_noun_subject(
                art, u, lambda: _own_organisation_before(art, u) or _organisation_before(art, u)
            )
            or document_subject(art, u)
            or opening_description(art, u)
        )
    a, b, verb = found
    named = _organisation_before(art, u)
    if named is None:
        return []
    mention = SourceMention(
        named.name,
        named.kind,
        s.starts[a],
        s.ends[b - 1],
        art.text[s.starts[a] : s.ends[b - 1]],
        s.lowers[verb],
        "origin",
    )
    return own_subject(art, u, mention)


def _subject(s):
    """(start, end, verb) token indices of a described company subject around a result verb:
    before it ("Der Konzern steigerte") or right after it ("Netto verdiente der Konzern")."""
    verb = next((j for j in range(1, min(s.n - 1, _VERB_AT + 1)) if s.lowers[j] in _VERBS), None)
    if verb is None:
        return None
    if s.lowers[0] in _ARTICLES and _head(s, verb - 1) and verb - 1 <= _ADJECTIVES + 1:
        return 0, verb, verb
    if s.lowers[verb + 1] in _ARTICLES:
        for h in range(verb + 2, min(s.n, verb + 3 + _ADJECTIVES)):
            if _head(s, h):
                return verb + 1, h + 1, verb
            if not s.words[h].islower():
                break
    return None


def _head(s, k: int) -> bool:
    w = s.words[k]
    return w[:1].isupper() and s.lowers[k].endswith(_HEADS)


def _organisation_before(art, u):
    """The last organisation named in the sentences before (a named source first)."""
    for _pos, m in reversed(art.history):
        if m.kind == "organisation" and m.cue != "quote":
            return m
    for v in reversed(art.units[: art.units.index(u)]):
        names = [m for m in sentence_names(art.text, v.s, art.lang) if m.kind == "organisation"]
        if names:
            return names[-1]
    return None


def _own_organisation_before(art, u):
    """The last organisation a sentence before gave as its own source ("der FC Hallenberg")."""
    for v in reversed(art.units[: art.units.index(u)]):
        for m in reversed(v.own):
            if m.kind == "organisation" and m.cue != "quote":
                return m
    return None
