# Cython's declarations for elliptic.py (the compiled build only; pure Python ignores this
# file): _Context as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class _Context:
    cdef public object _number_of, before, j, lang, nxt, pair, raw, s
