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

latest=$(git log -n 1 --format=%H -- '*/migrations/*.py')
base=${MIGRATE_FROM:-$latest^}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git archive "$base" | tar -x -C "$work"

export DJANGO_DEBUG=1
export DATABASE_URL=${DATABASE_URL:-sqlite:///$work/forward.sqlite3}
export MEDIA_ROOT=$work/media
unset REDIS_URL

echo "== The demo network, as $(git log -n 1 --format='%h (%s)' "$base" | cut -c1-72)"
(cd "$work" && "$python" manage.py migrate --no-input --verbosity=0 \
    && "$python" manage.py seed_demo --password forward-demo-password >/dev/null)

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
