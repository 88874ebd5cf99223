# Cython's declarations for phrases.py (the compiled build only; pure Python ignores this file):
# the noun phrases before and after a cue: its functions that hold no generator expression or
# lambda take the sentence typed (its token lists read from the struct, the calls between them
# in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef _de_joined_name_end(Sentence s, p, n)
cpdef _de_tail_end(Sentence s, p, lang, cue_words)
cpdef _np_after_de(Sentence s, k, lang, cue_words)
cpdef _en_join_at(Sentence s, p, content)
cpdef _np_after_en(Sentence s, k, cue_words)
cpdef np_after(Sentence s, k, lang, cue_words=*)
cpdef _name_end(Sentence s, words, i1, n)
cpdef _institution(Sentence s, i, lang)
cpdef _scan_de(Sentence s, e, cue_words)
cpdef _de_subject_start(Sentence s, p, e)
cpdef _scan_en(Sentence s, e, cue_words)
cpdef np_before(Sentence s, k, lang, cue_words=*)
