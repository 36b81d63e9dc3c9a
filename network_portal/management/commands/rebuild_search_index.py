"""Index every public object for the search again (after a restore, say).
Saving an object keeps its entries up to date on its own."""

from django.core.management.base import BaseCommand

from network_portal import search


class Command(BaseCommand):
    help = "Rebuild the search index of every public object."

    def handle(self, *args, **options):
        count = search.rebuild()
        self.stdout.write(f"{count} object(s) indexed.")
