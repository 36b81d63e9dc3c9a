"""The settings read the environment, and refuse an unsafe production start."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-random-production-secret-" + "k" * 40,
    "DJANGO_ALLOWED_HOSTS": "portal.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def run(code, **env):
    """Run Python with the portal's settings in a clean environment."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "EMAIL_", "S3_"))
    }
    environment |= {"DJANGO_SETTINGS_MODULE": "network_portal.settings", **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def settings_value(expression, **env):
    result = run(
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({expression}, default=str))",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_refuses_to_start_without_a_secret_key():
    env = PRODUCTION | {"DJANGO_SECRET_KEY": ""}

    result = run("import django; django.setup()", **env)

    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    env = {
        key: value for key, value in PRODUCTION.items() if key != "DJANGO_ALLOWED_HOSTS"
    }

    result = run("import django; django.setup()", **env)

    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_development_starts_without_any_variable():
    assert settings_value("settings.DEBUG", DJANGO_DEBUG="1") is True


def test_production_is_https_only_by_default():
    values = settings_value(
        "[settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE,"
        " settings.CSRF_COOKIE_SECURE, settings.SECURE_HSTS_SECONDS,"
        " settings.SECURE_PROXY_SSL_HEADER]",
        **PRODUCTION,
    )

    assert values == [True, True, True, 31_536_000, ["HTTP_X_FORWARDED_PROTO", "https"]]


def test_plain_http_on_a_private_host_when_https_is_switched_off():
    values = settings_value(
        "[settings.SECURE_SSL_REDIRECT, settings.SESSION_COOKIE_SECURE,"
        " settings.SECURE_HSTS_SECONDS]",
        **PRODUCTION,
        DJANGO_HTTPS="0",
    )

    assert values == [False, False, 0]


def test_deploy_check_passes_with_production_variables():
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "check",
            "--deploy",
            "--fail-level",
            "WARNING",
        ],
        cwd=ROOT,
        env={
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "EMAIL_"))
        }
        | PRODUCTION,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_local_memory_cache_by_default():
    backend = settings_value("settings.CACHES['default']['BACKEND']", DJANGO_DEBUG="1")

    assert backend == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_cache_and_sessions_when_redis_url_is_set():
    values = settings_value(
        "[settings.CACHES['default']['BACKEND'],"
        " settings.CACHES['default']['LOCATION'], settings.SESSION_ENGINE]",
        DJANGO_DEBUG="1",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )

    assert values == [
        "infrastructure.redis_cache.RedisCache",
        "redis://127.0.0.1:6379/3",
        "infrastructure.pagecache.signed_in",
    ]


def test_the_page_cache_is_on_with_redis_only():
    without = settings_value("settings.PAGE_CACHE_SECONDS", DJANGO_DEBUG="1")
    with_redis = settings_value(
        "settings.PAGE_CACHE_SECONDS",
        DJANGO_DEBUG="1",
        REDIS_URL="redis://127.0.0.1:6379/3",
    )

    assert (without, with_redis) == (0, 300)


def test_uploads_stay_on_the_local_disk_by_default():
    backend = settings_value(
        "settings.STORAGES['default']['BACKEND']", DJANGO_DEBUG="1"
    )

    assert backend == "django.core.files.storage.FileSystemStorage"


def test_uploads_go_to_object_storage_when_a_bucket_is_set():
    result = run(
        "import json, django; django.setup()\n"
        "from django.core.files.storage import default_storage as storage\n"
        "print(json.dumps([storage.__class__.__name__, storage.bucket_name,"
        " storage.endpoint_url, storage.url('logos/a.png')]))",
        DJANGO_DEBUG="1",
        S3_BUCKET="portal-media",
        S3_ENDPOINT_URL="https://objects.example.org",
        S3_CUSTOM_DOMAIN="media.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        "S3Storage",
        "portal-media",
        "https://objects.example.org",
        "https://media.example.org/logos/a.png",
    ]
