"""gunicorn's settings for the portal's app servers (`gunicorn network_portal.wsgi`).

Pages are rendered by Python and wait little on PostgreSQL and Redis, which
answer within a millisecond on the same network: sync workers, about two per
core, keep the cores busy without the overhead of threads. A worker that takes
longer than the timeout is replaced; the TLS proxy in front buffers slow
clients, so a sync worker never waits on a phone's connection.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", 2 * multiprocessing.cpu_count()))
worker_class = "sync"
timeout = 30
graceful_timeout = 30
# A worker is replaced after this many requests, a little apart, so that
# memory cannot creep and the workers never restart together.
max_requests = 2000
max_requests_jitter = 200
# The proxy on the same host or network tells the scheme (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
