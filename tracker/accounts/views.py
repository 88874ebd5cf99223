from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from .access import is_editor
from .health import broker_check, database_check


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
