#!/usr/bin/env bash
# Migrations run forward on real data: the demo network is made by the code
# as it was before the latest change to the migrations, then the code as it
# is now migrates it, and its pages must still answer. DATABASE_URL chooses
# the database (an empty one; SQLite in a temporary folder by default);
# MIGRATE_FROM another commit to start from.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=$root/.venv/bin/python

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DJANGO_DEBUG=1
export DATABASE_URL=${DATABASE_URL:-sqlite:///$work/forward.sqlite3}
export MEDIA_ROOT=$work/media
unset REDIS_URL

# The code before each of the latest changes to the migrations, newest first:
# the first that makes the demo network is where the data comes from (a
# commit in the middle of a change may not start on its own).
if [ -n "${MIGRATE_FROM:-}" ]; then
    candidates=$MIGRATE_FROM
else
    candidates=$(git log -n 5 --format=%H^ -- '*/migrations/*.py')
fi
base=""
for candidate in $candidates; do
    rm -rf "$work/code" && mkdir "$work/code"
    git archive "$candidate" | tar -x -C "$work/code"
    echo "== The demo network, as $(git log -n 1 --format='%h (%s)' "$candidate" | cut -c1-72)"
    if (cd "$work/code" && "$python" manage.py migrate --no-input --verbosity=0 \
        && "$python" manage.py seed_demo --password forward-demo-password >/dev/null); then
        base=$candidate
        break
    fi
    echo "   that code does not start; the one before it, on an empty database"
    "$python" manage.py shell --verbosity=0 -c '
from django.db import connection
with connection.cursor() as cursor:
    if connection.vendor == "postgresql":
        cursor.execute("DROP SCHEMA public CASCADE")
        cursor.execute("CREATE SCHEMA public")
    else:
        cursor.execute("PRAGMA foreign_keys = OFF")
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE \"{table}\"")
'
done
[ -n "$base" ] || { echo "No earlier code made the demo network." >&2; exit 1; }

echo "== Migrated forward by $(git log -n 1 --format=%h HEAD)"
"$python" manage.py migrate --no-input
"$python" manage.py shell --verbosity=0 -c '
from django.test import Client
from causes.models import Cause
from events.models import Meeting
from members.models import Activity, Organisation, User

client = Client(HTTP_HOST="localhost")
pages = [
    "/", "/members/", "/activities/", "/causes/", "/events/", "/transparency/",
    Organisation.objects.public().first().get_absolute_url(),
    Activity.objects.published().first().get_absolute_url(),
    Cause.objects.public().first().get_absolute_url(),
    Meeting.objects.first().get_absolute_url(),
]
client.force_login(User.objects.get(email="editor@example.org"))
pages += ["/dashboard/", "/dashboard/account/my-data.json"]
for page in pages:
    status = client.get(page).status_code
    print(f"   {status} {page}")
    assert status == 200, page
'
echo "Migrations ran forward."
