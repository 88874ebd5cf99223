"""The seed article's answer key passes in full."""

import io
import sys
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from tracker.extraction import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import SCORER, figures, load_scorer, table

SEED = SCORER.parents[1] / "data" / "seed"


def test_the_seed_key_passes_in_full():
    scorer = load_scorer()
    pairs = list(scorer.find_pairs(SEED))
    if not pairs:
        pytest.fail(f"no seed answer key under {SEED}", pytrace=False)
    tally = scorer.Tally()
    misses = []
    for text_path, gold_path in pairs:
        gold = scorer.load_gold(gold_path, {})
        text = text_path.read_text(encoding="utf-8")
        out = extract(text, gold.get("language"), gold.get("published")).to_dict()
        with redirect_stderr(io.StringIO()):
            missed, extra, _ = scorer.score_file(text, gold, out, tally)
        misses += [f"missed {m!r}" for m in missed] + [f"extra {c['text']!r}" for c in extra]
    got = figures(tally)
    report = table(tally) + "\n" + "\n".join(misses)
    for key in (
        "claim_recall",
        "claim_precision",
        "value",
        "approximate",
        "bound",
        "unit",
        "kind",
        "source_recall",
        "quote_recall",
    ):
        assert got[key] == 1.0, f"{key} below 1.0\n{report}"
    assert got["source_precision"] >= 0.9, report
