"""Fetching a page or a feed over HTTP with every limit on: time, size, type, redirects.

>>> fetch("ftp://example.org/x", timeout=1, max_bytes=10)
Traceback (most recent call last):
...
tracker.articles.fetch.FetchError: Only http:// and https:// addresses can be fetched.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx
from django.utils.translation import gettext

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


def check_url(url: str, *, allow_private: bool | None = None) -> str:
    """The URL stripped, if it is an absolute http(s) address; else FetchError.

    A host written as a private or local IP address (or "localhost") is refused here already,
    without a DNS lookup; `check_address` resolves names when the page is fetched.
    """
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise FetchError(gettext("Only http:// and https:// addresses can be fetched."))
    try:
        host = parts.hostname
    except ValueError as exc:  # e.g. an unclosed [IPv6 bracket
        raise FetchError(gettext("The address has an invalid host name.")) from exc
    if not host:
        raise FetchError(gettext("The address has no host name."))
    if not _private_allowed(allow_private):
        literal = _ip_or_none(host)
        if host.rstrip(".").lower() == "localhost" or host.lower().endswith(".localhost"):
            raise FetchError(_private_message(url, host))
        if literal is not None and not is_public_address(literal):
            raise FetchError(_private_message(url, literal))
    return url


def check_address(url: str, *, allow_private: bool | None = None) -> None:
    """Resolve the URL's host and refuse it if any of its addresses is not a public one.

    Private, loopback, link-local (169.254.169.254: cloud metadata), multicast, reserved and
    unspecified addresses are refused unless settings.FETCH_ALLOW_PRIVATE is true, so that
    nobody can make the server fetch its own network for them (SSRF).
    """
    if _private_allowed(allow_private):
        return
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError(gettext("The host name “%(host)s” could not be resolved.") % {"host": host}) from exc
    for info in infos:
        address = _ip_or_none(str(info[4][0]))
        if address is None or not is_public_address(address):
            raise FetchError(_private_message(url, address or info[4][0]))


def is_public_address(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """False for private, loopback, link-local, multicast, reserved and unspecified addresses.

    >>> is_public_address(ipaddress.ip_address("169.254.169.254"))
    False
    >>> is_public_address(ipaddress.ip_address("93.184.215.14"))
    True
    """
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or not address.is_global
    )


def _ip_or_none(text: str):
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])  # drop an IPv6 zone (fe80::1%eth0)
    except ValueError:
        return None


def _private_allowed(allow_private: bool | None) -> bool:
    if allow_private is not None:
        return allow_private
    from django.conf import settings

    return bool(getattr(settings, "FETCH_ALLOW_PRIVATE", False))


def _private_message(url: str, address) -> str:
    return (
        f"The address {url} points to a private or local address ({address}); such addresses are not fetched."
    )


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
    allow_private = _private_allowed(None)
    url = check_url(url, allow_private=allow_private)
    deadline = time.monotonic() + timeout * 3  # the timeout is per read; this caps the whole
    request_headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    request_headers.update(headers or {})
    try:
        with httpx.Client(
            follow_redirects=False,  # followed below, each hop checked like the first address
            timeout=httpx.Timeout(timeout),
            headers=request_headers,
        ) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                check_address(url, allow_private=allow_private)
                with client.stream("GET", url) as response:
                    if not allow_private:
                        _check_peer(url, response)
                    if response.is_redirect and response.headers.get("location"):
                        url = urljoin(str(response.url), response.headers["location"])
                        if urlsplit(url).scheme not in {"http", "https"}:
                            raise FetchError(
                                gettext("The address redirects to something other than http(s).")
                            )
                        url = check_url(url, allow_private=allow_private)
                        continue
                    return _read(response, accept, max_bytes, deadline, timeout)
            raise FetchError(f"The address redirects more than {MAX_REDIRECTS} times.")
    except httpx.TimeoutException as exc:
        raise FetchError(f"The server did not answer within {timeout:g} s.") from exc
    except httpx.UnsupportedProtocol as exc:
        raise FetchError(gettext("The address redirects to something other than http(s).")) from exc
    except httpx.InvalidURL as exc:
        # httpx builds the next request of a redirect (e.g. to "javascript:alert(1)") before we
        # look at it, and its InvalidURL is no HTTPError.
        raise FetchError(
            gettext("The address redirects to something other than http(s), or is invalid.")
        ) from exc
    except httpx.HTTPError as exc:
        raise FetchError(f"The page could not be fetched: {exc}.") from exc


def _check_peer(url: str, response: httpx.Response) -> None:
    """Re-check the address actually connected to: DNS may answer differently the second time."""
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    address = _ip_or_none(str(peer[0])) if peer else None
    if address is not None and not is_public_address(address):
        raise FetchError(_private_message(url, address))


def _read(response: httpx.Response, accept, max_bytes: int, deadline: float, timeout: float) -> Fetched:
    if response.status_code == 304:
        return Fetched(str(response.url), 304, "", None, b"", dict(response.headers))
    if response.status_code >= 400:
        reason = response.reason_phrase or "error"
        raise FetchError(f"The server answered {response.status_code} {reason}.")
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";")[0].strip().lower()
    if media_type and media_type not in accept:
        raise FetchError(
            f"The address returned {media_type}, not a web page or text (accepted: {', '.join(accept)})."
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


def _too_large(max_bytes: int) -> str:
    return f"The page is larger than the limit of {max_bytes // 1024:,} KB."
