"""Log-in throttling (django-axes): how long a locked-out user waits, and the page that says so.

After settings.AXES_FAILURE_LIMIT failures for one username from one address, every attempt is
refused, even with the right password. The first lockout lasts a minute; every further 5 failed
attempts of that username from that address within a day (attempts during a lockout count, and
restart it) double the wait, up to a day.

>>> wait_in_words(dt.timedelta(seconds=90))
'2 minutes'
>>> wait_in_words(dt.timedelta(hours=4))
'4 hours'
"""

from __future__ import annotations

import datetime as dt
import math

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

FIRST_WAIT = dt.timedelta(minutes=1)
LONGEST_WAIT = dt.timedelta(days=1)
MEMORY = dt.timedelta(days=1)


def cool_off(request=None) -> dt.timedelta:
    """The lockout's length for this request's username and address: doubles per earlier lockout."""
    if request is None:
        return FIRST_WAIT
    from axes.models import AccessFailureLog

    username = _username(request)
    address = getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR")
    failures = AccessFailureLog.objects.filter(
        username=username, ip_address=address, attempt_time__gte=timezone.now() - MEMORY
    ).count()
    lockouts_before = max(0, failures - 1) // max(1, settings.AXES_FAILURE_LIMIT)
    wait = FIRST_WAIT * 2 ** min(lockouts_before, 12)
    return min(wait, LONGEST_WAIT)


def wait_in_words(wait: dt.timedelta) -> str:
    """A wait rounded up to what a person reads: seconds, minutes, hours."""
    seconds = max(1, math.ceil(wait.total_seconds()))
    if seconds < 60:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours = math.ceil(minutes / 60)
    return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}


def remaining_wait(request) -> dt.timedelta:
    """How long until this username and address may try again (the whole wait if unknown)."""
    from axes.models import AccessAttempt

    wait = cool_off(request)
    attempt = (
        AccessAttempt.objects.filter(
            username=_username(request),
            ip_address=getattr(request, "axes_ip_address", None) or request.META.get("REMOTE_ADDR"),
        )
        .order_by("-attempt_time")
        .first()
    )
    if attempt is None:
        return wait
    return max(attempt.attempt_time + wait - timezone.now(), dt.timedelta(seconds=1))


def lockout_message(request) -> str:
    return _("Too many failed log-ins for this account from your address. Try again in %(wait)s.") % {
        "wait": wait_in_words(remaining_wait(request))
    }


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out attempt: the log-in page (or JSON for the API), 429."""
    message = lockout_message(request)
    seconds = math.ceil(remaining_wait(request).total_seconds())
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": message}, status=429)
    else:
        response = render(request, "registration/login.html", {"lockout": message}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def _username(request) -> str | None:
    credentials = getattr(request, "axes_credentials", None) or {}
    name = credentials.get("username")
    if name is None and request.method == "POST":
        name = request.POST.get("username")
    return name
