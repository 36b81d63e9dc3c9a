from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NetworkPortalConfig(AppConfig):
    name = "network_portal"
    verbose_name = _("Network portal")

    def ready(self):
        from network_portal import signals
        from network_portal.coordinators import sync_coordinators_group

        # Runs after every app's permissions exist: this app is listed last.
        post_migrate.connect(sync_coordinators_group, sender=self)
        signals.connect()
