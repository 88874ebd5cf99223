from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from tracker.accounts import views as account_views

urlpatterns = [
    path("", account_views.home, name="home"),
    path("healthz", account_views.healthz, name="healthz"),
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", account_views.LogoutView.as_view(), name="logout"),
    path("language/", account_views.set_language, name="set_language"),
    path("articles/", include("tracker.articles.urls")),
    path("claims/", include("tracker.claims.urls")),
    path("sources/", include("tracker.sources.urls")),
    path("api/", include("tracker.api.urls")),
    path("notifications/", include("tracker.follows.urls")),
    path("work/", include("tracker.work.urls")),
    path("admin/", admin.site.urls),
]
