"""gunicorn's access log with as little personal data as it can do with:
the method, the path without its query (searches, `next`), the status, the
size and the time, and no secret carried in a path (invitation links, e-mail
confirmation and password reset keys). The client's address stays, for the
security of the portal; the privacy notice says so."""

import re

from gunicorn.glogging import Logger

SECRET = re.compile(
    r"(/(?:invitations|confirm-email|password/reset/key|unsubscribe)/)[^/]+"
)


def redact(path):
    return SECRET.sub(r"\1…", path)


class AccessLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["U"] = redact(atoms["U"] or "")
        return atoms
