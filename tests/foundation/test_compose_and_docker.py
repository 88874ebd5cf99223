"""docker-compose.yml and the Dockerfile name only commands and modules that exist."""

import importlib
import shlex
from pathlib import Path

import pytest
import yaml
from django.core.management import get_commands
from django.urls import resolve

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = [name for name, svc in SERVICES.items() if "build" in svc]


def words(command):
    return shlex.split(command) if isinstance(command, str) else list(command)


def check_command(argv):
    """Each kind of command we run must point at something real in the project."""
    if argv[:2] == ["sh", "-c"]:
        for part in argv[2].split("&&"):
            check_command(shlex.split(part))
        return
    program = argv[0]
    if program == "gunicorn":
        module, _, attribute = argv[1].partition(":")
        assert hasattr(importlib.import_module(module), attribute), argv
    elif program == "celery":
        assert argv[1] == "-A"
        app = importlib.import_module(f"{argv[2]}.celery").app
        assert argv[3] in {"worker", "beat"}
        if argv[3] == "worker":
            queues = set(argv[argv.index("-Q") + 1].split(","))
            routed = {route["queue"] for route in app.conf.task_routes.values()}
            assert routed <= queues, f"tasks routed to queues no worker reads: {routed - queues}"
    elif program == "python" and argv[1] == "manage.py":
        assert argv[2] in get_commands(), f"no management command {argv[2]!r}"
    else:
        pytest.fail(f"unexpected command {argv}")


def test_the_stack_has_its_services():
    assert {"postgres", "redis", "web", "worker", "beat"} <= set(SERVICES)


@pytest.mark.parametrize("name", APP_SERVICES)
def test_every_app_service_runs_a_real_command(name):
    check_command(words(SERVICES[name]["command"]))


def test_every_service_but_beat_and_migrate_has_a_health_check():
    for name, service in SERVICES.items():
        if name not in {"beat", "migrate"}:
            assert "healthcheck" in service, name


def test_the_web_health_check_url_exists():
    assert resolve("/healthz").url_name == "healthz"


def test_data_lives_in_volumes():
    assert set(COMPOSE["volumes"]) == {"postgres-data", "redis-data"}


def test_the_dockerfile_command_is_real():
    cmd_line = next(line for line in (ROOT / "Dockerfile").read_text().splitlines() if line.startswith("CMD"))
    check_command(yaml.safe_load(cmd_line[len("CMD") :]))


def test_beat_schedule_names_real_tasks():
    from tracker.celery import app

    app.loader.import_default_modules()
    for entry in app.conf.beat_schedule.values():
        assert entry["task"] in app.tasks, entry["task"]


# --- no published secrets (issue #17) --------------------------------------------------------


def test_compose_has_no_default_secret_key():
    environment = COMPOSE["x-app"]["environment"]
    assert environment["SECRET_KEY"].startswith("${SECRET_KEY:?"), environment["SECRET_KEY"]


def test_compose_reads_the_database_password_from_the_environment():
    services = COMPOSE["services"]
    assert services["postgres"]["environment"]["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    assert "${POSTGRES_PASSWORD" in COMPOSE["x-app"]["environment"]["DATABASE_URL"]


def test_compose_does_not_load_the_demo():
    assert "loaddemo" not in " ".join(COMPOSE["services"]["migrate"]["command"])


def test_env_example_names_every_variable_compose_requires():
    import re

    required = set(re.findall(r"\$\{(\w+):\?", (ROOT / "docker-compose.yml").read_text()))
    example = (ROOT / ".env.example").read_text()
    named = {
        line.split("=", 1)[0] for line in example.splitlines() if "=" in line and not line.startswith("#")
    }
    assert required and required <= named
