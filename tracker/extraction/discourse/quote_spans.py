"""Where the direct quotations of a text are: quotation marks paired in one left-to-right pass
that never crosses a line break, so unbalanced marks cost nothing; scare quotes around a name
("CNN") are no quotations."""

from __future__ import annotations

from ..text.sentences import offsets_of

# a straight opening mark may close with a curly one and back (editors convert only one of them)
_CLOSERS = {"„": '“”"', "“": '”“"', '"': '"”', "»": "«", "«": "»", "‚": "‘’", "”": "”"}
MIN_WORDS = 4


def find_quote_spans(text: str):
    """[(content_start, content_end, closing_mark_end)] of balanced quotations of a few words."""
    out = []
    opener = None
    for at in offsets_of(text, _MARK_CHARS):  # the quotation marks and line breaks
        ch = text[at]
        if ch == "\n":
            opener = None
            continue
        if opener is not None:
            o_ch, o_pos = opener
            if ch in _CLOSERS.get(o_ch, ""):
                content = text[o_pos + 1 : at]
                if _is_quotation(content):
                    out.append((o_pos + 1, at, at + 1))
                opener = None
                continue
            if ch == o_ch and ch not in '"':
                opener = (ch, at)  # restart at a repeated opener
            continue
        if ch in '„»«‚"“':
            if ch == "“" and text[at + 1 : at + 2].isspace():
                continue
            opener = (ch, at)
    return out


_MARK_CHARS = '"„“”»«‚‘\n'


def _is_quotation(content: str) -> bool:
    words = content.split()
    if len(words) >= MIN_WORDS:
        return True
    # a partial quote of a few words starts in lower case ("best and final", „in Ruhe
    # analysieren“); a title or name in quotation marks starts with a capital
    return len(words) >= 2 and (content.rstrip()[-1:] in ".!?," or words[0][:1].islower())
