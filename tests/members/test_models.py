"""The registry's model keeps its invariants: slugs, ЕИК rules, no deletion."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.db.models import ProtectedError
from django.utils import translation
from django.utils.translation import gettext

from members.models import OldSlug, Organisation
from tests.factories import OrganisationFactory, valid_eik

pytestmark = pytest.mark.django_db


def test_slug_is_the_transliterated_bulgarian_name():
    organisation = OrganisationFactory(name="Сдружение Зелена България")

    assert organisation.slug == "sdruzhenie-zelena-bulgaria"


def test_slugs_stay_unique_for_the_same_name():
    first = OrganisationFactory(name="Доброволци от Мъглиж", informal=True)
    second = OrganisationFactory(name="Доброволци от Мъглиж", informal=True)

    assert first.slug == "dobrovoltsi-ot-maglizh"
    assert second.slug == "dobrovoltsi-ot-maglizh-2"


def test_renaming_keeps_the_old_slug_for_redirects():
    organisation = OrganisationFactory(name="Сдружение „Старо име“")

    organisation.name_bg = "Сдружение „Ново име“"
    organisation.save()

    assert organisation.slug == "sdruzhenie-novo-ime"
    assert OldSlug.objects.get(slug="sdruzhenie-staro-ime").organisation == organisation


def test_saving_without_renaming_keeps_the_slug():
    organisation = OrganisationFactory(name="Сдружение „Име“")

    organisation.phone = "+359 42 000 000"
    organisation.save()

    assert organisation.slug == "sdruzhenie-ime"
    assert not OldSlug.objects.exists()


def test_a_new_organisation_does_not_take_an_old_slug():
    renamed = OrganisationFactory(name="Сдружение „Първо“")
    renamed.name_bg = "Сдружение „Второ“"
    renamed.save()

    newcomer = OrganisationFactory(name="Сдружение „Първо“")

    assert newcomer.slug == "sdruzhenie-parvo-2"


def test_an_association_needs_an_eik():
    organisation = OrganisationFactory.build(eik=None)

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    assert "ЕИК" in str(error.value)


def test_an_informal_group_has_no_eik():
    organisation = OrganisationFactory.build(
        kind=Organisation.Kind.INFORMAL_GROUP, eik=valid_eik(1), benefit=""
    )

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    with translation.override("bg"):
        refusal = gettext(
            "Associations, foundations and community centres have an "
            "ЕИК; informal groups have none."
        )
    assert error.value.messages == [refusal]


def test_the_database_refuses_an_informal_group_with_an_eik():
    with pytest.raises(IntegrityError):
        Organisation.objects.filter(pk=OrganisationFactory(informal=True).pk).update(
            eik=valid_eik(2)
        )


def test_an_eik_is_unique():
    OrganisationFactory(eik=valid_eik(3))

    with pytest.raises(IntegrityError):
        OrganisationFactory(eik=valid_eik(3))


def test_an_eik_with_a_wrong_check_digit_is_refused():
    organisation = OrganisationFactory.build(eik="175074751")

    with pytest.raises(ValidationError) as error:
        organisation.full_clean()

    assert "eik" in error.value.message_dict


def test_informal_groups_are_of_no_benefit_kind():
    group = OrganisationFactory(informal=True, benefit="public")

    assert group.benefit == ""


def test_only_one_organisation_coordinates_the_network():
    OrganisationFactory(is_coordinator=True)

    with pytest.raises(IntegrityError):
        OrganisationFactory(is_coordinator=True)


def test_organisations_are_never_deleted():
    organisation = OrganisationFactory()

    with pytest.raises(ProtectedError):
        organisation.delete()
    with pytest.raises(ProtectedError):
        Organisation.objects.all().delete()

    assert Organisation.objects.filter(pk=organisation.pk).exists()


def test_a_member_that_leaves_becomes_former_and_keeps_its_history():
    organisation = OrganisationFactory()

    organisation.leave()

    organisation.refresh_from_db()
    assert organisation.status == Organisation.Status.FORMER
    assert organisation.left_on is not None
    assert [record.status for record in organisation.history.all()] == [
        "former",
        "member",
    ]


def test_suspend_and_reactivate():
    organisation = OrganisationFactory()

    organisation.suspend()
    organisation.refresh_from_db()
    assert organisation.status == Organisation.Status.SUSPENDED

    organisation.reactivate()
    organisation.refresh_from_db()
    assert organisation.status == Organisation.Status.MEMBER


def test_members_first_orders_by_status_then_name():
    former = OrganisationFactory(name="А former", status="former")
    member_b = OrganisationFactory(name="Б member")
    suspended = OrganisationFactory(name="А suspended", status="suspended")
    member_a = OrganisationFactory(name="А member")

    ordered = list(Organisation.objects.members_first())

    assert ordered == [member_a, member_b, suspended, former]


def test_the_regions_and_stara_zagora_municipalities_ship_as_data():
    from members.models import Place

    assert Place.objects.regions().count() == 28
    assert set(
        Place.objects.municipalities()
        .filter(region__code="BG-24")
        .values_list("name_en", flat=True)
    ) == {
        "Bratya Daskalovi",
        "Gurkovo",
        "Galabovo",
        "Kazanlak",
        "Maglizh",
        "Nikolaevo",
        "Opan",
        "Pavel Banya",
        "Radnevo",
        "Stara Zagora",
        "Chirpan",
    }
