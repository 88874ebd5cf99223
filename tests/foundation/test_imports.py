"""Every module of the project imports: a package missing from the lock fails here, by name.

(A lock without lxml's HTML cleaning once left `import trafilatura` broken, and with it HTML
uploads, URL fetches and feeds, while every test that mocked them stayed green.)
"""

import importlib
import pkgutil
from pathlib import Path

import pytest

import tracker

ROOT = Path(tracker.__file__).resolve().parent
# the compiled engine's build output, not source: accelerate.py decides whether it is used
SKIP = ("tracker.extraction._compiled",)


def _modules():
    names = []
    for info in pkgutil.walk_packages([str(ROOT)], prefix="tracker."):
        if not info.name.startswith(SKIP) and not info.name.endswith(".__main__"):
            names.append(info.name)
    return sorted(names)


MODULES = _modules()


def test_the_walk_finds_the_apps_and_their_commands():
    assert len(MODULES) > 80
    for name in (
        "tracker.articles.management.commands.ingest",
        "tracker.articles.tasks",
        "tracker.extraction.pipeline",
        "tracker.extraction.claims.finder",
        "tracker.evaluation.scoring",
        "tracker.celery",
    ):
        assert name in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name):
    importlib.import_module(name)


def test_trafilatura_can_clean_html():
    import trafilatura

    html = "<html><body><article><p>" + "Laut Polizei wurden 1.200 Menschen evakuiert. " * 8
    html += "</p></article><script>alert(1)</script></body></html>"
    text = trafilatura.extract(html)
    assert text and "1.200 Menschen" in text and "alert" not in text


def test_the_command_line_entry_points_compile_and_their_imports_resolve():
    """`python -m ...` modules run when imported, so they are compiled and their imports checked."""
    import ast
    import importlib.util

    mains = sorted(ROOT.rglob("__main__.py"))
    assert mains
    for path in mains:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                assert importlib.util.find_spec(node.module), f"{path}: {node.module}"
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    assert importlib.util.find_spec(alias.name), f"{path}: {alias.name}"


def test_the_sources_app_reads_no_claim_views():
    """claims.views imports sources' selectors; sources takes the claims' shared rows from
    tracker.claims.rows, so the two apps' view layers never import each other in a circle."""
    import ast

    for path in (ROOT / "sources").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            assert not any(name.startswith("tracker.claims.views") for name in names), path
