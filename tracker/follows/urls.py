from django.urls import path

from . import feeds, views

app_name = "follows"

urlpatterns = [
    path("", views.notification_list_view, name="notifications"),
    path("count/", views.notification_count_view, name="count"),
    path("webhooks/", views.webhook_list_view, name="webhooks"),
    path("feed/", views.feed_token_view, name="feed_token"),
    path("feed/<str:key>/", feeds.FollowedFeed(), name="followed_feed"),
    path("feed/<str:key>/figures/<int:pk>/", feeds.FollowedFigureFeed(), name="followed_figure_feed"),
    path("feed/<str:key>/sources/<int:pk>/", feeds.FollowedSourceFeed(), name="followed_source_feed"),
    path("figures/<int:pk>/follow/", views.follow_figure_view, name="follow_figure"),
    path("figures/<int:pk>/feed/", feeds.FigureFeed(), name="figure_feed"),
    path("sources/<int:pk>/follow/", views.follow_source_view, name="follow_source"),
]
