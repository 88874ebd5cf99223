"""Build the compiled engine: ``python -m tracker.extraction.build [--optional]``.

Cython compiles the engine's modules as they are, sub-packages included (see
``accelerate.py`` for how the package finds the build and when it ignores it).


"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from .accelerate import (
    BUILD_DIR_NAME,
    MANIFEST,
    PACKAGE_DIR,
    built_file,
    compiled_modules,
    fresh_build,
    package_inits,
    source_digest,
)

# plain Python semantics: hints stay hints; a local that only ever holds a C value (a len(), a
# counter of a range() loop) is typed from it, its indexing and arithmetic then in C (the only
# difference: a C integer cannot pass 2**63, which no count of tokens or characters reaches)
DIRECTIVES = ("annotation_typing=False", "infer_types=True")


def build(package_dir: Path = PACKAGE_DIR, jobs: int | None = None) -> Path:
    """Compile the engine's modules with Cython into ``package_dir/_compiled`` (replaced whole,
    so a failed build leaves no half-built one behind). A module whose source, interpreter and
    Cython are those of the build there already is taken over from it, not compiled again (a
    module is compiled on its own: no module's extension depends on another's source)."""
    from Cython import __version__ as cython_version

    names = compiled_modules(package_dir)
    inits = package_inits(package_dir)
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    reusable = _reusable(package_dir / BUILD_DIR_NAME, suffix, cython_version)
    with tempfile.TemporaryDirectory(prefix="tracker-extraction-") as tmp:
        pkg = Path(tmp) / "tracker" / "extraction"  # the real package path: the modules' names
        pkg.mkdir(parents=True)
        (pkg.parent / "__init__.py").write_text("")
        (pkg / "__init__.py").write_text("")
        digests = {}
        for name in [*inits, *names]:
            (pkg / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(package_dir / name, pkg / name)
            pxd = (package_dir / name).with_suffix(".pxd")
            if pxd.is_file():  # Cython's declarations beside the module (its cdef classes)
                shutil.copyfile(pxd, (pkg / name).with_suffix(".pxd"))
            digests[name] = source_digest(package_dir / name, package_dir)
        todo = []
        for name in names:
            old = package_dir / BUILD_DIR_NAME / built_file(name, suffix)
            if reusable.get(name) == digests[name] and old.is_file():
                shutil.copy2(old, pkg / built_file(name, suffix))
            else:
                todo.append(name)
        command = [
            *(sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-q"),
            *("-j", str(jobs or os.cpu_count() or 1)),
            *(x for directive in DIRECTIVES for x in ("-X", directive)),
            *(f"tracker/extraction/{name}" for name in todo),
        ]
        # run from above the package: in the package directory, its sub-packages numbers/ and
        # time/ would shadow the standard library's modules for Cython's own imports
        if todo:
            subprocess.run(command, cwd=tmp, check=True, stdout=subprocess.DEVNULL)  # noqa: S603 (our own argv)
        manifest = {
            "ext_suffix": suffix,
            "cython": cython_version,
            "directives": list(DIRECTIVES),
            "modules": digests,
        }
        staging = Path(tempfile.mkdtemp(prefix=BUILD_DIR_NAME + ".", dir=package_dir))
        try:
            for name in [*inits, *names]:
                (staging / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(pkg / built_file(name, suffix), staging / built_file(name, suffix))
            (staging / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True), encoding="utf-8")
            target = package_dir / BUILD_DIR_NAME
            shutil.rmtree(target, ignore_errors=True)
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    return target


def _reusable(build_dir: Path, suffix: str, cython_version: str) -> dict:
    """The modules' digests of the build in ``build_dir`` when it was made for this interpreter,
    this Cython and these directives, else {}."""
    try:
        manifest = json.loads((build_dir / MANIFEST).read_text(encoding="utf-8"))
        if manifest.get("ext_suffix") != suffix or manifest.get("cython") != cython_version:
            return {}
        if manifest.get("directives") != list(DIRECTIVES):
            return {}  # built with other directives: every module again
        modules = manifest.get("modules")
        return dict(modules) if isinstance(modules, dict) else {}
    except (OSError, ValueError, AttributeError, TypeError):
        return {}


def _directives_of(build_dir: Path):
    try:
        return json.loads((build_dir / MANIFEST).read_text(encoding="utf-8")).get("directives")
    except (OSError, ValueError, AttributeError):
        return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--jobs", type=int, default=None, help="parallel compiler processes (default: all cores)"
    )
    parser.add_argument(
        "--optional",
        action="store_true",
        help="on failure say why and exit 0: the engine runs as pure Python",
    )
    args = parser.parse_args(argv)
    build_dir = fresh_build()
    if build_dir is not None and _directives_of(build_dir) == list(DIRECTIVES):
        print("extraction engine: the compiled build is up to date")
        return 0
    try:
        target = build(jobs=args.jobs)
    except (ImportError, OSError, subprocess.CalledProcessError) as exc:
        print(
            f"extraction engine: no compiled build ({exc}); the engine runs as pure Python", file=sys.stderr
        )
        return 0 if args.optional else 1
    print(f"extraction engine: compiled {len(compiled_modules())} modules into {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
