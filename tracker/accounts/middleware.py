"""htmx and the login redirect."""

from urllib.parse import quote, urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import resolve_url


class HtmxLoginRedirectMiddleware:
    """An htmx request whose session has ended gets HX-Redirect to the login page, back to the
    page it came from. (htmx follows a plain 302 itself and would put the login form into the
    element it swaps, e.g. a claim's table row.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.headers.get("HX-Request") != "true" or response.status_code != 302:
            return response
        login = resolve_url(settings.LOGIN_URL)
        if urlsplit(response["Location"]).path != login:
            return response
        page = urlsplit(request.headers.get("HX-Current-URL", ""))
        back = (page.path + (f"?{page.query}" if page.query else "")) if page.path else request.path
        redirected = HttpResponse()
        redirected["HX-Redirect"] = f"{login}?next={quote(back, safe='/')}"
        return redirected
