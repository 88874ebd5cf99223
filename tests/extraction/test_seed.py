"""The seed article's answer key passes in full."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import SEED, score_folder


def test_the_seed_key_passes_in_full():
    tally, misses, count = score_folder(SEED)
    if not count:
        pytest.fail(f"no seed answer key under {SEED}", pytrace=False)
    got = tally.figures()
    report = tally.table() + "\n" + "\n".join(misses)
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
