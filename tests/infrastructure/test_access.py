"""One way to gate access: a rule, declared by `Permitted` on a class view
and `@permitted` on a function view, for the owner, another member and an
outsider."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.test import RequestFactory
from django.views.generic import View

from infrastructure.access import Permitted, permitted
from members.models import Organisation
from members.permissions import can_edit_organisation


def organisation_of(request, slug):
    return get_object_or_404(Organisation, slug=slug)


@permitted(can_edit_organisation, load=organisation_of, methods=["POST"])
def rename(request, organisation, word):
    return HttpResponse(f"{organisation.slug}:{word}")


class EditPage(Permitted, View):
    permission = can_edit_organisation

    def get_permission_object(self):
        return organisation_of(self.request, self.kwargs["slug"])

    def get(self, request, slug):
        return HttpResponse(self.permission_object.slug)


def call(view, user, method="post", **kwargs):
    request = getattr(RequestFactory(), method)("/somewhere/?page=2")
    request.user = user
    return view(request, **kwargs)


@pytest.mark.django_db
def test_the_owner_may_and_the_view_takes_the_loaded_thing_and_the_rest(
    organisation, owner
):
    response = call(rename, owner, slug=organisation.slug, word="ново")

    assert response.content.decode() == f"{organisation.slug}:ново"


@pytest.mark.django_db
@pytest.mark.parametrize("person", ["other_member", "outsider"])
def test_another_member_and_an_outsider_are_refused(request, organisation, person):
    user = request.getfixturevalue(person)

    with pytest.raises(PermissionDenied):
        call(rename, user, slug=organisation.slug, word="x")
    with pytest.raises(PermissionDenied):
        call(EditPage.as_view(), user, method="get", slug=organisation.slug)


@pytest.mark.django_db
def test_the_anonymous_are_sent_to_sign_in_by_djangos_redirect_whatever_the_slug():
    for view, method in ((rename, "post"), (EditPage.as_view(), "get")):
        response = call(view, AnonymousUser(), method=method, slug="no-such", word="x")

        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/somewhere/%3Fpage%3D2"


@pytest.mark.django_db
def test_a_method_the_view_does_not_answer_is_405_before_the_rule_is_asked(
    organisation, outsider
):
    response = call(rename, outsider, method="get", slug=organisation.slug, word="x")

    assert response.status_code == 405
    assert response["Allow"] == "POST"


@pytest.mark.django_db
def test_what_the_view_is_about_must_exist(owner):
    with pytest.raises(Http404):
        call(rename, owner, slug="no-such", word="x")


@pytest.mark.django_db
def test_a_view_that_sends_back_to_the_thing_loads_it_first(organisation):
    @permitted(load=organisation_of, login_next=lambda o: o.get_absolute_url())
    def support(request, organisation):
        return HttpResponse()

    response = call(support, AnonymousUser(), slug=organisation.slug)

    assert response["Location"] == (
        f"/accounts/login/?next={organisation.get_absolute_url()}"
    )
    with pytest.raises(Http404):
        call(support, AnonymousUser(), slug="no-such")
