"""A user's own settings: for now the language the pages speak to them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Profile(models.Model):
    """One per user, made when first needed. An empty `language` follows the browser's
    Accept-Language."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    language = models.CharField(
        _("language"), max_length=8, blank=True, choices=settings.LANGUAGES, default=""
    )

    def __str__(self):
        return f"{self.user} ({self.language or 'browser'})"
