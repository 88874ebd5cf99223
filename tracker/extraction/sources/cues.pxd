# Cython's declarations for cues.py (the compiled build only; pure Python ignores this file):
# Cue as an extension type, its fields those of its __slots__, so that making one skips the
# generic type call, and code that takes it typed reads its fields from the struct (see
# accelerate.py)
cdef class Cue:
    cdef public object i0, i1, kind, text
