"""The security suite replays the hostile inputs of issue #17 and asserts the safe outcome."""

import pytest


@pytest.fixture(autouse=True)
def fresh_source_cache():
    """Source ids cached by a previous test point into a rolled-back database."""
    from tracker.claims.storage import SourceResolver

    SourceResolver.clear_cache()
    yield
    SourceResolver.clear_cache()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run transaction.on_commit callbacks (queued tasks) when the block ends, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def flood_text(size: int = 577_000) -> str:
    """The probe's paste: "1,1 2,2 3,3 …" up to `size` characters."""
    parts, length, number = [], 0, 1
    while length < size:
        part = f"{number},{number} "
        parts.append(part)
        length += len(part)
        number += 1
    return "".join(parts)[:size].rstrip()


@pytest.fixture
def server(settings):
    """A local HTTP server on 127.0.0.1; fetching it needs private addresses allowed."""
    from tests.articles.helpers import LocalServer

    settings.FETCH_ALLOW_PRIVATE = True
    httpd = LocalServer()
    yield httpd
    httpd.close()


# Every scheme that runs script when clicked, and the spellings browsers still read as one.
HOSTILE_URLS = [
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "javascript://example.org/%0aalert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]
