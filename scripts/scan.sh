#!/usr/bin/env bash
# A web vulnerability scan of the portal as it runs in production: debug off,
# gunicorn and WhiteNoise, the demo network in a database of its own. wapiti
# (from PyPI, in a virtual environment of its own, .venv-scan) crawls the site
# as a visitor and attacks every link, form and parameter it finds with its
# default modules (SQL and command injection, XSS, stored XSS, open redirects,
# file disclosure, SSRF, CRLF, uploads, CSP and cookie and header checks…).
# The report goes to scan-report/; the scan fails on any vulnerability but
# those that only the plain HTTP of a local run causes.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
python=$root/.venv/bin/python

if [ ! -x .venv-scan/bin/wapiti ]; then
    "${PYTHON:-python3}" -m venv .venv-scan
    .venv-scan/bin/python -m pip install --quiet "wapiti3==3.3.2"
fi

work=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

port=$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
export DJANGO_DEBUG=0 DJANGO_HTTPS=0 DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECRET_KEY="scan-$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')"
export DATABASE_URL="sqlite:///$work/scan.sqlite3" MEDIA_ROOT="$work/media"
export DJANGO_STATIC_ROOT="$work/static" DJANGO_SERVE_MEDIA=1
unset REDIS_URL

echo "== The demo network, served as in production on 127.0.0.1:$port"
"$python" manage.py migrate --no-input --verbosity=0
"$python" manage.py collectstatic --no-input --verbosity=0
"$python" manage.py seed_demo --password "scan-$(head -c 12 /dev/urandom | base64 | tr -d '\n/+=')" >/dev/null
GUNICORN_BIND="127.0.0.1:$port" GUNICORN_WORKERS=2 .venv/bin/gunicorn -c gunicorn.conf.py \
    >"$work/gunicorn.log" 2>&1 &
server=$!
for _ in $(seq 1 60); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && break
    sleep 0.5
done

echo "== wapiti"
rm -rf scan-report
mkdir -p scan-report
# A few requests at a time, with time to answer: the portal is served by two
# workers on the machine that also runs the scanner.
.venv-scan/bin/wapiti -u "http://127.0.0.1:$port/" --scope folder \
    --tasks 4 --timeout 30 \
    --max-scan-time "${SCAN_SECONDS:-1200}" --max-attack-time 60 \
    --flush-session -f json -o scan-report/report.json >"$work/wapiti.log" 2>&1 || {
    tail -40 "$work/wapiti.log"
    exit 1
}
"$python" - scan-report/report.json <<'PYTHON'
import json, sys

# The scan runs over plain HTTP on the loopback; production is HTTPS only,
# with secure cookies and HSTS (`check --deploy` in CI). What only plain HTTP
# causes is listed, not counted.
PLAIN_HTTP = {
    "Cleartext Submission of Password",
    "Unencrypted Channels",
    "Secure Flag cookie",
}
report = json.load(open(sys.argv[1]))
found = {name: items for name, items in report["vulnerabilities"].items() if items}
counted = 0
for name, items in sorted(found.items()):
    expected = name in PLAIN_HTTP
    counted += 0 if expected else len(items)
    for item in items:
        note = " (plain HTTP here)" if expected else ""
        print(f"   {name}{note}: {item.get('method')} {item.get('path')}: {item.get('info')}")
anomalies = sum(len(items) for items in report.get("anomalies", {}).values())
print(f"   {report['infos'].get('crawled_pages_nbr', '?')} pages crawled; "
      f"{counted} vulnerabilities, {anomalies} anomalies")
sys.exit(1 if counted or anomalies else 0)
PYTHON
