# Cython's declarations for raw.py (the compiled build only; pure Python ignores this file):
# RawClaim as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class RawClaim:
    cdef public object approximate, bound, hedge_words, i0, i1, kind, num, subject, unit, value, value_high
