# Cython's declarations for figures.py (the compiled build only; pure Python ignores this
# file): _Atom as an extension type, its fields those of its __slots__; the readers of a
# number's tokens most often asked take the sentence typed (see accelerate.py)
from ..text.sentences cimport Sentence

cdef class _Atom:
    cdef public object end, hedge, scale, vague, value, word

cpdef adjacent(Sentence s, a, b)
cpdef _scale_after(Sentence s, j, lang)
cpdef digit_atom(Sentence s, i, lang)
cpdef currency_before(Sentence s, i)
cpdef hedge_before(Sentence s, k, lang)
