from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CausesConfig(AppConfig):
    name = "causes"
    verbose_name = _("Causes")

    def ready(self):
        from causes import receivers  # noqa: F401
        from causes.forms import ActivityCauses
        from members.activity_forms import register_extension

        # Editors say which causes an activity advanced when they report it.
        register_extension(ActivityCauses())
