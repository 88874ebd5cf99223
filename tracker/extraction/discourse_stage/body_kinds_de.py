"""German: a description agrees in kind with the body it names back. "Der Konzern" stands for
a company, "Die Kasse" for a health insurer, "Die Behörde", "Das Amt" for an authority; none of
them for a body whose name marks only another kind ("Der Konzern" not for "Krankenkasse
Westfalia", "Die Kasse" not for "Statistisches Landesamt", "Die Behörde" not for "Deutsche
Bahn"). A name that marks no kind ("Vantrix", "Verdi") takes any description; a description
of no listed kind ("Der Verband", "the company") is not checked here."""

from __future__ import annotations

from functools import lru_cache

from ..lexicon import DISCOURSE_DE

_KINDS = {
    kind: (tuple(v["heads"]), tuple(v["endings"]), frozenset(v["words"]))
    for kind, v in DISCOURSE_DE["description_kinds"].items()
}


def agrees(head: str | None, m) -> bool:
    """The description with head noun ``head`` may stand for the named source ``m``."""
    kind = _kind_of_head(head) if head else None
    if kind is None:
        return True
    marked = _marked(m.name, m.text)
    return not marked or kind in marked


def _kind_of_head(head: str):
    for kind, (heads, _, _) in _KINDS.items():
        if head.endswith(heads):
            return kind
    return None


@lru_cache(maxsize=4096)
def _marked(name: str, text: str) -> frozenset:
    """The kinds the words of a source's name and mention mark (a pure function: cached)."""
    words = {w.strip("()„“\"',.").lower() for w in f"{name} {text}".replace("-", " ").split()}
    return frozenset(
        kind
        for kind, (_, endings, whole) in _KINDS.items()
        if not whole.isdisjoint(words) or any(_stem(w).endswith(endings) for w in words)
    )


def _stem(word: str) -> str:
    """The word without a genitive ending ("Landesamtes", "Ministeriums")."""
    if word.endswith("es") and len(word) > 4:
        return word[:-2] if not word[:-2].endswith("s") else word[:-1]
    return word[:-1] if word.endswith("s") else word
