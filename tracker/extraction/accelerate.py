"""An optional compiled build of the engine: the same Python sources, compiled with Cython.

The engine stays pure Python; ``python -m tracker.extraction.build`` compiles its modules
unchanged (annotations ignored) into ``_compiled/`` beside them (with the sub-packages'
``__init__.py`` files copied, so that ``tracker.extraction.claims`` found there finds its
compiled modules there), which makes extraction about a quarter faster. The only Cython types
are in ``.pxd`` files beside a few modules: they declare the records made most often (a
``Sentence``, a ``RawClaim``, a number's reading, a source's ``Mention``, ``Cue`` and
``Attribution``, a ``SentenceState``) as extension types with the fields of their
``__slots__``, which the build makes without the generic type call (2 % of the compiled
engine's instructions), and make the hottest functions of a number's reading, and those of a
sentence's sources, clauses and noun phrases, take them typed (``cpdef``: their fields read
from the struct, the calls inside a module in C; 2 % and 3 % more; a ``cpdef`` function may
hold no generator expression or lambda, Cython's limit); pure Python never reads them. The
package loads that build only while it is fresh: the manifest records the SHA-256 of every
source it was built from (with its ``.pxd``) and the interpreter's extension suffix, and a
single edited, removed source makes the package ignore the whole build and run the ``.py``
files. ``TRACKER_PURE_PYTHON=1`` forces the pure-Python engine.

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
# not compiled: the package's entry points and tools, and the lexicon loader (it finds its data
# files next to its own file). The result types are compiled: every claim builds one ``Claim``
# and a ``SourceMention`` per source, twice when the discourse stage renames them (run as
# bytecode, their ``__init__`` calls were 3 % of the compiled engine's instructions)
NOT_COMPILED = frozenset(("__init__.py", "__main__.py", "accelerate.py", "build.py", "cli.py", "lexicon"))


def source_digest(path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    """The SHA-256 of a module's source: its ``.py`` file and, when a ``.pxd`` file is beside
    it (Cython's declarations for the module), every ``.pxd`` of the package (one may cimport
    another's types): an edited ``.pxd`` makes the build of the modules that have one stale."""
    data = path.read_bytes()
    if path.suffix == ".py" and path.with_suffix(".pxd").is_file():
        for pxd in declarations(package_dir):
            data += b"\0" + pxd.encode() + b"\0" + (package_dir / pxd).read_bytes()
    return hashlib.sha256(data).hexdigest()


def declarations(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The package's ``.pxd`` files as relative POSIX paths: the build copies each beside its
    module."""
    found = (p.relative_to(package_dir) for p in sorted(package_dir.rglob("*.pxd")))
    return [rel.as_posix() for rel in found if not rel.parts[0].startswith(BUILD_DIR_NAME)]


def _sources(package_dir: Path):
    """The package's ``.py`` files as relative POSIX paths ("claims/finder.py"), without the
    build directory and the files and sub-packages named in NOT_COMPILED."""
    for path in sorted(package_dir.rglob("*.py")):
        rel = path.relative_to(package_dir)
        if rel.parts[0] not in NOT_COMPILED and not rel.parts[0].startswith(BUILD_DIR_NAME):
            yield rel.as_posix()


def compiled_modules(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The modules Cython compiles: every module of the engine's stages."""
    return [name for name in _sources(package_dir) if not name.endswith("__init__.py")]


def package_inits(package_dir: Path = PACKAGE_DIR) -> list[str]:
    """The sub-packages' ``__init__.py`` files: copied into the build as they are, so that a
    sub-package found in the build finds its compiled modules there."""
    return [name for name in _sources(package_dir) if name.endswith("__init__.py")]


def built_file(name: str, suffix: str) -> str:
    """The file in the build for source ``name``: the extension module, or the copied
    ``__init__.py``."""
    return name if name.endswith("__init__.py") else name[:-3] + suffix


def fresh_build(package_dir: Path = PACKAGE_DIR) -> Path | None:
    """The directory of a compiled build of exactly the current sources for this interpreter,
    or None (also when a module was added or removed since the build)."""
    build = package_dir / BUILD_DIR_NAME
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
        suffix = sysconfig.get_config_var("EXT_SUFFIX")
        modules = manifest.get("modules")
        if manifest.get("ext_suffix") != suffix or not modules:
            return None
        if set(modules) != {*compiled_modules(package_dir), *package_inits(package_dir)}:
            return None
        for name, digest in modules.items():
            if source_digest(package_dir / name, package_dir) != digest:
                return None
            if not (build / built_file(name, suffix)).is_file():
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
