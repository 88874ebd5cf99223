"""Clauses of a sentence, as far as the stages need them: where the clause around a token
starts and ends (at commas, semicolons, dashes and brackets), whether a token stands in
brackets, and where given words stand."""

from __future__ import annotations

from bisect import bisect_left


def positions(lowers, wanted):
    """Sorted indices of the tokens in ``wanted`` (list.count and list.index run in C; no loop
    over all tokens, and no ValueError raised and caught per word)."""
    out = []
    for w in wanted:
        k = -1
        for _ in range(lowers.count(w)):
            k = lowers.index(w, k + 1)
            out.append(k)
    out.sort()
    return out


_CLAUSE_MARKS = frozenset((",", ";", "–", "—", "(", ")"))


def clause_end(s, i: int):
    b = i
    while b < s.n and s.words[b] not in _CLAUSE_MARKS:
        b += 1
    return b


def clause_start(s, i: int):
    """The first token of the clause around token i: the one after the last clause mark before it."""
    marks = _clause_marks(s.words)
    k = bisect_left(marks, i)
    return marks[k - 1] + 1 if k else 0


# (words, indices of their clause marks) of the last sentence asked about: the stages ask about
# one sentence many times in a row. The tuple holds the word list itself, so the identity test
# cannot match another sentence's list, and it is replaced in one store (safe in threads).
_LAST_MARKS = [((), [])]


def _clause_marks(words) -> list:
    last_words, marks = _LAST_MARKS[0]
    if last_words is not words:
        marks = [k for k, w in enumerate(words) if w in _CLAUSE_MARKS]
        _LAST_MARKS[0] = (words, marks)
    return marks


def in_parentheses(s, k: int) -> bool:
    """Token k stands inside brackets: "190 billion zlotys (about €44.5 billion) ... in 2026"."""
    words = s.words
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j] == "(":
            return True
        if words[j] == ")":
            return False
    return False
