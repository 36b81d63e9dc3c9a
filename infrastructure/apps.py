from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfrastructureConfig(AppConfig):
    name = "infrastructure"
    verbose_name = _("Infrastructure")

    def ready(self):
        from infrastructure import discovery, lookups  # noqa: F401
        from infrastructure.pagecache import signed_in, store

        store.connect()
        signed_in.connect()
        discovery.discover()
