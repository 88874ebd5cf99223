"""English: a research body's sentence about its own work, without figures ("Pollwise also
compared support with its spring survey:", "Pollwise did not ask about fines in March."):
the figures after it in its paragraph, and the list it introduces, are that body's findings
(DESIGN: a pollster presenting its poll is the source of its shares). The body is a known
source of the research kind (pollsters, institutes) opening the sentence as the subject of a
verb of research work, a few helper words ("also", "did not") between them."""

from __future__ import annotations

from ._engine import LEXICON, SourceMention, name_spans

_VERBS = frozenset(LEXICON["en"]["research_verbs"])
_FILLERS = frozenset(LEXICON["en"]["research_fillers"])
_RESEARCH_KINDS = frozenset(("expert",))
_BETWEEN = 3  # helper words between the body and its verb ("did not", "also")


def research_subject(text: str, s) -> list:
    """[the research body] when sentence ``s`` opens with it as the subject of a research
    verb, else []."""
    if _VERBS.isdisjoint(s.lowers):
        return []  # the cheap test first: most sentences name no research work
    first = 1 if s.n and s.lowers[0] == "the" else 0
    for name, kind, a, b in name_spans(text, s, "en"):
        if a != s.starts[first] or kind not in _RESEARCH_KINDS:
            continue
        k = next((j for j in range(first, s.n) if s.ends[j] >= b), s.n)
        for j in range(k + 1, min(s.n, k + 2 + _BETWEEN)):
            if s.lowers[j] in _VERBS:
                return [SourceMention(name, kind, a, b, text[a:b], s.lowers[j], "origin")]
            if s.lowers[j] not in _FILLERS:
                break
        return []
    return []
