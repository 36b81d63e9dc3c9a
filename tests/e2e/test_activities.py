"""An editor reports an activity with photos and results; the public sees it
in the news, on the profile and in the feed; a coordinator hides it."""

import io
import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from members.models import Activity, Role
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


def jpeg(path, colour):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), colour).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return str(path)


def test_an_editor_reports_an_activity_and_a_coordinator_hides_it(
    site, browser_page, assert_accessible, tmp_path, sign_in
):
    organisation = OrganisationFactory(
        name="Сдружение „Зелена България“", name_en="Green Bulgaria Association"
    )
    editor = UserFactory(email="editor@example.org")
    Role.objects.create(user=editor, organisation=organisation, kind="editor")
    page = browser_page
    sign_in(page, editor.email)

    page.goto(f"{site.url}/en/dashboard/organisations/{organisation.slug}/activities/")
    assert_accessible(page)
    page.get_by_role("link", name="Report an activity").click()
    assert_accessible(page)
    page.get_by_label("Title (in Bulgarian)").fill("Почистване на парка")
    page.get_by_label("Title (in English)").fill("Park clean-up")
    page.get_by_label("Summary (in Bulgarian)").fill("Почистихме парка.")
    page.get_by_label("Summary (in English)").fill("We cleaned the park.")
    page.get_by_label("volunteering").check()
    page.locator("#id_starts_on").fill("2026-05-10")
    page.locator("#id_photos-0-upload").set_input_files(jpeg(tmp_path / "a.jpg", "red"))
    page.locator("#id_photos-0-alt_text_bg").fill("Доброволци с чували")
    page.locator("#id_photos-0-alt_text_en").fill("Volunteers with bags")
    # One empty photo block and one result to start with; more on demand.
    expect(page.locator("#id_photos-1-upload")).to_have_count(0)
    page.get_by_role("button", name="Add another photo").click()
    expect(page.locator("#id_photos-1-upload")).to_be_focused()
    page.locator("#id_photos-1-upload").set_input_files(
        jpeg(tmp_path / "b.jpg", "blue")
    )
    page.locator("#id_photos-1-alt_text_bg").fill("Новите дървета")
    page.locator("#id_results-0-indicator").select_option(
        label="Volunteers engaged (people)"
    )
    page.locator("#id_results-0-value").fill("24")
    page.get_by_role("button", name="Add another result").click()
    page.get_by_role("button", name="Add another result").click()
    page.locator("#id_results-1-indicator").select_option(
        label="People reached (people)"
    )
    page.locator("#id_results-1-value").fill("300")
    page.locator("#id_results-2-statement_bg").fill("Общината ще поддържа дърветата.")
    page.get_by_role("button", name="Save and publish").click()
    expect(page.locator(".messages")).to_be_visible()

    activity = Activity.objects.get()
    assert activity.photos.count() == 2
    assert activity.results.count() == 3

    for prefix, title in [("", "Почистване на парка"), ("/en", "Park clean-up")]:
        page.goto(f"{site.url}{prefix}/activities/")
        expect(page.locator(".news-card").first).to_contain_text(title)
        page.goto(f"{site.url}{prefix}/activities/{activity.slug}/")
        expect(page.locator("h1")).to_have_text(title)
        expect(page.locator(".gallery img")).to_have_count(2)
        assert_accessible(page)
        page.goto(f"{site.url}{prefix}/members/{organisation.slug}/")
        expect(page.locator(".news-card").first).to_contain_text(title)
        feed = page.request.get(f"{site.url}{prefix}/feeds/news/").text()
        assert title in feed
        language = "en" if prefix else "bg"
        data = page.request.get(
            f"{site.url}/open-data/activities.json?lang={language}"
        ).json()
        assert [row["title"] for row in data["data"]] == [title]

    activity.hide(by=None, reason="Снимка без съгласие.")

    page.goto(f"{site.url}/en/activities/")
    expect(page.locator(".news-card")).to_have_count(0)
    assert "Park clean-up" not in page.request.get(f"{site.url}/en/feeds/news/").text()
    assert (
        "Park clean-up"
        not in page.request.get(f"{site.url}/open-data/activities.csv?lang=en").text()
    )
    page.goto(f"{site.url}/en/members/{organisation.slug}/")
    expect(page.locator(".news-card")).to_have_count(0)
    page.goto(f"{site.url}/en/dashboard/organisations/{organisation.slug}/activities/")
    expect(page.locator("main")).to_contain_text("Снимка без съгласие.")
    expect(page.get_by_role("link", name=re.compile("Preview"))).to_be_visible()
