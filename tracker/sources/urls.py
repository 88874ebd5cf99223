from django.urls import path

from . import views

app_name = "sources"

urlpatterns = [
    path("", views.source_list, name="list"),
    path("suggest/", views.source_suggest, name="suggest"),
    path("<int:pk>/", views.source_detail, name="detail"),
    path("<int:pk>/merge/", views.source_merge_view, name="merge"),
]
