# Cython's declarations for sentences.py (the compiled build only; pure Python ignores this
# file): Sentence as an extension type, its fields those of its __slots__, so that making one
# skips the generic type call, and code that takes it typed reads its token lists from the
# struct (see accelerate.py)
cdef class Sentence:
    cdef public list words, lowers, starts, ends
    cdef public object _text, end, index, low_set, memo, n, start, text_lower
