from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Meetings")

    def ready(self):
        from events import (
            personal,  # noqa: F401
            privacy,
        )
        from events import slots as events_slots
        from infrastructure import personaldata

        events_slots.fill()
        personaldata.register(export=privacy.export, erase=privacy.erase)
