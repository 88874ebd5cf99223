"""Text: the language of an article, its sentences and tokens, and the noun phrases next to a
word. Every later stage works on the ``Sentence`` objects made here (tokens with their
offsets, lower-cased forms and the sentence's paragraph), never on the raw text again; a rule
about how text is cut (abbreviations, line breaks, quotation marks) or how a noun phrase
ends belongs here."""
