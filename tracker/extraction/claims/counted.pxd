# Cython's declarations for counted.py (the compiled build only; pure Python ignores this
# file): the rules after a figure most often asked take its sentence and RawClaim typed
# (their fields read from the struct; see accelerate.py)
from ..text.sentences cimport Sentence
from .raw cimport RawClaim

cpdef attach_unit(Sentence s, RawClaim claim, j, lang, after_of=*)
cpdef cents(Sentence s, RawClaim claim, j, lang)
cpdef percent(Sentence s, RawClaim claim, j, lang)
cpdef counted_noun(Sentence s, RawClaim claim, j, lang)
cpdef _harm_after(Sentence s, RawClaim claim, j, lang)
