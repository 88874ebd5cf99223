# Cython's declarations for assemble.py (the compiled build only; pure Python ignores this
# file): _Dates as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class _Dates:
    cdef public object crimes, day, fieldwork, plan, reported, text
