"""How people sign in: Django's backend (the administration) and allauth's
(the site), each reading the person's row with the page they ask for."""

from allauth.account import auth_backends
from django.contrib.auth import backends

from infrastructure.pagecache import RememberedUser


class ModelBackend(RememberedUser, backends.ModelBackend):
    pass


class AuthenticationBackend(RememberedUser, auth_backends.AuthenticationBackend):
    pass
