"""Scores the engine on a folder of answer keys with the project's own scorer (tracker.evaluation)."""

import io
from contextlib import redirect_stderr
from pathlib import Path

from tracker.evaluation.scoring import Tally, find_pairs, load_key, score_file
from tracker.extraction import extract

HERE = Path(__file__).resolve().parent
SEED = HERE / "seed"
CASES = HERE / "cases"


def score_folder(folder: Path) -> tuple[Tally, list[str], int]:
    """(tally, misses as readable lines, number of keys) for every key in ``folder``."""
    tally, misses, count = Tally(), [], 0
    for text_path, key_path in find_pairs(folder):
        count += 1
        key = load_key(key_path)
        text = text_path.read_text(encoding="utf-8")
        out = extract(text, key.get("language"), key.get("published")).to_dict()
        with redirect_stderr(io.StringIO()):
            result = score_file(text, key, out, tally)
        misses += [f"{text_path.name}: key quote not in text {q!r}" for q in result.key_errors]
        misses += [f"{text_path.name}: missed {m!r}" for m in result.missed]
        misses += [f"{text_path.name}: extra {c['text']!r}" for c in result.extra]
    return tally, misses, count
