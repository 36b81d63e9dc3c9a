"""`backup` writes the whole portal to one archive, and `restore` brings it
back: the rows, the people with their roles, and the uploaded files."""

import io
import tarfile

import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from causes.models import Cause, Support
from members.models import Organisation, Role, User
from tests.factories import OrganisationFactory, RoleFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_backup_restores_what_was_there(tmp_path, settings):
    organisation = OrganisationFactory(name="Сдружение „Архив“")
    organisation.logo.save("logo.png", ContentFile(b"\x89PNG logo"), save=True)
    editor = UserFactory(email="editor@example.org")
    RoleFactory(user=editor, organisation=organisation, kind=Role.Kind.EDITOR)
    cause = Cause.objects.create(
        proposed_by=organisation, title_bg="Чист въздух", summary_bg="Мерки."
    )
    cause.support(user=editor)
    archive = tmp_path / "portal.tar.gz"

    call_command("backup", output=str(archive), stdout=io.StringIO())
    logo = organisation.logo.name
    # Things go wrong after the backup...
    Cause.objects.all().delete()
    OrganisationFactory(name="Добавена по-късно")
    editor.delete()
    (tmp_path / "media" / logo).unlink()

    call_command("restore", str(archive), yes=True, stdout=io.StringIO())

    # ...and the restore puts back what there was, and only that.
    restored = Organisation.objects.get(name="Сдружение „Архив“")
    assert not Organisation.objects.filter(name="Добавена по-късно").exists()
    assert Role.objects.get(organisation=restored).user.email == "editor@example.org"
    assert User.objects.get(email="editor@example.org").check_password(
        "correct horse battery staple"
    )
    assert Support.objects.get().cause.title_bg == "Чист въздух"
    assert (tmp_path / "media" / logo).read_bytes() == b"\x89PNG logo"
    with tarfile.open(archive) as tar:
        assert "data.json" in tar.getnames()


def test_restore_asks_before_it_replaces_everything(tmp_path):
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore", str(tmp_path / "none.tar.gz"))


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    OrganisationFactory()
    other = tmp_path / "other.tar.gz"
    with tarfile.open(other, "w:gz") as tar:
        tar.add(__file__, arcname="notes.py")

    with pytest.raises(CommandError, match="Not a backup archive"):
        call_command("restore", str(other), yes=True)
    assert Organisation.objects.exists()  # nothing was touched
