from django.urls import path

from . import feeds, views

app_name = "follows"

urlpatterns = [
    path("", views.notification_list_view, name="notifications"),
    path("count/", views.notification_count_view, name="count"),
    path("webhooks/", views.webhook_list_view, name="webhooks"),
    path("figures/<int:pk>/follow/", views.follow_figure_view, name="follow_figure"),
    path("figures/<int:pk>/feed/", feeds.FigureFeed(), name="figure_feed"),
    path("sources/<int:pk>/follow/", views.follow_source_view, name="follow_source"),
]
