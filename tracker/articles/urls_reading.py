from django.urls import path

from . import views_reading

urlpatterns = [
    path("", views_reading.article_list, name="list"),
    path("<int:pk>/", views_reading.article_detail, name="detail"),
    path("<int:pk>/status/", views_reading.article_status, name="status"),
    path("batch/<str:key>/", views_reading.article_batch, name="batch"),
]
