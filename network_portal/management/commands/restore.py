"""The portal as a `backup` archive left it: the database emptied and filled
from the archive in one transaction, and the uploaded files put back."""

import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from network_portal.management.commands.backup import DATA, MEDIA, local_media


class Command(BaseCommand):
    help = "Replace the database and the uploaded files with a backup's."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="An archive made by `backup`.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Replace without asking: everything there now is lost.",
        )

    def handle(self, *args, archive, yes, **options):
        if not yes:
            raise CommandError(
                "Restoring replaces everything in the database: add --yes."
            )
        with tempfile.TemporaryDirectory() as folder:
            folder = Path(folder)
            try:
                with tarfile.open(archive, "r:gz") as tar:
                    tar.extractall(folder, filter="data")
            except (OSError, tarfile.TarError) as error:
                raise CommandError(f"Not a backup archive: {error}") from error
            if not (folder / DATA).exists():
                raise CommandError(f"Not a backup archive: no {DATA} in it.")
            with transaction.atomic():
                call_command("flush", interactive=False, verbosity=0)
                call_command("loaddata", str(folder / DATA), verbosity=0)
            if local_media() and (folder / MEDIA).exists():
                root = Path(settings.MEDIA_ROOT)
                shutil.rmtree(root, ignore_errors=True)
                shutil.copytree(folder / MEDIA, root)
        call_command("rebuild_search_index", verbosity=0, stdout=self.stdout)
        self.stdout.write(f"Restored from {archive}.")
