"""The discourse stage: attribution as a reader takes it, over the whole article.

The sentence stages attribute a figure to the sources named in its own sentence. Real
reporting names a source once and keeps reporting what it said: this stage, run once over the
finished claims and quotes, follows each account across sentences (``accounts``), reads
attributions that come after the figures ("Das teilte die Polizei mit", "hieß es weiter") and
headline colons ("WHO: ..."), and resolves back-references ("the company", "die Behörde",
"he added") to the source they stand for (``backrefs``). Paragraphs end an account
(``paragraphs``); ``naming`` gives each source the name it stands for. Its word lists are in
``lexicon/discourse.json``.

It works on the public result types (``Claim``, ``SourceMention``, ``Quote``) and the engine's
sentences; the few engine internals it uses are imported in ``_engine`` only.
"""

from __future__ import annotations

from .stage import resolve

__all__ = ["resolve"]
