# Cython's declarations for links.py (the compiled build only; pure Python ignores this file):
# its functions that hold no generator expression or lambda take the sentence typed (its token
# lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef _affiliated(Sentence s, person, x)
cpdef _name_before_affiliation(Sentence s, x)
cpdef drop_affiliations(Sentence s, linked)
cpdef commissioning_media(Sentence s, mentions, linked)
cpdef by_author(Sentence s, lang, m)
cpdef told_outlet(Sentence s, k, taken)
cpdef apposed_subject(Sentence s, i, lang)
cpdef _apposition_start(Sentence s, i, lang)
cpdef _opens_clause(Sentence s, a)
cpdef _opens_apposition(Sentence s, k, lang)
cpdef apposed_name(Sentence s, i, lang)
cpdef framed_subject(Sentence s, m, cue)
cpdef passive_recipient(Sentence s, m, cue)
