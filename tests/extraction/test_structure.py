"""The engine's shape: no module reaches into another's private names, and modules stay
small (the few still over the limit may not grow; the list shrinks as they are split)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tracker" / "extraction"
MAX_LINES = 400
# modules still over MAX_LINES, with the size they may not exceed
STILL_LARGE = {}


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if not rel.startswith("_compiled"):
            yield rel, path


def test_no_module_imports_a_private_name_of_another():
    offenders = []
    for rel, path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                offenders += [
                    f"{rel}: {a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
    assert offenders == []


def test_modules_stay_small():
    sizes = {rel: len(path.read_text(encoding="utf-8").splitlines()) for rel, path in _modules()}
    too_big = {rel: n for rel, n in sizes.items() if n > STILL_LARGE.get(rel, MAX_LINES)}
    assert too_big == {}
    assert all(sizes[rel] > MAX_LINES for rel in STILL_LARGE), "split: remove it from STILL_LARGE"
