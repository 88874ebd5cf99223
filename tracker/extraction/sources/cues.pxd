# Cython's declarations for cues.py (the compiled build only; pure Python ignores this file):
# Cue as an extension type, its fields those of its __slots__, so that making one skips the
# generic type call, and code that takes it typed reads its fields from the struct (see
# accelerate.py)
cdef class Cue:
    cdef public object i0, i1, kind, text

# the tests of a cue at a token, asked of every token that may start one, take the sentence
# typed (its token lists read from the struct, the tests called in C)
from ..text.sentences cimport Sentence

cpdef has_cue(Sentence s, lang)
cpdef _cue_at(Sentence s, i, lang)
cpdef _prep_phrase(lowers, i, n, lang)
cpdef _verb_cue(Sentence s, i, lang)
cpdef _share_after(lowers, k, n)
cpdef _before_its_noun_de(Sentence s, i)
cpdef _used_as_adjective(Sentence s, i)
cpdef _not_a_verb_en(Sentence s, i)
cpdef _measured_after(lowers, k)
cpdef _main_verb_follows(lowers, k)
cpdef chain_start(Sentence s, i, lang)
cpdef _particle_closes(Sentence s, i, end, parts)
cpdef _ends_with(Sentence s, i, parts)
cpdef _clause_end(Sentence s, i)
