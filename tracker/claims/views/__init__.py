"""Claim pages: lists and export, the claim page, the review queue and the review actions."""

from .detail import claim_detail
from .figures import figure_assign_view, figure_detail_view, figure_edit_view, figure_list_view
from .lists import claim_export, claim_list
from .quotes import quote_export, quote_list
from .review import (
    claim_add_view,
    claim_approve_view,
    claim_bulk_view,
    claim_correct_view,
    claim_flag_view,
    claim_reject_view,
    review_queue_view,
)
from .suggestions import figure_from_claim_view, suggestion_accept_view, suggestion_dismiss_view
from .values import value_preview

__all__ = [
    "claim_add_view",
    "claim_approve_view",
    "claim_bulk_view",
    "claim_correct_view",
    "claim_detail",
    "claim_export",
    "claim_flag_view",
    "claim_list",
    "claim_reject_view",
    "figure_assign_view",
    "figure_detail_view",
    "figure_edit_view",
    "figure_from_claim_view",
    "figure_list_view",
    "quote_export",
    "quote_list",
    "review_queue_view",
    "suggestion_accept_view",
    "suggestion_dismiss_view",
    "value_preview",
]
