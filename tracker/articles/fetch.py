"""Fetching a page or a feed over HTTP with every limit on: time, size, type, redirects.

>>> fetch("ftp://example.org/x", timeout=1, max_bytes=10)
Traceback (most recent call last):
...
tracker.articles.fetch.FetchError: Only http:// and https:// addresses can be fetched.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/rdf+xml",
    "application/feed+json",
    "text/html",  # some servers label feeds wrongly; feedparser decides
    "text/plain",
)
USER_AGENT = "FactTracker/1.0 (newsroom fact tracker)"


class FetchError(Exception):
    """A fetch failed; the message is meant for the person who asked for it."""


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    content_type: str
    charset: str | None
    content: bytes
    headers: dict


def check_url(url: str) -> str:
    """The URL stripped, if it is an absolute http(s) address; else FetchError."""
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError("Only http:// and https:// addresses can be fetched.")
    if not parts.hostname:
        raise FetchError("The address has no host name.")
    return url


def fetch(
    url: str,
    *,
    timeout: float,
    max_bytes: int,
    accept: tuple[str, ...] = PAGE_TYPES,
    headers: dict | None = None,
) -> Fetched:
    """GET `url`; raise FetchError with a readable message on any failure or limit.

    A 304 (not modified, for feeds with ETag) is returned as is, with empty content.
    """
    url = check_url(url)
    deadline = time.monotonic() + timeout * 3  # the timeout is per read; this caps the whole
    request_headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    request_headers.update(headers or {})
    try:
        with (
            httpx.Client(
                follow_redirects=True,
                max_redirects=MAX_REDIRECTS,
                timeout=httpx.Timeout(timeout),
                headers=request_headers,
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code == 304:
                return Fetched(str(response.url), 304, "", None, b"", dict(response.headers))
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise FetchError(f"The server answered {response.status_code} {reason}.")
            content_type = response.headers.get("content-type", "")
            media_type = content_type.split(";")[0].strip().lower()
            if media_type and media_type not in accept:
                raise FetchError(
                    f"The address returned {media_type}, not a web page or text "
                    f"(accepted: {', '.join(accept)})."
                )
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(_too_large(max_bytes))
            chunks, size = [], 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(_too_large(max_bytes))
                if time.monotonic() > deadline:
                    raise FetchError(f"The server took longer than {timeout * 3:g} s to send the page.")
                chunks.append(chunk)
            return Fetched(
                url=str(response.url),
                status=response.status_code,
                content_type=media_type,
                charset=response.charset_encoding,
                content=b"".join(chunks),
                headers=dict(response.headers),
            )
    except httpx.TooManyRedirects as exc:
        raise FetchError(f"The address redirects more than {MAX_REDIRECTS} times.") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(f"The server did not answer within {timeout:g} s.") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError("The address redirects to something other than http(s).") from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"The page could not be fetched: {exc}.") from exc


def _too_large(max_bytes: int) -> str:
    return f"The page is larger than the limit of {max_bytes // 1024:,} KB."
