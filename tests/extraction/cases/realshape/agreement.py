"""How far a second annotator agrees with the keys of this folder on sources (WRITING.md, "Agreement").

    python tests/extraction/cases/realshape/agreement.py blank LANG FIRST LAST OUT
    python tests/extraction/cases/realshape/agreement.py score LANG OUT

``blank`` copies the texts ``rs-LANG<FIRST..LAST>`` to ``OUT/LANG/`` with a ``NAME.key.json`` beside
each that lists its figures (their quotes) with ``"sources": null``. A second annotator, who reads
neither the keys here nor the engine, replaces each null by the source mentions the conventions of
WRITING.md give. ``score`` then scores those sources against the keys here exactly as the engine's
are scored: recall is the share of the keys' source links the second annotator wrote, precision the
share of the second annotator's links the keys have. It tells how far the engine could get.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(next(p for p in HERE.parents if (p / "tracker").is_dir())))  # the checkout

from tracker.evaluation.scoring import WINDOW, Tally, load_key, occurrences, score_file  # noqa: E402


def _numbered(lang: str, first: int, last: int):
    for gold in sorted((HERE / lang).glob(f"rs-{lang}*.gold.json")):
        number = int(re.match(rf"rs-{lang}(\d+)", gold.name).group(1))
        if first <= number <= last:
            yield gold


def blank(lang: str, first: int, last: int, out: Path) -> int:
    (out / lang).mkdir(parents=True, exist_ok=True)
    count = 0
    for gold in _numbered(lang, first, last):
        key = json.loads(gold.read_text(encoding="utf-8"))
        name = gold.name[: -len(".gold.json")]
        text = gold.with_name(name + ".txt").read_text(encoding="utf-8")
        (out / lang / (name + ".txt")).write_text(text, encoding="utf-8")
        claims = [
            {"quote": c["quote"], "kind": c.get("kind"), "sources": None}
            for c in key["claims"]
            if c.get("kind") != "date_only"
        ]
        body = {"file": name + ".txt", "language": lang, "published": key.get("published"), "claims": claims}
        (out / lang / (name + ".key.json")).write_text(json.dumps(body, ensure_ascii=False, indent=1) + "\n")
        count += 1
    return count


def as_output(text: str, second: dict) -> dict:
    """The second annotator's key as an extraction: each claim at its quote, each source at the
    occurrence of its words nearest the claim (as the scorer reads a key)."""
    claims = []
    for claim in second["claims"]:
        spans = occurrences(text, claim["quote"])
        if not spans or claim.get("sources") is None:
            continue
        start, end = spans[0]
        sources = []
        for name in claim["sources"]:
            found = occurrences(text, name)
            near = [o for o in found if abs(o[0] - start) <= WINDOW] or found
            if near:
                where = min(near, key=lambda o: abs(o[0] - start))
                sources.append({"start": where[0], "end": where[1], "text": name})
        claims.append({"start": start, "end": end, "text": claim["quote"], "sources": sources})
    return {"claims": claims, "quotes": []}


def score(lang: str, out: Path) -> Tally:
    tally = Tally()
    for path in sorted((out / lang).glob("*.key.json")):
        name = path.name[: -len(".key.json")]
        text = (HERE / lang / (name + ".txt")).read_text(encoding="utf-8")
        key = load_key(HERE / lang / (name + ".gold.json"))
        second = json.loads(path.read_text(encoding="utf-8"))
        score_file(text, key, as_output(text, second), tally)
    return tally


def main(argv: list[str]) -> int:
    if argv[:1] == ["blank"] and len(argv) == 5:
        print(blank(argv[1], int(argv[2]), int(argv[3]), Path(argv[4])), "texts")
        return 0
    if argv[:1] == ["score"] and len(argv) == 3:
        tally = score(argv[1], Path(argv[2]))
        for field in ("source_recall", "source_precision"):
            right, total = tally[field]
            print(f"{field:18} {right / max(1, total):.3f}  ({right}/{total})")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
