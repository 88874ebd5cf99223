# Cython's declarations for dated.py (the compiled build only; pure Python ignores this file):
# _Ctx as an extension type, its fields those of its __slots__ (see accelerate.py)
cdef class _Ctx:
    cdef public object dates, default_when, pub, rc, recent, st
