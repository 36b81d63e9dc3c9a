"""schema.org descriptions of organisations, for search engines (JSON-LD)."""

import json

import markdown
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from infrastructure.linkeddata import description, reference
from members.models import Organisation


def organisation_json_ld(organisation, *, request, network_name):
    """An NGO with its ЕИК as identifier, a member of the network."""
    url = request.build_absolute_uri(organisation.get_absolute_url())
    data = description("NGO", url) | {
        "name": organisation.name,
        "address": {
            "@type": "PostalAddress",
            "addressCountry": "BG",
            "addressRegion": organisation.region.name,
        },
        "areaServed": (organisation.municipality or organisation.region).name,
    }
    if organisation.name != organisation.name_bg:
        data["alternateName"] = organisation.name_bg
    if organisation.short_name:
        data["alternateName"] = organisation.short_name
    if organisation.eik:
        data["legalName"] = organisation.name_bg
        data["taxID"] = organisation.eik
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "BG-EIK",
            "value": organisation.eik,
        }
    if organisation.settlement:
        data["address"]["addressLocality"] = organisation.settlement
    if organisation.address:
        data["address"]["streetAddress"] = organisation.address
    if organisation.logo_medium:
        data["logo"] = request.build_absolute_uri(organisation.logo_medium.url)
    if organisation.email:
        data["email"] = organisation.email
    if organisation.phone:
        data["telephone"] = organisation.phone
    if organisation.founded_year:
        data["foundingDate"] = str(organisation.founded_year)
    if organisation.description:
        text = strip_tags(markdown.markdown(organisation.description))
        data["description"] = " ".join(text.split())[:500]
    same_as = [url for _, url in organisation.social_links]
    if organisation.website:
        same_as.insert(0, organisation.website)
    if same_as:
        data["sameAs"] = same_as
    if organisation.status == Organisation.Status.MEMBER:
        data["memberOf"] = {
            "@type": "Organization",
            "name": network_name,
            "url": request.build_absolute_uri(reverse("home")),
            "logo": request.build_absolute_uri(static("img/favicon.png")),
        }
    return data


def network_json_ld(*, request, network_name, motto):
    """The network as an Organization. Its members are not listed here, where
    the list would grow with the network: each profile names the network in
    its own `memberOf`."""
    home = request.build_absolute_uri(reverse("home"))
    return description("Organization", home) | {
        "name": network_name,
        "slogan": motto,
        "logo": request.build_absolute_uri(static("img/favicon.png")),
        "areaServed": "Стара Загора",
    }


EVENT_KINDS = {"event", "training", "volunteering"}


def activity_json_ld(activity, *, request):
    """An event for what gathered people, an article for the rest."""
    url = request.build_absolute_uri(activity.get_absolute_url())
    organiser = reference("NGO", activity.organisation, request)
    photos = [
        request.build_absolute_uri(photo.image.url) for photo in activity.photos.all()
    ]
    place = activity.location or (activity.place.name if activity.place else "")
    if activity.kind in EVENT_KINDS:
        data = description("Event", url) | {
            "name": activity.title,
            "description": activity.summary,
            "startDate": activity.starts_on.isoformat(),
            "endDate": (activity.ends_on or activity.starts_on).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "location": {
                "@type": "Place",
                "name": place or str(_("Bulgaria")),
                "address": {
                    "@type": "PostalAddress",
                    "addressLocality": place,
                    "addressCountry": "BG",
                },
            },
            "organizer": [organiser]
            + [reference("NGO", co, request) for co in activity.co_organisers.all()],
        }
    else:
        data = description("Article", url) | {
            "headline": activity.title,
            "description": activity.summary,
            "datePublished": (activity.published_at or activity.created_at).isoformat(),
            "author": organiser,
        }
    if photos:
        data["image"] = photos
    return data


def json_ld_script(data):
    # Escape what could close the script element or open a comment inside it.
    text = json.dumps(data, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    safe_text = mark_safe(text)  # noqa: S308 - JSON with <, > and & escaped above
    return format_html('<script type="application/ld+json">{}</script>', safe_text)
