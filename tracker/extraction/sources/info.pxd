# Cython's declarations for info.py (the compiled build only; pure Python ignores this file):
# the information nouns' owners and a source's label: its functions that hold no generator
# expression or lambda take the sentence typed (its token lists read from the struct, the calls
# between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef method_only(Sentence s, span)
cpdef info_sources(Sentence s, lang, blocked=*)
cpdef _owner_before(Sentence s, h, lang, blocked)
cpdef _plural_owner(Sentence s, h, blocked)
cpdef _possessor(Sentence s, h, blocked)
cpdef _named_before(Sentence s, h, blocked)
cpdef _commissioner(Sentence s, b, cue)
cpdef _named_compound(Sentence s, h)
cpdef source_label(Sentence s, a, b, lang)
cpdef _apposed(Sentence s, b)
