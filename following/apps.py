from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowingConfig(AppConfig):
    name = "following"
    verbose_name = _("Following and notifications")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from following import signals

        signals.connect()
