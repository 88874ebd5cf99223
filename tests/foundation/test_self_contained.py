"""The checkout stands alone: nothing reads a path outside it (the team's reference folder included)."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Files whose every line can run: code, build and CI scripts.
RUNNABLE = {".py", ".sh", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".json"}
RUNNABLE_NAMES = {"Makefile", "Dockerfile", "run"}
# A path out of the checkout: the team's reference folder beside it, an absolute machine path,
# or a climb above the repository from a file's own location.
# (Assembled from parts, so that this file does not itself name such a path.)
_TEAM_FOLDER = re.escape("..") + "/" + "sha" + "red"
_MACHINE_PATH = "/" + "work" + "/"
_CLIMB = r"parents\[[3-9]\]|ROOT\.par" + r"ent\b"
OUTSIDE = re.compile("|".join((_TEAM_FOLDER, _MACHINE_PATH, _CLIMB)))


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [ROOT / line for line in listed.stdout.splitlines() if line]


def _commands_in_markdown(text: str):
    """Lines of fenced code blocks: the commands a reader is told to run."""
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif fenced:
            yield number, line


def test_no_file_reads_a_path_outside_the_checkout():
    found = []
    for path in _tracked_files():
        if not path.is_file() or path == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix in RUNNABLE or path.name in RUNNABLE_NAMES:
            lines = enumerate(text.splitlines(), 1)
        elif path.suffix == ".md":
            lines = _commands_in_markdown(text)
        else:
            continue
        found += [
            f"{path.relative_to(ROOT)}:{n}: {line.strip()}" for n, line in lines if OUTSIDE.search(line)
        ]
    assert not found, "paths outside the checkout:\n" + "\n".join(found)


def test_the_seed_and_scorer_work_from_a_copy_with_nothing_beside_it(tmp_path):
    """A copy of the tracked files in a folder with nothing beside it scores the seed in full."""
    copy = tmp_path / "alone" / "checkout"
    for path in _tracked_files():
        if path.is_file():
            target = copy / path.relative_to(ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, target)
    assert [p.name for p in copy.parent.iterdir()] == ["checkout"]  # nothing beside it
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL", "REQUIRE_COMPILED")}
    env["TRACKER_PURE_PYTHON"] = "1"
    score = subprocess.run(
        [sys.executable, "-m", "tracker.evaluation", "--json", "tests/extraction/seed"],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert score.returncode == 0, score.stderr
    assert '"claim_f1": 1.0' in score.stdout.splitlines()[-1], score.stdout
    tests = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/extraction/test_seed.py",
            "tests/extraction/test_seed_details.py",
            "tests/extraction/test_cases.py",
        ],
        cwd=copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr[-2000:]


def _requirement_lines(path: Path) -> list[str]:
    """The lock's requirement lines, with their continuation lines joined."""
    joined = path.read_text(encoding="utf-8").replace("\\\n", " ")
    return [
        line.strip() for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def test_the_locks_pin_every_package_with_a_hash():
    for name in ("requirements.txt", "requirements-dev.txt"):
        lines = _requirement_lines(ROOT / name)
        assert len(lines) > 40, name
        for line in lines:
            assert re.match(r"^[A-Za-z0-9._-]+==\S+ ", line), f"{name}: not pinned: {line[:80]}"
            assert "--hash=sha256:" in line, f"{name}: no hash: {line[:80]}"
        names = {line.split("==")[0].lower() for line in lines}
        assert "lxml-html-clean" in names, f"{name}: trafilatura's HTML cleaning is not locked"


def test_every_install_checks_the_hashes():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes" in makefile
    assert "--require-hashes" in (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for line in makefile.splitlines() + (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        if "pip install" in line:
            assert "--require-hashes" in line or "PIP_INSTALL" in line, line
