"""Claims: the figures of one sentence with what they count. ``finder`` walks a sentence's
tokens once and makes ``RawClaim`` objects (value, range, bound, kind); ``counted`` and
``units`` find the unit and subject ("12.000 Menschen" -> person); ``modality`` says how a
figure is put (asserted, estimated, planned). A rule about what a figure counts, or how it is
hedged, belongs here."""
