from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from .access import is_editor
from .health import broker_check, database_check
from .language import save_choice, supported


@require_GET
def home(request):
    """Editors start at the review queue, everyone else at the claims."""
    return redirect("claims:review" if is_editor(request.user) else "claims:list")


@login_not_required
@require_GET
def healthz(request):
    """For load balancers and docker compose: 200 when the database and the broker answer, else
    503 naming which is down. The error text only for staff: anyone may call this."""
    checks = {"database": database_check(), "broker": broker_check()}
    body = {"ok": all(check.ok for check in checks.values())}
    body.update({name: check.state for name, check in checks.items()})
    if request.user.is_staff:
        body["errors"] = {name: check.error for name, check in checks.items() if check.error}
    return JsonResponse(body, status=200 if body["ok"] else 503)


class LogoutView(auth_views.LogoutView):
    """Logging out is a POST; opening /logout/ (a bookmark, a typed address) offers the button
    instead of an empty 405 page."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")


@login_not_required
@require_POST
def set_language(request):
    """The header's language switch: stores the choice on the user's profile (and in a
    cookie for the log-in page) and goes back to the page it came from. An unknown language
    (or '') means: follow the browser again."""
    language = supported(request.POST.get("language"))
    save_choice(request, language)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, require_https=request.is_secure()):
        back = reverse("home")
    response = HttpResponseRedirect(back)
    if language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
        )
    else:
        response.delete_cookie(settings.LANGUAGE_COOKIE_NAME)
    return response
