# Cython's declarations for numeric.py (the compiled build only; pure Python ignores this
# file): _Reading as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class _Reading:
    cdef public object atom, bound, currency, i, j, k, k2, lang, prefix, s, used, value, value_high
