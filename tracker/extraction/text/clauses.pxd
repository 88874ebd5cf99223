# Cython's declarations for clauses.py (the compiled build only; pure Python ignores this file):
# the clause bounds around a token, asked for every figure and cue: its functions that hold no
# generator expression or lambda take the sentence typed (its token lists read from the struct,
# the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef clause_end(Sentence s, i)
cpdef clause_start(Sentence s, i)
cpdef in_parentheses(Sentence s, k)
