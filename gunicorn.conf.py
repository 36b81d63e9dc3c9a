"""gunicorn configuration for production, behind a TLS-terminating proxy."""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
wsgi_app = "network_portal.wsgi:application"
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
# The proxy in front sets X-Forwarded-Proto; trust it only from itself.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-"
errorlog = "-"
