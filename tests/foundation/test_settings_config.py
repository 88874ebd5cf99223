"""Settings come from the environment; bad values stop the app with a plain message."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from tracker.config import database_from_url, env_bool, env_int, env_list

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    base = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True
    )


def test_no_database_url_means_a_sqlite_file():
    config = database_from_url("sqlite:////tmp/tracker.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"
    assert config["NAME"] == "/tmp/tracker.sqlite3"


def test_postgres_url_is_parsed():
    config = database_from_url("postgres://reporter:secret@db.example:5433/news")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["USER"], config["HOST"], config["PORT"], config["NAME"]) == (
        "reporter",
        "db.example",
        5433,
        "news",
    )


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u:p@h/db", "unsupported scheme"),
        ("not a url", "unsupported scheme"),
        ("postgres://u@h:port/db", "could not be read"),
        ("postgres://u@h:5432", "names no database"),
    ],
)
def test_bad_database_url_is_refused_with_a_clear_message(url, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        database_from_url(url)


def test_yes_no_values_are_read_strictly():
    assert env_bool({"X": "Yes"}, "X", False) is True
    assert env_bool({"X": "0"}, "X", True) is False
    assert env_bool({}, "X", True) is True
    with pytest.raises(ImproperlyConfigured, match="not a yes/no value"):
        env_bool({"X": "maybe"}, "X", True)


def test_numbers_and_lists_are_read():
    assert env_int({"N": "42"}, "N", 1) == 42
    assert env_int({}, "N", 7) == 7
    with pytest.raises(ImproperlyConfigured, match="not a whole number"):
        env_int({"N": "many"}, "N", 1)
    assert env_list({"H": "a.example, b.example,"}, "H", []) == ["a.example", "b.example"]


def test_manage_py_reports_a_bad_database_url_in_one_line():
    result = run_manage("check", DATABASE_URL="mysql://u:p@h/db")
    assert result.returncode != 0
    assert result.stderr.strip().startswith("Configuration error: DATABASE_URL has an unsupported scheme")
    assert "Traceback" not in result.stderr


def test_production_requires_a_secret_key():
    result = run_manage("check", DEBUG="0", ALLOWED_HOSTS="news.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DEBUG="0",
        SECRET_KEY="x7!kq2-production-like-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="news.example.org",
        DATABASE_URL="sqlite:////tmp/deploy-check.sqlite3",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_models_and_migrations_agree():
    result = run_manage("makemigrations", "--check", "--dry-run")
    assert result.returncode == 0, result.stdout + result.stderr
