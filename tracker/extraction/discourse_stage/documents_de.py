"""German: a document that opens its sentence with its author and gives figures ("Der Entwurf
von Finanzminister X sieht für 2027 Ausgaben von 16 Milliarden Euro vor", "Das Konzept des
Senats umfasst 300 Stellen"): the author is the source of the figures (DESIGN: a minister
presenting a budget), under the mention of the document and its author."""

from __future__ import annotations

from ..lexicon import DISCOURSE_DE
from ._engine import SourceMention, sentence_names
from .subjects import own_subject

_NOUNS = tuple(DISCOURSE_DE["document_nouns"])
_VERBS = frozenset(DISCOURSE_DE["document_verbs"])
_ARTICLES = frozenset(("der", "die", "das"))
_OF = frozenset(("von", "des", "der"))
_VERB_AT = 12  # tokens before the verb: the document, its author and a party in brackets


def document_subject(art, u) -> list:
    """[the author's mention] given to the sentence's claims without a source of their own
    sentence; [] when the sentence opens with no authored document."""
    m = document_author(art.text, u.s)
    return own_subject(art, u, m) if m is not None else []


def document_author(text: str, s):
    """The mention (document and author, named as the author) of a sentence opened by an
    authored document as the subject of a verb that gives figures, or None."""
    if s.n < 5 or s.lowers[0] not in _ARTICLES or not s.lowers[1].endswith(_NOUNS):
        return None
    if s.lowers[2] not in _OF:
        return None
    verb = next((k for k in range(3, min(s.n, _VERB_AT)) if s.lowers[k] in _VERBS), None)
    if verb is None:
        return None
    end = s.starts[verb]
    author = next((m for m in sentence_names(text, s, "de") if m.start >= s.starts[2] and m.end <= end), None)
    if author is None:
        return None
    a = s.starts[0]
    return SourceMention(
        author.name, author.kind, a, author.end, text[a : author.end], s.lowers[verb], "origin"
    )
