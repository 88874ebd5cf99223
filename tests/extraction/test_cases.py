"""The project's own answer keys (tests/extraction/cases/de and en) pass."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _scoring import CASES, score_folder

from tracker.evaluation.scoring import find_pairs

MIN_F1 = 0.95
MIN_SOURCE_RECALL = 0.9


def _check(language):
    tally, misses, count = score_folder(CASES / language)
    got = tally.figures()
    report = f"{language}: {count} cases\n{tally.table()}\n" + "\n".join(misses)
    print(report)
    assert got["claim_f1"] >= MIN_F1, report
    assert (got.get("source_recall") or 0) >= MIN_SOURCE_RECALL, report
    return count


def test_german_cases_pass():
    _check("de")


def test_english_cases_pass():
    _check("en")


def test_there_are_at_least_40_cases_per_language():
    for language in ("de", "en"):
        n = len(list(find_pairs(CASES / language)))
        assert n >= 40, f"only {n} {language} answer keys in {CASES / language}"
