"""The project's own answer keys (tests/extraction/cases/de and en) pass."""

import io
import sys
from contextlib import redirect_stderr
from pathlib import Path

from tracker.extraction import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import figures, load_scorer, table

CASES = Path(__file__).resolve().parent / "cases"
MIN_F1 = 0.95
MIN_SOURCE_RECALL = 0.9


def _run(language):
    scorer = load_scorer()
    tally = scorer.Tally()
    misses, count = [], 0
    for text_path, gold_path in scorer.find_pairs(CASES / language):
        count += 1
        gold = scorer.load_gold(gold_path, {})
        text = text_path.read_text(encoding="utf-8")
        out = extract(text, gold.get("language"), gold.get("published")).to_dict()
        with redirect_stderr(io.StringIO()):
            missed, extra, _ = scorer.score_file(text, gold, out, tally)
        misses += [f"{text_path.name}: missed {m!r}" for m in missed]
        misses += [f"{text_path.name}: extra {c['text']!r}" for c in extra]
    return tally, misses, count


def _check(language):
    tally, misses, count = _run(language)
    got = figures(tally)
    report = f"{language}: {count} cases\n{table(tally)}\nclaim_f1 {got['claim_f1']:.3f}\n" + "\n".join(
        misses
    )
    print(report)
    assert got["claim_f1"] >= MIN_F1, report
    assert (got.get("source_recall") or 0) >= MIN_SOURCE_RECALL, report
    return count


def test_german_cases_pass():
    _check("de")


def test_english_cases_pass():
    _check("en")


def test_there_are_at_least_40_cases_per_language():
    scorer = load_scorer()
    for language in ("de", "en"):
        n = len(list(scorer.find_pairs(CASES / language)))
        assert n >= 40, f"only {n} {language} answer keys in {CASES / language}"
