"""The tasks call the services, never the other way round: no import circle."""

import ast
from pathlib import Path

import tracker.articles.services as services_package

SERVICES = Path(services_package.__file__).parent


def imported_modules(path: Path) -> set[str]:
    """Every module a file imports, anywhere in it (function-level imports included)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against tracker.articles.services
                parts = ["tracker", "articles", "services"][: 4 - node.level]
                base = ".".join([*parts, base] if base else parts)
            names |= {base, *(f"{base}.{alias.name}" for alias in node.names)}
    return names


def test_no_service_module_imports_the_tasks():
    offenders = {
        path.name
        for path in SERVICES.glob("*.py")
        if any(name.startswith("tracker.articles.tasks") for name in imported_modules(path))
    }
    assert offenders == set()


def test_the_check_sees_every_way_of_importing():
    seen = imported_modules(Path(__file__).with_name("_layers_sample.py"))
    assert {"tracker.articles.tasks", "tracker.articles.tasks.extract_article"} <= seen


def test_the_services_queue_the_tasks_the_task_module_defines():
    from tracker.articles import tasks
    from tracker.articles.services.queue import task

    # (the module's names are Celery's proxies of the registered tasks)
    assert task("extract_articles") is tasks.extract_articles._get_current_object()
    assert task("fetch_article") is tasks.fetch_article._get_current_object()
