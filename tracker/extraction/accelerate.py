"""An optional compiled build of the engine: the same Python sources, compiled with Cython.

The engine stays pure Python; ``python -m tracker.extraction.build`` compiles its modules
unchanged (no Cython types, annotations ignored) into ``_compiled/`` beside them, which makes
extraction about a quarter faster. The package loads that build only while it is fresh: the
manifest records the SHA-256 of every source it was built from and the interpreter's extension
suffix, and a single edited, removed source makes the package ignore the whole
build and run the ``.py`` files. ``TRACKER_PURE_PYTHON=1`` forces the pure-Python engine.

The make targets that run the engine's tests and benchmarks build it; when no C compiler is
there, the build prints why and the engine runs as pure Python (the same results, slower).
"""

from __future__ import annotations

import hashlib
import json
import os
import sysconfig
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
BUILD_DIR_NAME = "_compiled"
MANIFEST = "manifest.json"
# not compiled: the package's entry points and tools, the lexicon loader (it finds its data
# files next to its own file) and the result dataclasses (built once per claim, not hot)
NOT_COMPILED = frozenset(
    ("__init__.py", "__main__.py", "accelerate.py", "build.py", "cli.py", "lexicon.py", "types.py")
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    return sorted(p.name for p in package_dir.glob("*.py") if p.name not in NOT_COMPILED)


def fresh_build(package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The directory of a compiled build of exactly the current sources for this interpreter,
    or None."""
    build = package_dir / BUILD_DIR_NAME
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        if manifest.get("ext_suffix") != suffix or not manifest.get("modules"):
            return None
        for name, digest in manifest["modules"].items():
            if _digest(package_dir / name) != digest or not (build / (name[:-3] + suffix)).is_file():
                return None
    except (OSError, ValueError, AttributeError, TypeError):
        return None
    return build


def use_compiled_build(package_path: list[str]) -> bool:
    """Put a fresh compiled build first on the package's search path; True when it is used."""
    if os.environ.get("TRACKER_PURE_PYTHON", "").strip() not in ("", "0"):
        return False
    build = fresh_build()
    if build is None:
        return False
    package_path.insert(0, str(build))
    return True
