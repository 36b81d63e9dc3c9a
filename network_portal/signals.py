"""The search index follows every save and delete of what it indexes."""

from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_save

from causes.models import Initiative
from members.models import Institution
from network_portal import search


def reindex(sender, instance, raw=False, **kwargs):
    if not raw:  # fixtures load rows, not objects
        search.index(instance)


def unindex(sender, instance, **kwargs):
    search.remove(instance)


def reindex_initiative(sender, instance, action, **kwargs):
    if action.startswith("post_"):
        search.index(instance)


def reindex_proposals(sender, instance, raw=False, **kwargs):
    """An institution's proposals are public once it is confirmed, and found
    by its name: they follow it."""
    if not raw:
        for proposal in instance.proposals.select_related(
            "institution", "organisation"
        ):
            search.index(proposal)


def connect():
    connection_created.connect(search.use_similarity, dispatch_uid="search-similarity")
    for model in search.KINDS:
        post_save.connect(
            reindex, sender=model, dispatch_uid=f"search-{model.__name__}"
        )
        post_delete.connect(
            unindex, sender=model, dispatch_uid=f"unsearch-{model.__name__}"
        )
    post_save.connect(
        reindex_proposals,
        sender=Institution,
        dispatch_uid="search-institution-proposals",
    )
    # An initiative is found by its institutions' names too.
    m2m_changed.connect(
        reindex_initiative,
        sender=Initiative.institutions.through,
        dispatch_uid="search-initiative-institutions",
    )
