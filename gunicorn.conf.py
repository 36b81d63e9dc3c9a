"""gunicorn's settings for the portal's app servers, behind a TLS proxy.

Pages are rendered by Python and wait little on PostgreSQL and Redis, which
answer within a millisecond on the same network: sync workers, two per core
and one more, keep the cores busy without the overhead of threads
(GUNICORN_THREADS above 1 switches to threaded workers, for a database far
away). The proxy in front buffers slow clients, so a worker never waits on a
phone's connection; a worker that takes longer than the timeout is replaced.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
wsgi_app = "network_portal.wsgi:application"
timeout = 30
graceful_timeout = 30
# The app is loaded once, before the workers fork: a worker replaced after
# this many requests (a little apart, so that memory cannot creep and they
# never restart together) is serving again at once.
preload_app = True
max_requests = 20000
max_requests_jitter = 2000
# The proxy in front sets X-Forwarded-Proto; trust it only from itself.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
# No query strings, referrers, browsers or secrets in paths: see the module.
logger_class = "network_portal.access_log.AccessLogger"
access_log_format = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


def when_ready(server):
    """In the master, once the portal is loaded and before the workers are
    forked: they start with its templates compiled (network_portal.wsgi)."""
    from network_portal.wsgi import warm

    warm()
