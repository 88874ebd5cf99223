from django.urls import path

from . import views

app_name = "work"

urlpatterns = [
    path("claims/<int:pk>/assign/", views.claim_assign_view, name="assign_claim"),
    path("claims/<int:pk>/comments/", views.comment_add_view, name="comment"),
    path("articles/<int:pk>/assign/", views.article_assign_view, name="assign_article"),
]
