# Cython's declarations for modality.py (the compiled build only; pure Python ignores this file):
# a claim's modality, read for every figure: its functions that hold no generator expression or
# lambda take the sentence typed (its token lists read from the struct, the calls between them
# in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef modality_cues(Sentence s, lang)
cpdef modality_of(Sentence s, num, lang, bound, cues=*)
