"""What causes do on signals: a cause's kept counts of supporters and
co-sponsors follow its supports and co-sponsorships, within the same
change; a cause saved whole writes back the counts it was read with, so they
are counted again after it."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from causes.models import Cause, CoSponsorship, Support


@receiver([post_save, post_delete], sender=Support)
@receiver([post_save, post_delete], sender=CoSponsorship)
def recount_the_cause(sender, instance, raw=False, **kwargs):
    if not raw:
        Cause.objects.filter(pk=instance.cause_id).recount()


@receiver(post_save, sender=Cause)
def recount_a_saved_cause(sender, instance, raw=False, update_fields=None, **kwargs):
    counts = {"supporter_count", "co_sponsor_count"}
    if not raw and (update_fields is None or counts & set(update_fields)):
        Cause.objects.filter(pk=instance.pk).recount()
