"""Scores the extraction engine on folders of answer keys.

    python -m tracker.evaluation tests/extraction/seed tests/extraction/cases/de
    python -m tracker.evaluation -v --misses source --meta DIR/sources.json DIR

Each folder holds ``NAME.txt`` + ``NAME.gold.json`` (or ``texts/`` + ``gold/``); a
``sources.json`` given with ``--meta`` supplies language and publication date where a key has
none. The engine runs in this process. A text the engine fails on is reported with its error and
scored as all missed; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback

from tracker.evaluation.scoring import Tally, find_pairs, load_key, load_meta, score_file

FIELDS = ("source", "unit", "when", "value", "missed", "quotes")


def _print_details(name: str, result, only: set[str]) -> None:
    if "missed" in only:
        for quote in result.missed:
            print(f"{name}: missed {quote!r}")
        for claim in result.extra:
            print(f"{name}: extra {claim.get('text')!r}")
    if "quotes" in only:
        for start in result.quotes_missed:
            print(f"{name}: quote missed {start!r}")
    for match in result.matched:
        shown = [p for p in match.problems if p.split(" ", 1)[0] in only]
        if shown:
            print(f"{name}: {match.key['quote']!r}: " + "; ".join(shown))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("dirs", nargs="+")
    parser.add_argument("--meta", action="append", default=[], help="sources.json (may be repeated)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list missed and extra claims")
    parser.add_argument(
        "--misses", default="", help=f"comma list of what to list per claim: {','.join(FIELDS)}"
    )
    parser.add_argument("--json", action="store_true", help="the figures as JSON on the last line")
    args = parser.parse_args(argv)
    only = set(filter(None, args.misses.split(","))) | ({"missed"} if args.verbose else set())
    from tracker.extraction import EXTRACTOR_VERSION, extract

    meta = load_meta(args.meta)
    tally, files, errors, seconds = Tally(), 0, 0, 0.0
    for folder in args.dirs:
        for text_path, key_path in find_pairs(folder):
            key = load_key(key_path, meta)
            text = text_path.read_text(encoding="utf-8")
            files += 1
            started = time.perf_counter()
            try:
                out = extract(text, key.get("language"), key.get("published")).to_dict()
            except Exception:  # one broken text must not hide the figures of the others
                errors += 1
                print(f"{text_path.name}: ENGINE ERROR\n{traceback.format_exc()}", file=sys.stderr)
                for claim in key.get("claims", []):
                    if claim.get("kind") != "date_only":
                        tally.add("claim_recall", False)
                continue
            seconds += time.perf_counter() - started
            result = score_file(text, key, out, tally)
            for quote in result.key_errors:
                print(f"{text_path.name}: ! key quote not in text: {quote!r}", file=sys.stderr)
            _print_details(text_path.name, result, only)
    figures = {k: (round(v, 3) if v is not None else None) for k, v in tally.figures().items()}
    print(tally.table())
    per_file = seconds / max(1, files - errors) * 1000
    print(f"files {files}, errors {errors}, {per_file:.1f} ms per file, extractor {EXTRACTOR_VERSION}")
    if args.json:
        print(json.dumps({**figures, "files": files, "errors": errors}))
    return 1 if errors or not files else 0


if __name__ == "__main__":
    sys.exit(main())
