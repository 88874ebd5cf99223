# Cython's declarations for subjects.py (the compiled build only; pure Python ignores this
# file): its functions that hold no generator expression or lambda take the sentence typed (its
# token lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef _after_dateline(Sentence s)
cpdef _known_body_at(Sentence s, a)
cpdef _body_at(Sentence s, lang, a)
cpdef _known_subject(Sentence s, lang, k)
cpdef _described_subject(Sentence s, lang, k)
cpdef _clause_last(Sentence s, end)
cpdef _acting_participle(Sentence s, end)
cpdef _after_abbreviation(Sentence s, end)
cpdef _holds_figure(Sentence s, lang, end, blocked)
cpdef _finite_verb_at(Sentence s, lang, end)
cpdef confirmation(Sentence s, lang)
