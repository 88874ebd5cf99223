# Cython's declarations for described.py (the compiled build only; pure Python ignores this file):
# the readers of a description's head and modifiers, asked at every source noun: its functions
# that hold no generator expression or lambda take the sentence typed (its token lists read from
# the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef _is_modifier(Sentence s, k, lang, first)
cpdef descriptive_mentions(Sentence s, lang, taken)
cpdef _heads(Sentence s, lang)
cpdef _describe(Sentence s, lang, i, hit, taken, out)
cpdef _modifiers_start(Sentence s, lang, i, taken)
cpdef _participle_phrase(Sentence s, i0, taken)
cpdef _label(Sentence s, lang, i0, i, category)
cpdef _named_after_head(Sentence s, lang, i1, name, kind, taken)
cpdef _name_run_end(Sentence s, lang, i1, taken)
cpdef _person_in_apposition(Sentence s, lang, i1, taken)
cpdef _genitive_after(Sentence s, i1)
cpdef _genitive_source_end(Sentence s, i1)
cpdef _genitive_word(Sentence s, q)
cpdef _coordinated_modifier(Sentence s, lang, i0, i, category, kind, taken)
cpdef _named_for(Sentence s, i0, i1, name)
cpdef _name_word(Sentence s, p, lang, taken)
cpdef _genitive_end(Sentence s, i1, lang)
