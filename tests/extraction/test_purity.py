"""The engine is pure Python: importing it never loads Django."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_engine_does_not_load_django():
    code = (
        "import sys, tracker.extraction as e; "
        "e.extract('Laut Polizei kamen 12.000 Menschen.', 'de', '2025-01-01'); "
        "import tracker.extraction.cli; "
        "assert 'django' not in sys.modules, sorted(m for m in sys.modules if 'django' in m); print('ok')"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr


def test_no_module_of_the_engine_mentions_django():
    for path in (ROOT / "tracker" / "extraction").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert "import django" not in source and "from django" not in source, path


def test_the_command_line_prints_the_contract_json(tmp_path):
    import json

    f = tmp_path / "a.txt"
    f.write_text("Laut Polizei kamen derzeit 12.000 Menschen.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tracker.extraction", str(f), "--lang", "de", "--published", "2025-01-01"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    data = json.loads(proc.stdout)
    assert set(data) == {"language", "extractor_version", "claims", "quotes"}
    claim = data["claims"][0]
    assert set(claim) == {
        "start",
        "end",
        "text",
        "kind",
        "value",
        "value_high",
        "approximate",
        "bound",
        "unit",
        "subject",
        "modality",
        "sources",
        "when",
        "sentence",
    }
    assert set(claim["sources"][0]) == {"name", "kind", "start", "end", "text", "cue", "role"}
    assert claim["when"] == {"start": "2025-01-01", "end": "2025-01-01", "text": "derzeit"}
