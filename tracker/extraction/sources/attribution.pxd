# Cython's declarations for attribution.py (the compiled build only; pure Python ignores this
# file): the tests of whether a cue links a mention, asked of every pair of the two in a
# sentence, take the sentence, the mention and the cue typed (their fields read from the
# struct, the tests called in C; see accelerate.py)
from ..text.sentences cimport Sentence
from .cues cimport Cue as _Cue
from .mentions cimport Mention as _Mention

cpdef _is_apposition(Sentence s, _Mention m)
cpdef _links(Sentence s, lang, _Mention m, _Cue cue, mentions, blocked)
cpdef _prep_links(Sentence s, lang, _Mention m, _Cue cue)
cpdef _verb_links(Sentence s, lang, _Mention m, _Cue cue, mentions, blocked)
cpdef _speaks_after_verb(Sentence s, lang, _Mention m, _Cue cue)
cpdef _object_of_subject(Sentence s, lang, _Mention m, _Cue cue, mentions, blocked)
cpdef _subject_of_verb(Sentence s, lang, _Mention m, _Cue cue, limit, blocked)
cpdef _verb_start(Sentence s, i, lang)
cpdef _before_verb(Sentence s, _Mention m, i, lang, limit)
cpdef _coordinated(Sentence s, _Mention a, _Mention b)
cpdef _noun_ok(Sentence s, _Mention m, lang, cue)
