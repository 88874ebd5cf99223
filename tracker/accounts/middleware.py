"""htmx and the login redirect."""

from urllib.parse import quote, urlsplit

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render, resolve_url
from django.urls import Resolver404, resolve


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


class RequestTooLargeMiddleware:
    """A request body over the limit gets the friendly "too large" message, before anything
    reads it: Django's RequestDataTooBig page (or the API reading 11 MB) never happens.

    Pages that add articles show their form again with the message; the API answers 400 with
    `detail`; any other page a short 413 page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        size = _declared_length(request)
        if size is None:
            return self.get_response(request)
        if size <= _limit(request) and not _form_fields_too_large(request):
            return self.get_response(request)
        message = too_large_message(size)
        if request.path_info.startswith("/api/"):
            return JsonResponse({"detail": message}, status=400)
        try:
            match = resolve(request.path_info)
        except Resolver404:
            match = None
        if match is not None and request.user.is_authenticated:
            from tracker.articles.views_ingest import too_large_page

            page = too_large_page(request, match.view_name, message)
            if page is not None:
                return page
        return render(request, "413.html", {"message": message}, status=413)


def too_large_message(size: int) -> str:
    """The upload's own words (tracker.articles.services.check_size) for a body too large."""
    from tracker.articles.services.submit import too_large_text

    return too_large_text(size, settings.ARTICLE_MAX_BYTES)


def _limit(request) -> int:
    """Forms and JSON: DATA_UPLOAD_MAX_MEMORY_SIZE. File uploads (multipart) may be larger
    (a PDF's file is larger than its text): UPLOAD_MAX_REQUEST_BYTES."""
    multipart = request.META.get("CONTENT_TYPE", "").startswith("multipart/")
    if multipart and not request.path_info.startswith("/api/"):  # the API takes no files
        return max(settings.UPLOAD_MAX_REQUEST_BYTES, settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def _form_fields_too_large(request) -> bool:
    """A file-upload form whose text fields alone pass DATA_UPLOAD_MAX_MEMORY_SIZE (a huge
    text pasted into a form sent as multipart): parsed here, where the CSRF check would have
    parsed it anyway, so that the error becomes our message and not Django's 400 page."""
    if not request.META.get("CONTENT_TYPE", "").startswith("multipart/"):
        return False
    try:
        request.POST  # noqa: B018 - parses the form once; views read the parsed copy
    except RequestDataTooBig:
        return True
    return False


def _declared_length(request) -> int | None:
    if request.method not in ("POST", "PUT", "PATCH"):
        return None
    raw = request.META.get("CONTENT_LENGTH") or ""
    return int(raw) if raw.isdigit() else None
