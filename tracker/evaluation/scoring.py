"""Scores an extraction against an answer key: claims matched by span and value, per-field figures.

An answer key (``NAME.gold.json`` beside ``NAME.txt``, or ``gold/NAME.json`` beside
``texts/NAME.txt``) lists the claims a reader finds in the text, each by the words that state it
(``quote``), with value, range, hedge, kind, unit, period and the written names of its sources,
and the direct quotes by their first words. The matching follows the team's reference scorer, so
its figures can be compared with earlier ones:

- a key claim matches the output claim whose span overlaps one occurrence of its quote,
  preferring the one with the right number, each output claim used once;
- a written source counts as found when an output source mention overlaps its occurrence nearest
  the claim (within ``WINDOW`` characters); an output mention counts as right when it overlaps
  one of the key's sources, except where it overlaps a name the key says to ignore (a
  publisher's own name, say);
- an output claim no key claim matched is a false positive unless it overlaps a ``date_only``
  entry (a date the key marks as neither right nor wrong).

Pure Python and no Django: usable from tests, ``make score`` and benchmarks alike.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

WINDOW = 600  # how far from a claim a written source may stand


def find_pairs(directory: Path | str):
    """(text, key) paths of a folder, in name order."""
    folder = Path(directory)
    keys = sorted(list(folder.glob("*.gold.json")) + list((folder / "gold").glob("*.json")))
    for key in keys:
        stem = key.name[: -len(".gold.json")] if key.name.endswith(".gold.json") else key.stem
        beside, in_texts = key.with_name(f"{stem}.txt"), folder / "texts" / f"{stem}.txt"
        text = beside if beside.exists() else in_texts
        if text.exists():
            yield text, key


def load_key(path: Path, meta: dict | None = None) -> dict:
    """The answer key; language and publication date from ``meta`` where the key has none."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if isinstance(data, list):
        data = {"claims": data}
    extra = (meta or {}).get(Path(path).stem, {})
    data.setdefault("language", extra.get("language"))
    data.setdefault("published", extra.get("published") or extra.get("publication_date"))
    return data


def load_meta(paths) -> dict:
    """``sources.json`` files (a list of rows with ``file``) keyed by the text's stem."""
    meta = {}
    for path in paths:
        for row in json.loads(Path(path).read_text(encoding="utf-8")):
            meta[Path(row["file"]).stem] = row
    return meta


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle) if needle else -1
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def overlap(a, b) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def period(value) -> tuple[dt.date, dt.date] | None:
    """'2025', '2025-07' or '2025-07-03' (or a dict with start/end) -> (first day, last day)."""
    if not value:
        return None
    if isinstance(value, dict):
        start = value.get("start")
        if not start:
            return None
        first, last = period(start), period(value.get("end") or start)
        return (first[0], last[1]) if first and last else None
    parts = str(value)[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        month = int(parts[1])
        if len(parts) == 2:
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return dt.date(year, month, 1), following - dt.timedelta(days=1)
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def same_number(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


class Tally(dict):
    """figure name -> (hits, trials)."""

    def add(self, key: str, ok: bool) -> None:
        hit, n = self.get(key, (0, 0))
        self[key] = (hit + bool(ok), n + 1)

    def figures(self) -> dict[str, float | None]:
        out = {k: (h / n if n else None) for k, (h, n) in sorted(self.items())}
        precision, recall = out.get("claim_precision") or 0, out.get("claim_recall") or 0
        out["claim_f1"] = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return out

    def table(self) -> str:
        lines = [f"{k:18} {h / n if n else 0:.3f}  ({h}/{n})" for k, (h, n) in sorted(self.items())]
        return "\n".join([*lines, f"{'claim_f1':18} {self.figures()['claim_f1']:.3f}"])


@dataclass
class Match:
    """A key claim and the output claim that matched it, with what was wrong about it."""

    key: dict
    claim: dict
    span: tuple[int, int]
    problems: list[str] = field(default_factory=list)


@dataclass
class FileScore:
    missed: list[str] = field(default_factory=list)  # key quotes no output claim overlapped
    extra: list[dict] = field(default_factory=list)  # output claims no key claim matched
    matched: list[Match] = field(default_factory=list)
    key_errors: list[str] = field(default_factory=list)  # key quotes not found in the text
    quotes_missed: list[str] = field(default_factory=list)


def _best_claim(spans, claims, used, value):
    best = None
    for span in spans:
        for i, claim in enumerate(claims):
            if i in used:
                continue
            shared = overlap(span, (claim.get("start", -1), claim.get("end", -1)))
            rank = (same_number(claim.get("value"), value), shared)  # the right number first
            if shared and (best is None or rank > best[0]):
                best = (rank, i, span)
    return best


def _score_fields(key: dict, claim: dict, tally: Tally) -> list[str]:
    problems = []
    value_ok = same_number(claim.get("value"), key.get("value")) and same_number(
        claim.get("value_high"), key.get("value_high")
    )
    tally.add("value", value_ok)
    if not value_ok:
        got = f"{claim.get('value')}–{claim.get('value_high')}"
        problems.append(f"value {got} want {key.get('value')}–{key.get('value_high')}")
    tally.add("approximate", bool(claim.get("approximate")) == bool(key.get("approximate")))
    if key.get("bound"):
        tally.add("bound", claim.get("bound") == key["bound"])
    tally.add("kind", claim.get("kind") == key.get("kind"))
    if key.get("unit"):  # a key without a unit leaves it unscored
        ok = str(claim.get("unit") or "").lower() == key["unit"].lower()
        tally.add("unit", ok)
        if not ok:
            problems.append(f"unit {claim.get('unit')!r} want {key['unit']!r}")
    want = period(key.get("when"))
    if want:
        got = period(claim.get("when"))
        ok = bool(got) and got[0] <= want[1] and want[0] <= got[1]
        tally.add("when", ok)
        if not ok:
            problems.append(f"when {claim.get('when')} want {key.get('when')}")
    return problems


def _score_sources(text, key, claim, span, ignored, tally) -> list[str]:
    problems = []
    mentions = [s for s in claim.get("sources", []) if isinstance(s, dict)]
    spans = [(s.get("start", -1), s.get("end", -1)) for s in mentions]
    wanted = []
    for name in key.get("sources", []):
        near = [o for o in occurrences(text, name) if abs(o[0] - span[0]) <= WINDOW]
        if near:
            wanted.append((name, min(near, key=lambda o: abs(o[0] - span[0]))))
    for name, where in wanted:
        found = any(overlap(where, m) for m in spans)
        tally.add("source_recall", found)
        if not found:
            problems.append(f"source missed {name!r}")
    for mention, where in zip(mentions, spans, strict=True):
        if any(overlap(i, where) for i in ignored):
            continue  # e.g. the publisher's own name: neither right nor wrong
        right = any(overlap(w, where) for _, w in wanted)
        tally.add("source_precision", right)
        if not right:
            problems.append(f"source added {mention.get('text') or mention.get('name')!r}")
    return problems


def score_file(text: str, key: dict, out: dict, tally: Tally) -> FileScore:
    """Scores one extraction (``Extraction.to_dict()``) against its key, adding to ``tally``."""
    result = FileScore()
    claims = [c for c in out.get("claims", []) if isinstance(c, dict)]
    key_claims = key.get("claims", [])
    neutral = [
        occ for k in key_claims if k.get("kind") == "date_only" for occ in occurrences(text, k["quote"])[:1]
    ]
    ignored = [occ for name in key.get("ignore_sources", []) for occ in occurrences(text, name)]
    used: set[int] = set()
    for k in key_claims:
        if k.get("kind") == "date_only":
            continue
        spans = occurrences(text, k["quote"])
        if not spans:
            result.key_errors.append(k["quote"])
            continue
        best = _best_claim(spans, claims, used, k.get("value"))
        tally.add("claim_recall", best is not None)
        if best is None:
            result.missed.append(k["quote"])
            continue
        _, i, span = best
        used.add(i)
        match = Match(k, claims[i], span)
        match.problems = _score_fields(k, claims[i], tally)
        match.problems += _score_sources(text, k, claims[i], span, ignored, tally)
        result.matched.append(match)
    for i, claim in enumerate(claims):
        if i in used:
            continue
        where = (claim.get("start", -1), claim.get("end", -1))
        if not any(overlap(n, where) for n in neutral):
            result.extra.append(claim)
            tally.add("claim_precision", False)
    for _ in result.matched:
        tally.add("claim_precision", True)
    quotes = [q for q in out.get("quotes", []) if isinstance(q, dict)]
    for q in key.get("quotes", []):
        starts = occurrences(text, q["quote_start"])
        hit = bool(starts) and any(x.get("start", -1) <= starts[0][0] < x.get("end", -1) for x in quotes)
        tally.add("quote_recall", hit)
        if not hit:
            result.quotes_missed.append(q["quote_start"])
    return result
