"""Sources: who a figure comes from. ``mentions`` finds who is named (the gazetteer in
``lexicon/sources.tsv``, descriptive sources such as "Westliche Experten", persons beside a
speech verb); ``cues`` finds the attribution cues ("laut", "according to", "sagte");
``attribution`` decides which mentions attribute the sentence's figures, with the cue and the
role in a chain (origin or relay); ``generic`` finds sources the gazetteer does not know. A new
cue, a new kind of source phrase, or a rule about who speaks belongs here."""
