"""German: a body a sentence describes by a noun alone ("nachdem die Krankenkasse ... ausgewertet
hatte"), where the name finder finds no name: what a "demnach" in the next sentence of the
paragraph refers to (the nearest naming mention before it)."""

from __future__ import annotations

from . import backrefs
from ._engine import SourceMention, sentence_names

_DETS = frozenset(("der", "die", "das", "dem", "den", "des"))


def names_in(text: str, s, lang: str) -> list:
    """The source-like names of sentence ``s``: its names, else its subject description, else
    (German) the institutions it describes."""
    return (
        sentence_names(text, s, lang)
        or backrefs.subject_description(text, s, lang)
        or described_bodies(text, s, lang)
    )


def described_bodies(text: str, s, lang: str) -> list:
    """The descriptions of institutions in sentence ``s`` (determiner and head noun), in text
    order, as mentions named by the head; [] for English."""
    if lang != "de":
        return []
    out = []
    for k in range(s.n - 1):
        if (
            s.lowers[k] in _DETS
            and s.words[k + 1][:1].isupper()
            and backrefs.noun_class(s.lowers[k + 1], lang) == "institution"
        ):
            a, b = s.starts[k], s.ends[k + 1]
            out.append(SourceMention(s.words[k + 1], "organisation", a, b, text[a:b], "", "origin"))
    return out
