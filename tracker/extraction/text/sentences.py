"""Sentence splitting and tokenisation.

Sentences never cross a line break and are at most ``MAX_SENTENCE`` characters long, so all
later per-sentence work is bounded. All patterns are linear: bounded repetitions, and the
sentence-end pattern only starts at the first character of a punctuation run.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import sub

from ..lexicon import DATES, MISC, WORDS

MAX_SENTENCE = 3000

# thousands grouped by a space, a no-break space or an apostrophe ("40 000", "1 414 021 100",
# "1'000"): groups of exactly three digits after a first group of one to three without a leading
# zero, not right after another number (a phone number's "030 123 456" and a year's "2019 300"
# stay apart)
_GROUPED = (
    r"(?=[1-9])(?<!\d )(?<!\d\u00a0)\d{1,3}+(?:[ \u00a0\u202f\u2009'’]\d{3}+(?!\d))++(?:[.,]\d{1,40}+)?+"
)
TOKEN_RE = re.compile(
    _GROUPED + r"|\d{1,40}(?:[.,\u202f\u2009]\d{1,40}){0,8}"  # 12.000 / 1,2 / 1.234.567,89
    # words (German number words of up to 80 letters), US-amerikanischen, Jong-un, Kim's
    r"|[^\W\d_]{1,80}(?:[-'’][^\W\d_]{1,60}){0,6}"
    r"|\S"
)


def _spaced_token_re(letter: str):
    """The tokens of TOKEN_RE with the whitespace before them: findall + accumulated lengths give
    offsets without building a match object per token. Word branch first and possessive repeats
    (nothing after a repeat can fail, so it never gives characters back: the same tokens, a
    quarter faster). ``letter``: the class of a word's characters."""
    return re.compile(
        r"\s*+(?:" + letter + r"{1,80}+(?:[-'’]" + letter + r"{1,60}+){0,6}+"
        r"|" + _GROUPED + r"|\d{1,40}+(?:[.,\u202f\u2009]\d{1,40}+){0,8}+"
        r"|\S)"
    )


def _bmp_letters() -> str:
    r"""The characters of ``[^\W\d_]`` (letters, and numerals that are no decimal digit: "²",
    "½") of the Basic Multilingual Plane as explicit ranges, found by that class itself: the
    regex engine tests such a class in a bitmap, instead of two look-ups in the Unicode database
    per character (tokenising a text a third faster)."""
    bmp = "".join(map(chr, range(0x10000)))
    runs = re.finditer(r"[^\W\d_]+", bmp)
    return "[" + "".join(f"\\u{m.start():04x}-\\u{m.end() - 1:04x}" for m in runs) + "]"


_SPACED_TOKEN_RE = _spaced_token_re(r"[^\W\d_]")
# the same tokens for a text without characters beyond the Basic Multilingual Plane (all but a
# few; ``_in_bmp`` tells)
_SPACED_TOKEN_BMP_RE = _spaced_token_re(_bmp_letters())
# a run of sentence-final punctuation (matched only at its first character), closing quotes
# (the class comes first and the look-behind after it, so the regex engine skips ahead to
# punctuation instead of trying every position)
END_RE = re.compile(r"[.!?…](?<![.!?…][.!?…])[.!?…]{0,4}[\"“”»«'’)\]]{0,3}(?=\s)")
# possessive: a run that does not reach the end gives nothing back (the same matches, no backtracking)
WORD_BEFORE_RE = re.compile(r"[\w.]{1,15}+$")
_WORD_AFTER_RE = re.compile(r"[^\W\d_]{1,20}")
_WORD_BEFORE_SPACE_RE = re.compile(r"(\w{1,10})\s{1,3}$")

# words that open a sentence and never follow an initial as a surname
_SENTENCE_OPENERS = frozenset(
    (
        *("er", "sie", "es", "wir", "ich", "die", "der", "das", "dies", "diese", "dieser", "damit", "dabei"),
        *("he", "she", "it", "they", "we", "i", "the", "this", "that", "these", "those", "there"),
    )
)
_ABBREVIATIONS = frozenset(a.rstrip(".") for a in MISC["abbreviations"])
_MONTHS = frozenset(DATES["months"]["de"]) | frozenset(DATES["months"]["en"])
_ORDINAL_CONTEXT = frozenset(WORDS["ordinal_context_sentences"])
# nouns an ordinal names a rank of ("2. Bundesliga", "3. Liga", "im 2. Weltkrieg", "3. Quartal")
_ORDINAL_NOUNS = frozenset(WORDS["ordinal_nouns_sentences"])


class Sentence:
    """A sentence and its tokens (parallel lists, absolute offsets).

    Plain slots and no ``__getattr__``: a class with ``__getattr__`` has every attribute read
    go through the slow lookup hook (no specialised slot access), which cost more than
    tokenising the few sentences a lazy split would spare."""

    __slots__ = (
        "_text",
        "end",
        "ends",
        "index",
        "low_set",
        "lowers",
        "memo",
        "n",
        "start",
        "starts",
        "text_lower",
        "words",
    )

    def __init__(self, text: str, start: int, end: int, index: int, low_text: str | None = None, tokens=None):
        self.start, self.end, self.index, self._text = start, end, index, text
        if tokens is None:
            tokens = _tokens(text, start, end)
        self.words, self.lowers, self.starts, self.ends = tokens
        self.n = len(self.words)
        # the lower-cased tokens as a set: "does the sentence hold any of these words"
        # (``WORDS.isdisjoint(s.low_set)``) then runs over the smaller of the two
        self.low_set = frozenset(self.lowers)
        self.text_lower = low_text[start:end] if low_text is not None else text[start:end].lower()
        self.memo = {}  # per-sentence results of pure functions of the sentence (key: function, lang)

    def __len__(self) -> int:
        return len(self.words)

    def token_at(self, offset: int) -> int:
        """Index of the first token that ends after ``offset`` (binary search)."""
        return bisect_right(self.ends, offset)


def _tokens(text: str, start: int = 0, end: int | None = None):
    """(words, lowers, starts, ends) of the tokens of ``text[start:end]`` (absolute offsets)."""
    spaced = _SPACED_TOKEN_BMP_RE if _in_bmp(text) else _SPACED_TOKEN_RE
    full = spaced.findall(text, start, len(text) if end is None else end)
    ends = list(accumulate(map(len, full), initial=start))
    del ends[0]
    # map() with C functions: about twice as fast as the equivalent comprehensions
    words = list(map(str.lstrip, full))
    return words, list(map(str.lower, words)), list(map(sub, ends, map(len, words))), ends


def _in_bmp(text: str) -> bool:
    """No character of ``text`` lies beyond the Basic Multilingual Plane: in UTF-16 each takes
    two bytes, one beyond it four (a C copy of the text, a tenth of the cost of a regex search
    for such characters; a lone surrogate passes as the two bytes it is)."""
    return text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)


def _is_boundary(text: str, punct_start: int, after: int, line_end: int, language: str) -> bool:
    """Whether the punctuation at ``punct_start`` ends a sentence: the next word starts with a
    capital (or the line ends), and a full stop is not that of an abbreviation, an initial or an
    ordinal ("3. Juli", "(23. Minute)", "1. FC", "am 3. Tag")."""
    nxt = after
    while nxt < line_end and nxt - after < 8 and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return True
    if text[nxt].islower():
        return False
    if text[punct_start] != ".":
        return True
    m = WORD_BEFORE_RE.search(text, max(0, punct_start - 15), punct_start)
    if not m:
        return True
    word = m.group().lower().strip(".")
    if word in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():
        # an initial: "J. Smith", "U.S."; but "auf der Plattform X. Er forderte" ends there
        return _opener_after(text, nxt)
    if "." in word and word.replace(".", "").isalpha() and len(word) <= 6:
        return False  # z.B., u.a.
    if word.isdecimal() and len(word) <= 2:
        return not _ordinal_dot(text, m.start(), nxt, language)
    return True


def _opener_after(text: str, nxt: int) -> bool:
    """The word at ``nxt`` is one that opens sentences ("Er", "The")."""
    nm = _WORD_AFTER_RE.match(text, nxt, nxt + 20)
    return bool(nm) and nm.group().lower() in _SENTENCE_OPENERS


def _ordinal_dot(text: str, number_start: int, nxt: int, language: str) -> bool:
    """The dot after a small number at ``number_start`` is an ordinal's: "3. Juli", "(23. Minute)",
    "1. FC Magdeburg", German "am 3. Tag"."""
    nm = _WORD_AFTER_RE.match(text, nxt, nxt + 20)
    if nm and nm.group().lower() in _MONTHS:
        return True  # 3. Juli
    if number_start > 0 and text[number_start - 1] == "(":
        return True  # "(23. Minute)": the minute of a goal
    if nm and nm.group().isupper() and 2 <= len(nm.group()) <= 3:
        return True  # "1. FC Magdeburg"
    if language == "de":
        if nm and nm.group().lower() in _ORDINAL_NOUNS:
            return True  # "und 2. Bundesliga"
        bm = _WORD_BEFORE_SPACE_RE.search(text[max(0, number_start - 14) : number_start])
        if bm and bm.group(1).lower() in _ORDINAL_CONTEXT:
            return True  # am 3. Tag
    return False


def split_sentences(text: str, language: str = "de"):
    """Return (start, end) pairs of the sentences of ``text``.

    >>> split_sentences("Er kam am 3. Juli. Dann ging er.")
    [(0, 18), (19, 32)]
    """
    spans = []
    marks = offsets_of(text, _END_MARKS)  # where END_RE's matches may start
    k = 0
    for ls, le in _lines(text):
        cut = after = ls
        k = bisect_left(marks, ls, k)
        # END_RE tried at each sentence-final mark of the line (as finditer would find them:
        # none inside the match before), not searched for character by character
        while k < len(marks) and marks[k] < le:
            p = marks[k]
            k += 1
            m = END_RE.match(text, p, le) if p >= after else None
            if m is None:
                continue
            after = m.end()
            if _is_boundary(text, p, after, le, language):
                _add(text, cut, after, spans)
                cut = after
        _add(text, cut, le, spans)
    return spans


def _lines(text: str):
    """(start, end) of the runs of characters without a line break (the matches of ``[^\\n]+``)."""
    pos, n = 0, len(text)
    while pos < n:
        e = text.find("\n", pos)
        if e < 0:
            e = n
        if e > pos:
            yield pos, e
        pos = e + 1


def offsets_of(text: str, chars: str) -> list:
    """The sorted offsets of the characters ``chars`` in ``text``, each found with ``str.find``,
    which skips ahead in C (a regex of their class tries it at every character of the text)."""
    out = []
    for ch in chars:
        k = text.find(ch)
        while k >= 0:
            out.append(k)
            k = text.find(ch, k + 1)
    out.sort()
    return out


_END_MARKS = ".!?…"  # the first characters of END_RE's matches


def _add(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:  # hard cap: cut at a space near the limit
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def sentences(text: str, language: str = "de", low_text: str | None = None):
    """The sentences of ``text``; ``low_text``: ``text.lower()`` when it has the same length
    (their lower-cased texts are then sliced from it)."""
    spans = split_sentences(text, language)
    # the whole text tokenised at once and its lists cut at the sentences (sentences end before
    # white space, which no token crosses): the same tokens, without the fixed cost of a
    # tokeniser run per sentence
    words, lowers, starts, ends = _tokens(text)
    out = []
    k = 0
    for i, (s, e) in enumerate(spans):
        b = bisect_right(ends, e, k)
        if (k < b and starts[k] < s) or (b < len(starts) and starts[b] < e):
            # a token across a sentence's edge (a line cut at MAX_SENTENCE): one run per sentence
            return [Sentence(text, s, e, i, low_text) for i, (s, e) in enumerate(spans)]
        out.append(Sentence(text, s, e, i, low_text, (words[k:b], lowers[k:b], starts[k:b], ends[k:b])))
        k = b
    return out


def glued_digits(s, k: int) -> bool:
    """Token k is digits written onto the capitalised word before it: one name with it ("die
    DEL2", "RTL2", "die G7"), which the tokeniser splits."""
    return (
        k > 0
        and s.words[k].isdigit()
        and s.starts[k] == s.ends[k - 1]
        and s.words[k - 1][:1].isupper()
        and s.words[k - 1].isalpha()
    )
