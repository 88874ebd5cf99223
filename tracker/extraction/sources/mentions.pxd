# Cython's declarations for mentions.py (the compiled build only; pure Python ignores this
# file): Mention as an extension type, its fields those of its __slots__, so that making one
# skips the generic type call, and code that takes it typed reads its fields from the struct
# (see accelerate.py)
cdef class Mention:
    cdef public object head, i0, i1, kind, name, strict
