"""The whole portal in one file: every row of the database, as JSON, and the
uploaded files, in a gzipped tar archive that `restore` reads back, into
SQLite or PostgreSQL alike. With uploads in S3-compatible storage, the
bucket is backed up on its own and only the data goes in the archive.

On PostgreSQL, `pg_dump` is the faster tool for a large database; this
command is what the portal tests, and what moves a portal between
databases."""

import io
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

# What migrate makes again, what is only for the moment, and the search
# index, which `restore` builds again from the rows.
EXCLUDED = [
    "contenttypes",
    "auth.permission",
    "sessions",
    "admin.logentry",
    "network_portal.searchentry",
]
DATA = "data.json"
MEDIA = "media"


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into one archive."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help="The archive to write (default: backup-<time>.tar.gz here).",
        )

    def handle(self, *args, output=None, **options):
        path = Path(output or timezone.now().strftime("backup-%Y%m%d-%H%M%S.tar.gz"))
        data = io.StringIO()
        call_command(
            "dumpdata",
            *[f"--exclude={name}" for name in EXCLUDED],
            natural_foreign=True,
            natural_primary=True,
            stdout=data,
        )
        encoded = data.getvalue().encode()
        with tarfile.open(path, "w:gz") as archive:
            entry = tarfile.TarInfo(DATA)
            entry.size = len(encoded)
            entry.mtime = int(timezone.now().timestamp())
            archive.addfile(entry, io.BytesIO(encoded))
            if local_media():
                root = Path(settings.MEDIA_ROOT)
                if root.exists():
                    archive.add(root, arcname=MEDIA)
        self.stdout.write(f"Backed up to {path}.")


def local_media():
    return isinstance(default_storage, FileSystemStorage)
