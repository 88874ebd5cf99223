"""The optional compiled engine: found only while fresh, and the same results as pure Python."""

import json
import os
import random
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

import tracker.extraction as extraction
from tracker.extraction import accelerate, extract

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "tests" / "extraction" / "cases"
SEED = ROOT / "tests" / "extraction" / "seed"
# CI builds the compiled engine (make test) and sets this: a build that silently fell back to
# pure Python would otherwise leave the comparison below untested there
REQUIRE_COMPILED = os.environ.get("REQUIRE_COMPILED", "") == "1"

_PURE_RUNNER = """
import json, sys
import tracker.extraction as e
assert not e.COMPILED
docs = json.load(sys.stdin)
json.dump([e.extract(t, lang, "2025-08-22").to_dict() for t, lang in docs], sys.stdout)
"""


def _fake_build(package: Path, alpha_pxd: str | None = None) -> Path:
    package.mkdir()
    for name in ("alpha.py", "beta.py", "__init__.py", "cli.py"):
        (package / name).write_text(f"# {name}\n")
    if alpha_pxd is not None:
        (package / "alpha.pxd").write_text(alpha_pxd)
    build = package / accelerate.BUILD_DIR_NAME
    build.mkdir()
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    digests = {}
    for name in accelerate.compiled_modules(package):
        (build / (name[:-3] + suffix)).write_bytes(b"\x7fELF")
        digests[name] = accelerate.source_digest(package / name, package)
    (build / accelerate.MANIFEST).write_text(json.dumps({"ext_suffix": suffix, "modules": digests}))
    return build


def test_sub_packages_are_compiled_and_their_inits_copied_but_the_lexicon_is_not():
    names = accelerate.compiled_modules()
    assert "claims/finder.py" in names and "sources/attribution.py" in names
    assert not any(n.startswith("lexicon/") or n.endswith("__init__.py") for n in names)
    assert "types.py" in names and "build.py" not in names
    assert "claims/__init__.py" in accelerate.package_inits()


def test_a_module_added_after_the_build_makes_it_stale(tmp_path):
    build = _fake_build(tmp_path / "pkg")
    assert accelerate.fresh_build(tmp_path / "pkg") == build
    (tmp_path / "pkg" / "gamma.py").write_text("# new\n")
    assert accelerate.fresh_build(tmp_path / "pkg") is None


def test_a_pxd_added_or_edited_after_the_build_makes_it_stale(tmp_path):
    _fake_build(tmp_path / "pkg")
    (tmp_path / "pkg" / "alpha.pxd").write_text("# declarations\n")
    assert accelerate.fresh_build(tmp_path / "pkg") is None
    build = _fake_build(tmp_path / "pkg2", alpha_pxd="# declarations\n")
    assert accelerate.fresh_build(tmp_path / "pkg2") == build
    (tmp_path / "pkg2" / "alpha.pxd").write_text("# declarations, edited\n")
    assert accelerate.fresh_build(tmp_path / "pkg2") is None


def test_a_build_of_the_current_sources_is_used(tmp_path):
    build = _fake_build(tmp_path / "pkg")
    assert accelerate.compiled_modules(tmp_path / "pkg") == ["alpha.py", "beta.py"]
    assert accelerate.fresh_build(tmp_path / "pkg") == build


@pytest.mark.parametrize(
    "spoil",
    [
        lambda pkg, build: (pkg / "alpha.py").write_text("# edited after the build\n"),
        lambda pkg, build: (pkg / "beta.py").unlink(),
        lambda pkg, build: next(build.glob("alpha.*")).unlink(),
        lambda pkg, build: (build / accelerate.MANIFEST).unlink(),
        lambda pkg, build: (build / accelerate.MANIFEST).write_text("{not json"),
        lambda pkg, build: (build / accelerate.MANIFEST).write_text("[]"),
        lambda pkg, build: (build / accelerate.MANIFEST).write_text(
            '{"ext_suffix": ".cpython-39.so", "modules": {}}'
        ),
    ],
    ids=[
        "source edited",
        "source removed",
        "module missing",
        "no manifest",
        "bad manifest",
        "odd manifest",
        "other abi",
    ],
)
def test_a_stale_or_broken_build_is_ignored(tmp_path, spoil):
    pkg = tmp_path / "pkg"
    build = _fake_build(pkg)
    spoil(pkg, build)
    assert accelerate.fresh_build(pkg) is None


def test_a_fresh_build_goes_first_on_the_package_path_unless_pure_python_is_asked_for(monkeypatch, tmp_path):
    build = _fake_build(tmp_path / "pkg")
    monkeypatch.setattr(accelerate, "fresh_build", lambda: build)
    path = ["/src"]
    monkeypatch.setenv("TRACKER_PURE_PYTHON", "1")
    assert accelerate.use_compiled_build(path) is False and path == ["/src"]
    monkeypatch.setenv("TRACKER_PURE_PYTHON", "0")
    assert accelerate.use_compiled_build(path) is True and path == [str(build), "/src"]


def test_pure_python_can_be_forced():
    code = "import tracker.extraction as e, tracker.extraction.pipeline as g; print(e.COMPILED, g.__file__)"
    env = {**os.environ, "TRACKER_PURE_PYTHON": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False", str(ROOT / "tracker" / "extraction" / "pipeline.py")]


def _documents():
    docs = []
    for lang in ("de", "en"):
        for path in sorted((CASES / lang).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            docs += [(text, lang), (text, None)]
    docs += [(p.read_text(encoding="utf-8"), None) for p in sorted(SEED.glob("*.txt"))]
    rng = random.Random(7)
    alphabet = '0123456789.,;:-–()„“"»« \nabcÄöüßKTMrdionPzt%$€'
    docs += [("".join(rng.choice(alphabet) for _ in range(2000)), None) for _ in range(5)]
    docs += [("", None), ("„unbalanced", "de"), ("9." * 5000, "en"), ("x" * 100_000, "de")]
    return docs


def test_the_compiled_engine_gives_exactly_the_pure_python_results():
    if not extraction.COMPILED:
        if REQUIRE_COMPILED:
            pytest.fail(
                "REQUIRE_COMPILED=1 but the compiled engine is not in use (make compile)", pytrace=False
            )
        pytest.skip("no compiled build (make compile)")
    import tracker.extraction.claims.finder as finder

    assert Path(finder.__file__).parents[1].name == accelerate.BUILD_DIR_NAME
    docs = _documents()
    env = {**os.environ, "TRACKER_PURE_PYTHON": "1"}
    proc = subprocess.run(
        [sys.executable, "-c", _PURE_RUNNER],
        cwd=ROOT,
        env=env,
        input=json.dumps(docs),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    pure = json.loads(proc.stdout)
    compiled = json.loads(json.dumps([extract(t, lang, "2025-08-22").to_dict() for t, lang in docs]))
    assert sum(len(r["claims"]) for r in compiled) > 1000
    for (text, lang), a, b in zip(docs, compiled, pure, strict=True):
        assert a == b, (lang, text[:200])


def _pxd_classes(pxd: Path) -> dict:
    """class name -> the fields a ``.pxd`` declares for it ("cdef public list a, b")."""
    classes, current = {}, None
    for line in pxd.read_text(encoding="utf-8").splitlines():
        if line.startswith("cdef class "):
            current = line[len("cdef class ") :].rstrip(":").strip()
            classes[current] = set()
        elif current and line.strip().startswith("cdef public "):
            # "cdef public TYPE a, b": the names after the type
            fields = line.strip()[len("cdef public ") :].split(None, 1)[1]
            classes[current] |= {f.strip() for f in fields.split(",")}
    return classes


def test_a_pxd_declares_each_extension_type_with_the_fields_of_its_slots():
    """The build makes the classes a .pxd names extension types: a slot the .py gains and the
    .pxd lacks would fail only in the compiled build, so both must list the same fields."""
    import importlib

    pxds = sorted(Path(accelerate.PACKAGE_DIR).rglob("*.pxd"))
    pxds = [p for p in pxds if accelerate.BUILD_DIR_NAME not in p.parts]
    assert any(p.name == "sentences.pxd" for p in pxds)
    for pxd in pxds:
        rel = pxd.relative_to(accelerate.PACKAGE_DIR).with_suffix("")
        module = importlib.import_module("tracker.extraction." + ".".join(rel.parts))
        for name, fields in _pxd_classes(pxd).items():
            assert fields == set(getattr(module, name).__slots__), (pxd, name)
