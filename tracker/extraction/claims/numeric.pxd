# Cython's declarations for numeric.py (the compiled build only; pure Python ignores this
# file): _Reading as an extension type, its fields those of its __slots__ (see accelerate.py);
# the steps that read it take it typed (its fields and its sentence's token lists read from
# the struct, the steps called in C)
cimport cython

from ..text.sentences cimport Sentence

cdef class _Reading:
    cdef public Sentence s
    cdef public object atom, bound, currency, i, j, k, k2, lang, prefix, used, value, value_high

@cython.locals(r=_Reading)
cpdef number_claim(s, i, lang, atom, used)
cpdef _sign_and_currency(_Reading r)
cpdef _hedge(_Reading r)
cpdef _range(_Reading r)
cpdef _range_word_joins(_Reading r, conn)
cpdef _second_number(_Reading r, j, m)
cpdef _same_unit_second(_Reading r, second, pct_unit)
cpdef _take_range(_Reading r, second, conn)
cpdef _open_bound(_Reading r)
cpdef _claim_of(_Reading r)
