from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET

from .access import is_editor


@require_GET
def home(request):
    """Editors start at the review queue, everyone else at the claims."""
    return redirect("claims:review" if is_editor(request.user) else "claims:list")


@login_not_required
@require_GET
def healthz(request):
    """For load balancers and docker compose: the app answers and the database is reachable."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as exc:  # any database error means unhealthy
        return JsonResponse({"ok": False, "database": str(exc)[:200]}, status=503)
    return HttpResponse("ok", content_type="text/plain")


class LogoutView(auth_views.LogoutView):
    """Logging out is a POST; opening /logout/ (a bookmark, a typed address) offers the button
    instead of an empty 405 page."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return render(request, "registration/logout_confirm.html")
