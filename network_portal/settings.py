"""Settings of the network portal, read from the environment.

Development defaults are safe; with DJANGO_DEBUG off the portal refuses to
start without a secret key and allowed hosts.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from network_portal.static_headers import static_headers

BASE_DIR = Path(__file__).resolve().parent.parent


def envbool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def envint(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def envlist(name, default):
    value = os.environ.get(name, default)
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = envbool("DJANGO_DEBUG", False)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off."
        )
    SECRET_KEY = "django-insecure-development-key-for-the-network-portal-only"  # noqa: S105

if not DEBUG and not os.environ.get("DJANGO_ALLOWED_HOSTS"):
    raise ImproperlyConfigured(
        "DJANGO_ALLOWED_HOSTS must be set when DJANGO_DEBUG is off."
    )
ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", "")

# The apps whose data the public pages show: a change of any of their models
# replaces the kept pages (a person's follows and notifications do not).
PUBLIC_DATA_APPS = [
    "members",
    "mutual_help",
    "capacity",
    "causes",
    "events",
    "network_portal",
]
INSTALLED_APPS = [
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "simple_history",
    "infrastructure",
    *PUBLIC_DATA_APPS,
    "following",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "infrastructure.pagecache.middleware.PageCacheMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "network_portal.middleware.StaffTwoFactorMiddleware",
]

ROOT_URLCONF = "network_portal.urls"
WSGI_APPLICATION = "network_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "network_portal.context_processors.site",
            ],
        },
    },
]

# Database: SQLite for zero set-up, PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=envint("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A persistent connection buys nothing for a local file.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Behind this many proxies that add to X-Forwarded-For (1 behind one nginx):
# rate limits and sign-in limits count each visitor by the address the last
# proxy saw, not by the proxy's own.
ALLAUTH_TRUSTED_PROXY_COUNT = envint("DJANGO_TRUSTED_PROXIES", 0)

# Cache, rate limits and sessions: local memory, or Redis shared by servers.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "infrastructure.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "network-portal",
        }
    }
    # Django's cached_db sessions, read with the page (pagecache.signed_in).
    SESSION_ENGINE = "infrastructure.pagecache.signed_in"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous visitors get whole pages from the cache, for this many seconds at
# most; every change of the portal's data replaces them at once. On by default
# only with Redis: a cache in one process's memory cannot tell the others.
PAGE_CACHE_SECONDS = envint("DJANGO_PAGE_CACHE_SECONDS", 300 if REDIS_URL else 0)
# Right after a change, one request builds a visitor's page anew while the
# others get the page kept before it, for this many seconds at most: a change
# never sets every worker building the same page at once.
PAGE_CACHE_STALE_SECONDS = envint("DJANGO_PAGE_CACHE_STALE_SECONDS", 5)
# Large cached documents (the open datasets), as files on each server's own
# disk, rewritten when the data changes.
PAGE_CACHE_FILES = Path(
    os.environ.get("DJANGO_PAGE_CACHE_FILES", BASE_DIR / "var" / "page-cache")
)
PAGE_CACHE_APPS = set(PUBLIC_DATA_APPS)

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    # Django's and allauth's, the person's row read with the page.
    "members.backends.ModelBackend",
    "members.backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "network_portal.accounts.AccountAdapter"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"

# Accounts: e-mail only, verified before the first sign-in.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_CHANGE_EMAIL = True
# A reset asked for an unknown address sends nothing: no mail to strangers.
ACCOUNT_EMAIL_UNKNOWN_ACCOUNTS = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = _("[Synergy Network] ")
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Синергия"

# Language, time, money.
LANGUAGE_CODE = "bg"
LANGUAGES = [("bg", _("Bulgarian")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["network_portal.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "bg"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("bg",)
TIME_ZONE = "Europe/Sofia"
USE_I18N = True
USE_TZ = True

# Static and media files; WhiteNoise serves static files in production.
STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploaded files are the proxy's to serve; a host without one lets Django.
SERVE_MEDIA = envbool("DJANGO_SERVE_MEDIA", DEBUG)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
# Several app servers share uploads through S3-compatible object storage. Every
# upload is public (logos, photos, agreements, meeting documents), so links
# are plain and never expire; a new file never replaces an older one's name.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000"},
        },
    }

# E-mail: the console in development, SMTP when EMAIL_HOST is set. What the
# server does not take is kept and sent again (network_portal/mail.py).
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Мрежа „Синергия“ <no-reply@localhost>"
)
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
email_host = os.environ.get("EMAIL_HOST", "")
MAILERS = {
    "default": {
        "BACKEND": "network_portal.mail.KeepingBackend",
        "OPTIONS": {"deliver_with": "delivery"},
    },
    "delivery": {
        "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "OPTIONS": {
            "host": email_host,
            "port": envint("EMAIL_PORT", 587),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": envbool("EMAIL_USE_TLS", True),
            "timeout": 20,
        },
    }
    if email_host
    else {"BACKEND": "network_portal.mail.ReadableConsoleBackend"},
}

# Security headers, on in every mode.
MESSAGE_STORAGE = "network_portal.messages.MessageStorage"
WHITENOISE_ADD_HEADERS_FUNCTION = static_headers
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

# HTTPS only in production; DJANGO_HTTPS=0 serves plain HTTP on a private host.
HTTPS = envbool("DJANGO_HTTPS", not DEBUG)
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if HTTPS else "http"
if HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31_536_000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
else:
    SILENCED_SYSTEM_CHECKS = [
        "security.W004",
        "security.W008",
        "security.W012",
        "security.W016",
    ]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {
            "handlers": ["console"],
            "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO"),
            "propagate": False,
        }
    },
}

# The network's own settings.
SECURITY_CONTACT = os.environ.get("DJANGO_SECURITY_CONTACT", "")
# Co-sponsors that make a proposed cause "backed"; reports that hide a comment
# until a coordinator decides.
CAUSE_BACKING_THRESHOLD = int(os.environ.get("CAUSE_BACKING_THRESHOLD", 3))
COMMENT_REPORT_THRESHOLD = int(os.environ.get("COMMENT_REPORT_THRESHOLD", 3))
# Days an institution has to answer, by default: proposals, petitions and
# signals are decided within two months (Administrative Procedure Code, Art.
# 118(1)); requests for public information within 14 days of their
# registration (Access to Public Information Act, Art. 28(1)). The senders'
# editors are reminded this many days before, and on the day.
PROPOSAL_ANSWER_DAYS = int(os.environ.get("PROPOSAL_ANSWER_DAYS", 60))
INFORMATION_REQUEST_ANSWER_DAYS = int(
    os.environ.get("INFORMATION_REQUEST_ANSWER_DAYS", 14)
)
PROPOSAL_REMIND_DAYS = int(os.environ.get("PROPOSAL_REMIND_DAYS", 3))
# How often one person may do a thing: (times, in seconds).
RATE_LIMITS = {
    "support": (30, 3600),
    "comment": (10, 3600),
    "report": (20, 3600),
    "register": (20, 3600),
    # Wrong passwords when deleting an account: a stolen session guesses slowly.
    "delete_account": (5, 900),
    # Newsletter sign-ups from one client: each may send an e-mail.
    "newsletter": (10, 3600),
    # Requests and offers of help posted, and answers sent, by one person.
    "help_post": (10, 3600),
    "help_respond": (20, 3600),
    # Institutions suggested by one person.
    "institution_suggest": (10, 3600),
}
RATE_LIMITS_RETRY_AFTER = 600
# The site's address, for links in e-mails sent outside a request (reminders).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://localhost:8000")
