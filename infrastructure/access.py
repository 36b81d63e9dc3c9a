"""Who may open a view, declared one way.

Each action's rule is a predicate in its app's `permissions.py`, of the
person and, for an action on one thing, of that thing
(`can_edit_organisation(user, organisation)`). A class-based view declares
it with the `Permitted` mixin:

    class OrganisationEditView(Permitted, UpdateView):
        permission = can_edit_organisation

        def get_permission_object(self):
            return get_object_or_404(Organisation, slug=self.kwargs["slug"])

and a function view with the `permitted` decorator, which hands the view
the thing it loaded:

    @permitted(can_withdraw_cause, load=public_cause)
    def withdraw(request, cause): ...

Every such rule asks for a signed-in person. Someone not signed in is sent
to sign in by Django's `redirect_to_login` first, whatever the address
names, so that it tells them nothing; a function view that sends them back
to the thing's own page after signing in (`login_next`) loads it first. Someone
signed in whom the rule does not allow gets *403 Forbidden*.
"""

import inspect
from functools import wraps

from django.contrib.auth.mixins import AccessMixin
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def signed_in(user, obj=None):
    """The rule of what any signed-in person may do (with anything)."""
    return user.is_authenticated


def its_page(thing):
    """Where to come back after signing in: the thing's own page."""
    return thing.get_absolute_url()


def back_to(request, fallback):
    """Back to the page named in the form's `next`, if it is this site's;
    else to `fallback` (a URL, a URL name or an object with a page)."""
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(next_url)
    return redirect(fallback)


def allows(rule, user, obj=None):
    """The rule's answer, for the person and perhaps the thing."""
    return bool(rule(user) if obj is None else rule(user, obj))


def refused(request, login_next=None):
    """Sign in first, or *403 Forbidden* for someone who is."""
    if not request.user.is_authenticated:
        return redirect_to_login(login_next or request.get_full_path())
    raise PermissionDenied


class Permitted(AccessMixin):
    """A class-based view open to those whom `permission` allows; the
    object it is about is `get_permission_object()`, kept as
    `self.permission_object`."""

    permission = signed_in

    def get_permission_object(self):
        return None

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.permission_object = self.get_permission_object()
        # The rule as the class holds it: a plain function, not a method.
        if not allows(type(self).permission, request.user, self.permission_object):
            return self.handle_no_permission()
        return super().dispatch(request, *args, **kwargs)


def permitted(rule=signed_in, *, load=None, login_next=None, methods=None):
    """A function view open to those whom `rule` allows. `load(request,
    **arguments)` gives the thing the view is about from the URL's arguments
    it names (or raises Http404); the view then takes the thing, and the
    URL's other arguments. `login_next(thing)` is where to come back after
    signing in, the page itself by default. `methods`, when given, are the
    only HTTP methods it answers: another gets *405 Method Not Allowed*
    once the person is signed in, before anything is loaded."""
    taken = set(inspect.signature(load).parameters) - {"request"} if load else set()

    def decorator(view):
        @wraps(view)
        def wrapped(request, **kwargs):
            if not request.user.is_authenticated and login_next is None:
                return refused(request)
            if methods is not None and request.method not in methods:
                return HttpResponseNotAllowed(methods)
            if load is None:
                if not allows(rule, request.user):
                    return refused(request)
                return view(request, **kwargs)
            obj = load(request, **{name: kwargs.pop(name) for name in taken})
            if not allows(rule, request.user, obj):
                return refused(request, login_next(obj) if login_next else None)
            return view(request, obj, **kwargs)

        return wrapped

    return decorator
