"""Loads the shared scorer (``/work/shared/tools/score_extraction.py`` beside the repository)."""

import importlib.util
from pathlib import Path

import pytest

SCORER = Path(__file__).resolve().parents[3] / "shared" / "tools" / "score_extraction.py"


def load_scorer():
    if not SCORER.exists():
        pytest.fail(f"the shared scorer is missing: {SCORER}", pytrace=False)
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(tally):
    out = {k: (h / n if n else None) for k, (h, n) in tally.items()}
    p, r = out.get("claim_precision") or 0, out.get("claim_recall") or 0
    out["claim_f1"] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def table(tally) -> str:
    return "\n".join(f"{k:18} {h / n if n else 0:.3f} ({h}/{n})" for k, (h, n) in sorted(tally.items()))
