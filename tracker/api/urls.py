from django.urls import path

from . import views

app_name = "api"

urlpatterns = [
    path("articles/", views.ArticleListCreate.as_view(), name="articles"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article"),
    path("claims/", views.ClaimList.as_view(), name="claims"),
    path("token/", views.TokenObtain.as_view(), name="token"),
    path("quotes/", views.QuoteList.as_view(), name="quotes"),
]
