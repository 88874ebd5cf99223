"""Who may do what, in one place. Views call these instead of testing groups themselves."""

from .roles import EDITOR


def is_editor(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("claims.review_claim"))


def role_of(user) -> str:
    """The user's role for display: 'admin', 'editor', 'journalist' or ''."""
    if not user or not user.is_authenticated:
        return ""
    if user.is_superuser:
        return "admin"
    if is_editor(user):
        return EDITOR
    if user.has_perm("claims.view_claim"):
        return "journalist"
    return ""
