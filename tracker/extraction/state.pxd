# Cython's declarations for state.py (the compiled build only; pure Python ignores this file):
# Attribution and SentenceState as extension types, their fields those of their __slots__, so
# that making one skips the generic type call, and code that takes one typed reads its fields
# from the struct (see accelerate.py)
cdef class Attribution:
    cdef public object cue, mention, role, sentence

cdef class SentenceState:
    cdef public object cued, cues, figures, marks, only_counted, periods, sentence, sources
