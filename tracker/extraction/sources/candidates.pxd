# Cython's declarations for candidates.py (the compiled build only; pure Python ignores this file):
# a sentence's source-like mentions: its functions that hold no generator expression or lambda
# take the sentence typed (its token lists read from the struct, the calls between them in C;
# see accelerate.py)
from ..text.sentences cimport Sentence

cpdef sentence_mentions(Sentence s, lang)
cpdef _a_place(Sentence s, g, lang)
cpdef _place_in_name(Sentence s, g)
cpdef _insiders(Sentence s, lang)
cpdef _abbreviated(Sentence s, mentions, gaz, lang)
cpdef _in_brackets(Sentence s, m)
cpdef _unknown_abbreviation_after(Sentence s, x)
