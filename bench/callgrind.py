"""Instructions of one bench round under callgrind: independent of the machine's load, so two
builds can be compared on a noisy machine (issue 13's bar is stated in these).

    PYTHONHASHSEED=0 [TRACKER_PURE_PYTHON=1] valgrind --tool=callgrind --collect-atstart=no \\
        --toggle-collect=functools_reduce --callgrind-out-file=/tmp/cg.out \\
        .venv/bin/python bench/callgrind.py
    grep totals /tmp/cg.out

One warm-up round over ``bench.corpus`` runs uncounted; the measured round runs inside
``functools.reduce``, which the toggle names.
"""

import functools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.corpus import corpus  # noqa: E402
from tracker.extraction import COMPILED, extract  # noqa: E402


def _one(count: int, doc) -> int:
    extract(*doc)
    return count + 1


def main() -> int:
    docs = corpus()
    print(f"compiled {COMPILED}, {len(docs)} articles", file=sys.stderr)
    for doc in docs:  # warm-up: imports, lexicon, caches
        _one(0, doc)
    functools.reduce(_one, docs, 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
