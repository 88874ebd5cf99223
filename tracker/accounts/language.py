"""The page's language: the user's choice on their profile, else the browser's Accept-Language.

The choice is stored on the profile (it follows the user to every browser) and mirrored in
the session at log-in and on each switch, so a page asks the database nothing for it.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

SESSION_KEY = "tracker_language"


def supported(code: str | None) -> str:
    """'de-DE' -> 'de'; anything not offered -> ''."""
    code = (code or "").lower().split("-")[0]
    return code if code in dict(settings.LANGUAGES) else ""


def profile_language(user) -> str:
    from .models import Profile

    found = Profile.objects.filter(user_id=user.pk).values_list("language", flat=True).first()
    return supported(found)


def save_choice(request, language: str) -> None:
    """Stores `language` ('' = follow the browser) on the user's profile and in the session."""
    from .models import Profile

    language = supported(language)
    if request.user.is_authenticated:
        Profile.objects.update_or_create(user=request.user, defaults={"language": language})
    if hasattr(request, "session"):
        request.session[SESSION_KEY] = language


@receiver(user_logged_in)
def _remember_on_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_KEY] = profile_language(user)


class UserLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware (Accept-Language, the language cookie, Vary), with the
    user's stored choice first. Sits after the session and authentication middleware."""

    def process_request(self, request):
        chosen = ""
        session = getattr(request, "session", None)
        if session is not None:
            chosen = supported(session.get(SESSION_KEY))
        if chosen:
            translation.activate(chosen)
            request.LANGUAGE_CODE = translation.get_language()
            return
        super().process_request(request)
