"""Reading settings from the environment, with clear errors for bad values.

Kept free of Django settings state so it can be tested on its own:

>>> database_from_url("sqlite:///tmp/x.sqlite3")["ENGINE"]
'django.db.backends.sqlite3'
"""

from __future__ import annotations

from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
SUPPORTED_SCHEMES = {"postgres", "postgresql", "pgsql", "sqlite"}


def env_bool(environ: dict, name: str, default: bool) -> bool:
    """'1/true/yes/on' or '0/false/no/off' (any case); anything else is an error."""
    raw = environ.get(name)
    if raw is None:
        return default
    word = raw.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a yes/no value: use 1/0, true/false, yes/no or on/off."
    )


def env_int(environ: dict, name: str, default: int) -> int:
    raw = environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None


def env_list(environ: dict, name: str, default: list[str]) -> list[str]:
    raw = environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_from_url(url: str, *, conn_max_age: int = 60) -> dict:
    """Turn DATABASE_URL into Django's DATABASES['default'], refusing what we cannot use."""
    scheme = urlsplit(url).scheme.lower()
    if scheme not in SUPPORTED_SCHEMES:
        raise ImproperlyConfigured(
            f"DATABASE_URL has an unsupported scheme {scheme!r}: use "
            "postgres://USER:PASSWORD@HOST:PORT/NAME or sqlite:///PATH."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=conn_max_age)
    except Exception as exc:  # dj-database-url raises several kinds of errors
        raise ImproperlyConfigured(f"DATABASE_URL could not be read: {exc}") from None
    if scheme != "sqlite" and not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL names no database: add /NAME at the end.")
    if scheme != "sqlite":
        try:
            urlsplit(url).port  # noqa: B018 - raises on a port that is not a number
        except ValueError:
            raise ImproperlyConfigured("DATABASE_URL has a port that is not a number.") from None
    return config
