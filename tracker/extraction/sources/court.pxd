# Cython's declarations for court.py (the compiled build only; pure Python ignores this file):
# its functions that hold no generator expression or lambda take the sentence typed (its token
# lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef might_apply(Sentence s, lang)
cpdef drop_listeners(Sentence s, lang, linked)
cpdef _listening(Sentence s, lang)
cpdef _told_court(Sentence s, i)
cpdef _court_as_place(Sentence s, i)
