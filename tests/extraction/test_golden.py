"""The engine's output is byte for byte the golden file's (see ``_golden.py``): restructuring
keeps it, and a deliberate change of output rewrites the file in a commit of its own."""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _golden


def test_the_golden_file_covers_all_corpora():
    names = [json.loads(x)["doc"] for x in _golden.stored()]
    kinds = {n.split("/")[0] for n in names}
    assert kinds == {"cases", "seed", "bench", "generated", "shuffled"}
    assert sum(n.startswith("generated/") for n in names) * 4 >= 3000
    assert any(n == "seed/kim-mourns-soldiers.de.txt" for n in names)


def test_extract_output_is_the_golden_output_byte_for_byte():
    want = _golden.stored()
    got = _golden.render()
    assert len(got) == len(want), "the corpus changed: rewrite the golden file in a commit of its own"
    diffs = [(g, w) for g, w in zip(got, want, strict=True) if g != w]
    if diffs:
        g, w = diffs[0]
        gd, wd = json.loads(g), json.loads(w)
        detail = "the input text changed" if gd["input"] != wd["input"] else _first_difference(gd, wd)
        raise AssertionError(f"{len(diffs)} documents differ; first {wd['doc']}: {detail}")


def _first_difference(got, want, path="") -> str:
    if isinstance(got, dict) and isinstance(want, dict):
        for key in sorted(set(got) | set(want)):
            if got.get(key) != want.get(key):
                return _first_difference(got.get(key), want.get(key), f"{path}.{key}")
    if isinstance(got, list) and isinstance(want, list) and len(got) == len(want):
        for i, (a, b) in enumerate(zip(got, want, strict=True)):
            if a != b:
                return _first_difference(a, b, f"{path}[{i}]")
    show = [json.dumps(x, ensure_ascii=False)[:300] for x in (got, want)]
    return f"{path}: got {show[0]} want {show[1]}"
