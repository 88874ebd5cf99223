"""The tokeniser's fast word class (explicit ranges of the Basic Multilingual Plane) gives the
same tokens as ``[^\\W\\d_]``."""

import random
import re

from tracker.extraction.text import sentences

GENERAL = re.compile(r"[^\W\d_]")


def test_bmp_letters_are_the_general_class():
    fast = re.compile(sentences._bmp_letters())
    for code in range(0x10000):
        c = chr(code)
        assert bool(fast.fullmatch(c)) == bool(GENERAL.fullmatch(c)), hex(code)


def test_same_tokens_on_random_text():
    rng = random.Random(13)
    alphabet = "abcXYZäöüßÄ é_-'’ .,;:!?()„“”»«12 09 ²½٣Ⅻ\u00a0\u202f\u2009\u0301 €$%/\n"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 80)))
        assert sentences._SPACED_TOKEN_BMP_RE.findall(text) == sentences._SPACED_TOKEN_RE.findall(text)


def test_a_text_beyond_the_bmp_takes_the_general_class():
    text = "Die Formel \U0001d400\U0001d401 zählt 12.000 Fälle \U0001f600."
    words = sentences._tokens(text)[0]
    assert words == [w.lstrip() for w in sentences._SPACED_TOKEN_RE.findall(text)]
    assert "\U0001d400\U0001d401" in words
