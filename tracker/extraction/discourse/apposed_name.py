"""The speaker named in an apposition between a role and the speech verb: "Opinium's head of
political research, Callum Reyes, said: ...", "The union's regional officer, Gary Blount,
said: ..." (the name between the two commas, two to four capitalised words)."""

from __future__ import annotations

_NAME_WORDS = (2, 4)


def name_in_apposition(s, comma: int):
    """(text, start, end) of the name between the comma before ``comma`` and it, or None."""
    p = next((k for k in range(comma - 1, max(0, comma - 6), -1) if s.words[k] == ","), None)
    if p is None or p == 0:
        return None
    words = s.words[p + 1 : comma]
    low, high = _NAME_WORDS
    if not low <= len(words) <= high or not all(_capitalised(w) for w in words):
        return None
    return " ".join(words), s.starts[p + 1], s.ends[comma - 1]


def _capitalised(w: str) -> bool:
    return w[:1].isupper() and w.replace("-", "").isalpha()
