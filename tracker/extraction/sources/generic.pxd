# Cython's declarations for generic.py (the compiled build only; pure Python ignores this file):
# its functions that hold no generator expression or lambda take the sentence typed (its token
# lists read from the struct, the calls between them in C; see accelerate.py)
from ..text.sentences cimport Sentence

cpdef cue_phrase_sources(Sentence s, lang, cues, mentions, linked, taken)
cpdef _with_author_after_by(Sentence s, lang, span, words_set)
cpdef _verb_phrase(Sentence s, lang, cue, linked_spans, words_set)
cpdef _subject_phrase(Sentence s, lang, cue, words_set)
cpdef _inverted(Sentence s, cue)
cpdef _subject_follows_de(Sentence s, lang, span)
cpdef _pronoun_or_none(Sentence s, span)
cpdef _inside_pp(Sentence s, i)
cpdef _speaker_after_verb(Sentence s, lang, cue, words_set)
cpdef _add_phrase(Sentence s, lang, cue, span, mentions, linked, taken, linked_spans)
cpdef _closing_so(Sentence s, cue, lang, words_set)
cpdef _apposition_name(Sentence s, b, taken)
cpdef _info_genitive(Sentence s, k, lang)
cpdef _aux_before(Sentence s, i)
cpdef _subject_before(Sentence s, i, lang, words_set)
