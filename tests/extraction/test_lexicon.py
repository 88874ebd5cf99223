"""The lexicon files hold no stale entries: every list or table in them is read by name
somewhere in the engine, and every file is loaded."""

import ast
import json
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "tracker" / "extraction"
LEXICON = PACKAGE / "lexicon"


def _engine_strings() -> set[str]:
    strings = set()
    for path in PACKAGE.rglob("*.py"):
        if "_compiled" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    return strings


def _is_note(key: str) -> bool:
    return key.startswith("_") or key.endswith("_doc")


def test_every_named_list_of_a_lexicon_file_is_read_by_the_engine():
    strings = _engine_strings()
    stale = []
    for path in sorted(LEXICON.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        stale += [f"{path.name}: {key}" for key in data if not _is_note(key) and key not in strings]
    assert stale == []


def test_word_lists_are_named_by_meaning_not_by_module():
    words = json.loads((LEXICON / "words.json").read_text(encoding="utf-8"))
    assert [k for k in words if "." in k or k[:1].isupper()] == []


def test_every_lexicon_file_is_loaded():
    loader = (LEXICON / "__init__.py").read_text(encoding="utf-8")
    files = sorted(p.name for p in LEXICON.iterdir() if p.suffix in (".json", ".tsv"))
    assert files and [f for f in files if f'"{f}"' not in loader] == []
