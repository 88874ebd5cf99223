# Cython's declarations for mentions.py (the compiled build only; pure Python ignores this
# file): Mention as an extension type, its fields those of its __slots__, so that making one
# skips the generic type call, and code that takes it typed reads its fields from the struct
# (see accelerate.py)
cdef class Mention:
    cdef public object head, i0, i1, kind, name, strict

# the readers of a name or source noun at a token, asked of many tokens, take the sentence
# typed (its token lists read from the struct, the readers called in C)
from ..text.sentences cimport Sentence

cpdef stem(word)
cpdef gazetteer_mentions(Sentence s)
cpdef _exact_hit(words, i)
cpdef _stem_at(stems, words, i)
cpdef source_noun(Sentence s, i, lang)
cpdef nationality(word, lang)
cpdef person_near(Sentence s, verb, lang, taken)
cpdef _name_after(Sentence s, verb, lang, taken)
cpdef _not_unit_nor_noun(Sentence s, p, lang)
cpdef _joins_name(Sentence s, p, taken)
cpdef _name_before(Sentence s, verb, lang, taken)
cpdef _kind(Sentence s, a, b)
cpdef _called_its(Sentence s, verb)
cpdef _capitalised_start(Sentence s, verb, lang, taken)
cpdef _after_role(Sentence s, q, verb)
