# Cython's declarations for subjects_en.py (the compiled build only; pure Python ignores this
# file): its functions that hold no generator expression or lambda take the sentence typed (its
# token lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef _body_end(Sentence s, a)
cpdef _subject_at(Sentence s, a, text)
cpdef _publishing_verb(Sentence s, k)
cpdef _described_at(Sentence s, a)
cpdef _known_at(Sentence s, a)
cpdef _body_at(Sentence s, a)
cpdef _verb_after(Sentence s, k, body=*)
cpdef _lexical(Sentence s, k)
cpdef _tense_tells(Sentence s, k, aux)
cpdef _stops(Sentence s, k)
