# Cython's declarations for sentences.py (the compiled build only; pure Python ignores this
# file): Sentence as an extension type, its fields those of its __slots__, so that making one
# skips the generic type call (see accelerate.py)
cdef class Sentence:
    cdef public object _text, end, ends, index, low_set, lowers, memo, n, start, starts, text_lower, words
