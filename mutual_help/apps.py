from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MutualHelpConfig(AppConfig):
    name = "mutual_help"
    verbose_name = _("Help between members")
