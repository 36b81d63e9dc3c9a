"""The access log keeps as little personal data as it can: no query
strings, referrers or browsers, and no secret that travels in a path."""

import runpy
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config

from network_portal.access_log import AccessLogger

CONF = Path(__file__).resolve().parents[2] / "gunicorn.conf.py"


def logged(path, query=""):
    settings = runpy.run_path(str(CONF))
    config = Config()
    config.set("access_log_format", settings["access_log_format"])
    logger = AccessLogger(config)
    environ = {
        "REMOTE_ADDR": "203.0.113.7",
        "REQUEST_METHOD": "GET",
        "RAW_URI": f"{path}?{query}",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": "https://elsewhere.example/?email=a@example.org",
        "HTTP_USER_AGENT": "Browser/1.0",
    }
    response = SimpleNamespace(status="200 OK", sent=512, headers=[])
    request = SimpleNamespace(headers=[])
    atoms = logger.atoms(response, request, environ, timedelta(milliseconds=12))
    return settings["access_log_format"] % atoms


def test_the_portal_logs_through_its_own_access_logger():
    settings = runpy.run_path(str(CONF))

    assert settings["logger_class"] == "network_portal.access_log.AccessLogger"


def test_no_query_referrer_or_browser_is_logged():
    line = logged("/en/search/", "q=Мария+Иванова&next=/dashboard/")

    assert "/en/search/" in line
    assert "Мария" not in line and "q=" not in line
    assert "elsewhere" not in line and "Browser" not in line
    assert line.startswith("203.0.113.7 ")
    assert '" 200 512 12ms' in line


def test_secrets_in_paths_are_not_logged():
    for path in (
        "/members/invitations/s3cr3t-token/",
        "/en/accounts/confirm-email/s3cr3t-token/",
        "/accounts/password/reset/key/s3cr3t-token/",
    ):
        line = logged(path)
        assert "s3cr3t" not in line
        assert path.split("s3cr3t")[0] in line
