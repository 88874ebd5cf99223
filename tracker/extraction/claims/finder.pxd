# Cython's declarations for finder.py (the compiled build only; pure Python ignores this file):
# the walk over a sentence's candidate tokens takes the sentence typed (its token lists read
# from the struct; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef candidates(Sentence s, marked=*)
cpdef find_claims(Sentence s, lang, used, candidates_=*, names=*)
cpdef _digit_claim(Sentence s, i, lang, used, names)
