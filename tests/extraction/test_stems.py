"""``sources.mentions.stem`` strips one German inflection ending and keeps four letters: the
same stems as trying each ending of ``_GERMAN_ENDINGS`` in turn."""

import random

from tracker.extraction.sources import mentions


def _stem_by_trying_each_ending(word: str) -> str:
    w = word.lower()
    if len(w) > 4:
        for e in mentions._GERMAN_ENDINGS:
            if w.endswith(e) and len(w) - len(e) >= 4:
                return w[: -len(e)]
    return w


def test_examples():
    assert mentions.stem("ukrainischen") == "ukrainisch"
    assert mentions.stem("Polizei") == "polizei"
    assert mentions.stem("Daten") == "date"  # "-en" would leave three letters: only "-n" goes
    assert mentions.stem("Staaten") == "staat"
    assert mentions.stem("Amtes") == "amte"
    assert mentions.stem("Haus") == "haus"


def test_same_stems_as_each_ending_in_turn():
    rng = random.Random(5)
    letters = "aemnrsxÄİ"
    for _ in range(20000):
        word = "".join(rng.choice(letters) for _ in range(rng.randrange(0, 9)))
        assert mentions.stem(word) == _stem_by_trying_each_ending(word), word
