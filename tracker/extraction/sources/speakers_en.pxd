# Cython's declarations for speakers_en.py (the compiled build only; pure Python ignores this
# file): the tests of whether a phrase can speak, asked of the mentions beside a cue, take the
# sentence typed (its token lists read from the struct; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef from_source(Sentence s, a, b, cue_at)
cpdef may_speak(Sentence s, span, cue)
cpdef can_speak(Sentence s, span)
cpdef not_after_its_verb(Sentence s, m, cue)
