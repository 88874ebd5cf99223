from django.apps import AppConfig


class FollowsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "tracker.follows"
    verbose_name = "Follows and notifications"
