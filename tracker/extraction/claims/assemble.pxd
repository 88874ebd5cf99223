# Cython's declarations for assemble.py (the compiled build only; pure Python ignores this
# file): _Dates as an extension type, its fields those of its __slots__; a claim is built from
# its figure and sentence typed (their fields read from the struct; see accelerate.py)
cimport cython

from ..text.sentences cimport Sentence
from .raw cimport RawClaim

cdef class _Dates:
    cdef public object crimes, day, fieldwork, plan, reported, text

@cython.locals(s=Sentence)
cpdef build_claim(text, st, RawClaim rc, quotes, lang, mcues=*, recent=*, default_when=*, nums=*, released=*, figs=*)
