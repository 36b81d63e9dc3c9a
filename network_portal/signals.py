"""The search index follows every save and delete of what it indexes."""

from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_save

from causes.models import Initiative
from network_portal import search


def reindex(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures load rows, not objects
        search.index(instance)


def unindex(sender, instance, **kwargs):
    search.remove(instance)


def reindex_initiative(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        search.index(instance)


def connect():
    connection_created.connect(search.use_similarity, dispatch_uid="search-similarity")
    for model in search.KINDS:
        post_save.connect(
            reindex, sender=model, dispatch_uid=f"search-{model.__name__}"
        )
        post_delete.connect(
            unindex, sender=model, dispatch_uid=f"unsearch-{model.__name__}"
        )
    # An initiative is found by its institutions' names too.
    m2m_changed.connect(
        reindex_initiative,
        sender=Initiative.institutions.through,
        dispatch_uid="search-initiative-institutions",
    )
