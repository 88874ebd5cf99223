from django.urls import path

from . import views

app_name = "claims"

urlpatterns = [
    path("", views.claim_list, name="list"),
    path("export/", views.claim_export, name="export"),
    path("quotes/", views.quote_list, name="quotes"),
    path("quotes/export/", views.quote_export, name="quote_export"),
    path("value/", views.value_preview, name="value_preview"),
    path("review/", views.review_queue_view, name="review"),
    path("bulk/", views.claim_bulk_view, name="bulk"),
    path("<int:pk>/", views.claim_detail, name="detail"),
    path("<int:pk>/approve/", views.claim_approve_view, name="approve"),
    path("<int:pk>/flag/", views.claim_flag_view, name="flag"),
    path("<int:pk>/reject/", views.claim_reject_view, name="reject"),
    path("<int:pk>/correct/", views.claim_correct_view, name="correct"),
    path("add/<int:pk>/", views.claim_add_view, name="add"),
    path("figures/", views.figure_list_view, name="figures"),
    path("figures/assign/", views.figure_assign_view, name="figure_assign"),
    path("figures/<int:pk>/", views.figure_detail_view, name="figure"),
    path("figures/<int:pk>/edit/", views.figure_edit_view, name="figure_edit"),
    path("<int:pk>/figure/new/", views.figure_from_claim_view, name="figure_from_claim"),
    path("suggestions/<int:pk>/accept/", views.suggestion_accept_view, name="suggestion_accept"),
    path("suggestions/<int:pk>/dismiss/", views.suggestion_dismiss_view, name="suggestion_dismiss"),
]
