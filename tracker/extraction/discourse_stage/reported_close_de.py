"""German: a closing cue of reported speech reaches back over the run it closes.

"Insgesamt nahm die Polizei 80 Menschen fest. Meist sei es um Böller gegangen, so ein
Sprecher." / "Die Kammer verurteilte drei Männer zu Haftstrafen. Alle hätten Revision
eingelegt, sagte Lenz.": a sentence in Konjunktiv closed by ", so X" or ", sagte X" reports
X's words; the Konjunktiv sentences before it in its paragraph are X's too, and so is the
statement in the indicative that the run goes on from (the sentence right before the run)
when the closing sentence gives no figures of its own.
Figures there with no source, or one carried from an earlier paragraph, take X; an account
named before in the paragraph ("Berg sagte, ... sei ... Das Programm solle ...") keeps them.
The run stops at a sentence that names a source, quotes or steps into background.
"""

from __future__ import annotations

from ._engine import LEXICON, VERBS, sentence_attributions
from .signals import background

_REPORTED = frozenset(LEXICON["de"]["reported_speech"])
_VERBS = VERBS["de"]
_TAIL = frozenset(("weiter", "am", "noch", "zudem", "dazu", ".", "!"))
_CUE_WORDS = 3  # ", sagte der" / ", so ein": words between the comma and the mention


def reported_closings(lang: str, text: str, units, sources, claims) -> None:
    """The figures of a Konjunktiv run and of the statement it goes on from take the closing
    speaker of the run's last sentence."""
    if lang != "de":
        return
    for k, u in enumerate(units):
        if u.first or u.headline or _REPORTED.isdisjoint(u.s.low_set):
            continue
        x = _closing(text, u)
        if x is None:
            continue
        run = _run_before(units, k)
        start = _para_start(units, k)
        for j in run:
            for i in units[j].claims:
                if not any(m.start >= start for m in sources[i]):
                    sources[i] = (x,)


def _closing(text: str, u):
    """The mention X of a sentence ending ", so X." or ", sagte X (weiter)." (not a quotation's
    speaker); or None."""
    for x in u.own or sentence_attributions(text, u.s, "de"):
        cue = x.cue.lower()
        if cue != "so" and cue not in _VERBS:
            continue
        head = text[u.s.start : x.start]
        comma = head.rfind(",")
        if comma < 0 or len(head[comma + 1 :].split()) > _CUE_WORDS:
            continue
        if not set(text[x.end : u.s.end].lower().replace(".", " . ").split()) <= _TAIL:
            continue
        return x
    return None


def _run_before(units, k: int) -> list[int]:
    """The sentences before ``k`` in its paragraph that its closing covers: the Konjunktiv
    sentences right before it, then, when the closing sentence gives no figures of its own
    (else "Der Konzern streicht 2.400 Stellen. Betroffen seien 900 Jobs, sagte sie." is the
    company's deed and her figures), the one sentence the run goes on from."""
    u = units[k]
    out = []
    j = k - 1
    while j >= 0 and not _stops(units[j], u) and not _REPORTED.isdisjoint(units[j].s.low_set):
        out.append(j)
        if units[j].first:
            return out
        j -= 1
    if j >= 0 and not u.claims and not _stops(units[j], u):
        out.append(j)
    return out


def _para_start(units, k: int) -> int:
    """Where the paragraph of sentence ``k`` starts."""
    while k > 0 and not units[k].first:
        k -= 1
    return units[k].s.start


def _stops(v, u) -> bool:
    return v.para != u.para or v.own or v.quoted or v.headline or background(v, "de")
