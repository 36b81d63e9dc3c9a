"""schema.org descriptions of requests and offers of help (JSON-LD): an
offer is an Offer by the organisation that posted it; a request a Demand
for the service it seeks, which the organisation `seeks`."""

from infrastructure.linkeddata import description, reference


def help_json_ld(item, *, request):
    url = request.build_absolute_uri(item.get_absolute_url())
    party = reference("NGO", item.organisation, request)
    data = description("Demand" if item.is_request else "Offer", url) | {
        "name": item.title,
        "description": item.description,
        "itemOffered": {
            "@type": "Service",
            "name": item.title,
            "category": str(item.get_kind_display()),
        },
    }
    if item.is_request:
        data["itemOffered"]["audience"] = party
    else:
        data["offeredBy"] = party
    if not item.ongoing and item.starts_on:
        data["availabilityStarts"] = item.starts_on.isoformat()
        data["availabilityEnds"] = (item.ends_on or item.starts_on).isoformat()
    if item.place:
        data["areaServed"] = {"@type": "AdministrativeArea", "name": item.place.name}
    if item.image:
        data["image"] = request.build_absolute_uri(item.image.url)
    return data
