from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import figures, views

app_name = "api"

urlpatterns = [
    path("articles/", views.ArticleListCreate.as_view(), name="articles"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article"),
    path("claims/", views.ClaimList.as_view(), name="claims"),
    path("token/", views.TokenObtain.as_view(), name="token"),
    path("quotes/", views.QuoteList.as_view(), name="quotes"),
    path("claims/<int:pk>/claimreview/", figures.ClaimReviewDetail.as_view(), name="claimreview"),
    path("figures/", figures.FigureList.as_view(), name="figures"),
    path("figures/<int:pk>/", figures.FigureDetail.as_view(), name="figure"),
    path("sources/", figures.SourceList.as_view(), name="sources"),
    path("sources/<int:pk>/", figures.SourceDetail.as_view(), name="source"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("schema/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]
