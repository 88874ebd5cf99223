from django.urls import path

from . import views, views_manage

app_name = "sources"

urlpatterns = [
    path("", views.source_list, name="list"),
    path("suggest/", views.source_suggest, name="suggest"),
    path("<int:pk>/", views.source_detail, name="detail"),
    path("<int:pk>/merge/", views.source_merge_view, name="merge"),
    path("unverified/", views_manage.source_unverified, name="unverified"),
    path("<int:pk>/edit/", views_manage.source_edit, name="edit"),
    path("<int:pk>/verify/", views_manage.source_verify, name="verify"),
    path("<int:pk>/delete/", views_manage.source_delete_view, name="delete"),
    path("<int:pk>/aliases/", views_manage.source_alias_add_view, name="alias_add"),
    path(
        "<int:pk>/aliases/<int:alias_pk>/remove/", views_manage.source_alias_remove_view, name="alias_remove"
    ),
]
