"""Sources: who a figure comes from. ``mentions`` finds who is named (the gazetteer in
``lexicon/sources.tsv``, persons beside a speech verb) and ``described`` the described sources
("Westliche Experten", "das Statistische Landesamt"); ``candidates`` gathers a sentence's
source-like mentions (insiders, abbreviations too); ``cues`` finds the attribution cues
("laut", "according to", "sagte"); ``attribution`` decides which mentions attribute the
sentence's figures, with the cue and the role in a chain (origin or relay), using ``links``
(affiliations, report authors, commissioning media, appositions); ``generic`` finds cue
phrases whose source the gazetteer does not know, ``info`` information nouns and their
authors ("a poll by Ipsos"), ``subjects`` institutions presenting their own figure and
confirmations. A new cue, a new kind of source phrase, or a rule about who speaks belongs
here."""
