from django.urls import path

from . import views_ingest

urlpatterns = [
    path("add/", views_ingest.article_add, name="add"),
    path("add/upload/", views_ingest.article_upload, name="upload"),
    path("add/url/", views_ingest.article_add_url, name="add_url"),
    path("<int:pk>/reextract/", views_ingest.article_reextract, name="reextract"),
    path("<int:pk>/archive/", views_ingest.article_archive, name="archive"),
    path("<int:pk>/restore/", views_ingest.article_restore, name="restore"),
    path("<int:pk>/retry/", views_ingest.article_retry, name="retry"),
    path("feeds/", views_ingest.feed_list_view, name="feeds"),
    path("feeds/<int:pk>/toggle/", views_ingest.feed_toggle, name="feed_toggle"),
    path("feeds/<int:pk>/delete/", views_ingest.feed_delete, name="feed_delete"),
]
