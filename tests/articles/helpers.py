"""Test helpers for ingest: a local HTTP server, and contract-shaped extraction results."""

import contextlib
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Route:
    """What the local server answers on one path."""

    def __init__(self, body=b"", status=200, content_type="text/html; charset=utf-8", headers=None, delay=0):
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.status = status
        self.content_type = content_type
        self.headers = headers or {}
        self.delay = delay
        self.hits = 0
        self.request_headers = []


class LocalServer:
    """An http.server on 127.0.0.1 in a thread; `routes` maps paths to Route objects."""

    def __init__(self):
        self.routes: dict[str, Route] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                route = server.routes.get(self.path.split("?")[0])
                if route is None:
                    self.send_response(404)
                    self.send_header("Content-Type", "text/plain")
                    self.end_headers()
                    self.wfile.write(b"not found")
                    return
                route.hits += 1
                route.request_headers.append(dict(self.headers))
                if route.delay:
                    time.sleep(route.delay)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.send_response(route.status)
                    if route.content_type:
                        self.send_header("Content-Type", route.content_type)
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    if route.status not in (301, 302, 304):
                        self.send_header("Content-Length", str(len(route.body)))
                    self.end_headers()
                    if route.status != 304:
                        self.wfile.write(route.body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def route(self, path: str, *args, **kwargs) -> Route:
        self.routes[path] = Route(*args, **kwargs)
        return self.routes[path]

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


def claim_dict(
    body: str, words: str, value, *, unit="soldier", kind="count", sources=(), occurrence=0, **extra
):
    """A contract claim on the `occurrence`-th occurrence of `words` in `body`."""
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(words, start + 1)
    end = start + len(words)
    sentence_start = body.rfind(".", 0, start) + 1
    sentence_end = body.find(".", end)
    sentence_end = len(body) if sentence_end < 0 else sentence_end + 1
    item = {
        "start": start,
        "end": end,
        "text": words,
        "kind": kind,
        "value": value,
        "value_high": None,
        "approximate": False,
        "bound": "exact",
        "unit": unit,
        "subject": "",
        "modality": "reported",
        "sources": [],
        "when": None,
        "sentence": {"start": sentence_start, "end": sentence_end},
    }
    for name, written, role in sources:
        s = body.index(written)
        item["sources"].append(
            {"name": name, "kind": "state_media", "start": s, "end": s + len(written), "text": written,
             "cue": "laut", "role": role}
        )  # fmt: skip
    item.update(extra)
    return item


def result_dict(claims, quotes=(), version="test-1", language="de"):
    return {
        "language": language,
        "extractor_version": version,
        "claims": list(claims),
        "quotes": list(quotes),
    }
