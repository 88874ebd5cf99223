"""The one rule for URLs we store and link: http or https, with a host. Pure; no database.

Every way in (form, API, upload, bulk file, feed entry, fetch) stores a URL only if
`link_problem` finds nothing wrong with it, and templates link only URLs that pass it too, so a
`javascript:`, `data:` or `vbscript:` address can never become a clickable link.

>>> link_problem("https://example.org/a") is None
True
>>> link_problem("JavaScript:alert(1)")
'Only http:// and https:// addresses are kept, not “javascript:”'
>>> link_problem("https:///no-host")
'The address has no host name'
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from django.utils.translation import gettext

ALLOWED_SCHEMES = frozenset({"http", "https"})
# Browsers ignore tabs, newlines and leading control characters or spaces in a URL's scheme
# ("java\tscript:" runs), so they are removed before the scheme is read.
_IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def link_problem(url: str | None) -> str | None:
    """Why this URL may not be stored or linked (a sentence), or None when it may."""
    if not url:
        return gettext("The address is empty")
    if not isinstance(url, str):
        return gettext("The address is not text")
    squeezed = _IGNORED_BY_BROWSERS.sub("", url)
    scheme = _SCHEME.match(squeezed)
    if scheme is None:
        return gettext("The address is not absolute (it needs http:// or https://)")
    name = scheme.group(1).lower()
    if name not in ALLOWED_SCHEMES:
        return gettext("Only http:// and https:// addresses are kept, not “%(scheme)s:”") % {
            "scheme": name[:20]
        }
    if squeezed != url.strip():
        return gettext("The address contains spaces or control characters")
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return gettext("The address has an invalid host name")
    if not host:
        return gettext("The address has no host name")
    return None


def is_safe_link(url: str | None) -> bool:
    """True when the URL may be stored and linked.

    >>> is_safe_link("data:text/html,<script>alert(1)</script>")
    False
    """
    return link_problem(url) is None
