from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = _("Members")

    def ready(self):
        from infrastructure import personaldata
        from members import personal, privacy, receivers  # noqa: F401

        personaldata.register(export=privacy.export, erase=privacy.erase)
