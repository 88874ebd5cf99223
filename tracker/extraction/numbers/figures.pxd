# Cython's declarations for figures.py (the compiled build only; pure Python ignores this
# file): _Atom as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class _Atom:
    cdef public object end, hedge, scale, vague, value, word
