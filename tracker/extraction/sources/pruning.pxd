# Cython's declarations for pruning.py (the compiled build only; pure Python ignores this file):
# its functions that hold no generator expression or lambda take the sentence typed (its token
# lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef drop_introduced(Sentence s, linked)
cpdef prune(Sentence s, lang, mentions, linked)
cpdef drop_other_clauses(Sentence s, cues, linked, blocked)
cpdef _drop_compared(Sentence s, linked, blocked)
cpdef _figure_follows(Sentence s, k, blocked)
cpdef _place_after_where(Sentence s, m)
cpdef reported_subject(Sentence s, k)
cpdef _drop_relative_clause_sources(Sentence s, linked, blocked)
cpdef in_later_relative_clause(Sentence s, i, blocked)
