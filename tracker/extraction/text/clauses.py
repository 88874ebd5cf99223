"""Clauses of a sentence, as far as the stages need them: where the clause around a token
starts and ends (at commas, semicolons, dashes and brackets), whether a token stands in
brackets, and where given words stand."""

from __future__ import annotations


def positions(lowers, wanted):
    """Sorted indices of the tokens in ``wanted`` (list.index runs in C; no loop over all tokens)."""
    out = []
    for w in wanted:
        k = -1
        try:
            while True:
                k = lowers.index(w, k + 1)
                out.append(k)
        except ValueError:
            pass
    out.sort()
    return out


_CLAUSE_MARKS = frozenset((",", ";", "–", "—", "(", ")"))


def clause_end(s, i: int):
    b = i
    while b < s.n and s.words[b] not in _CLAUSE_MARKS:
        b += 1
    return b


def clause_start(s, i: int):
    a = i
    words = s.words
    while a > 0 and words[a - 1] not in _CLAUSE_MARKS:
        a -= 1
    return a


def in_parentheses(s, k: int) -> bool:
    """Token k stands inside brackets: "190 billion zlotys (about €44.5 billion) ... in 2026"."""
    words = s.words
    for j in range(k - 1, max(-1, k - 5), -1):
        if words[j] == "(":
            return True
        if words[j] == ")":
            return False
    return False
