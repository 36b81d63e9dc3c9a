from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CausesConfig(AppConfig):
    name = "causes"
    verbose_name = _("Causes")

    def ready(self):
        from causes import (
            personal,  # noqa: F401
            privacy,
        )
        from causes import slots as causes_slots
        from causes.forms import ActivityCauses
        from infrastructure import personaldata
        from members.activity_forms import register_extension

        # Editors say which causes an activity advanced when they report it.
        register_extension(ActivityCauses())
        causes_slots.fill()
        personaldata.register(export=privacy.export, erase=privacy.erase)
