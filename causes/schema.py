"""schema.org descriptions of causes and partner initiatives (JSON-LD)."""

from infrastructure.linkeddata import description, reference


def cause_json_ld(cause, *, request):
    """A cause as an Article by the organisation that proposed it."""
    url = request.build_absolute_uri(cause.get_absolute_url())
    data = description("Article", url) | {
        "headline": cause.title,
        "description": cause.summary,
        "datePublished": cause.created_at.isoformat(),
        "dateModified": cause.updated_at.isoformat(),
        "author": reference("NGO", cause.proposed_by, request),
        "keywords": [topic.name for topic in cause.topics.all()],
    }
    if cause.image:
        data["image"] = request.build_absolute_uri(cause.image.url)
    return data


def initiative_json_ld(initiative, *, request):
    """A partner initiative as a Project of its members and institutions."""
    url = request.build_absolute_uri(initiative.get_absolute_url())
    members = [reference("NGO", o, request) for o in initiative.organisations.all()]
    institutions = [
        {
            "@type": "GovernmentOrganization",
            "name": i.name,
            **({"url": i.website} if i.website else {}),
        }
        for i in initiative.institutions.all()
    ]
    return description("Project", url) | {
        "name": initiative.title,
        "description": initiative.summary,
        "foundingDate": initiative.starts_on.isoformat(),
        "member": members + institutions,
    }


def institution_json_ld(institution, *, request):
    """An institution as a GovernmentOrganization (an EducationalOrganization
    for schools and universities), in its municipality."""
    educational = {"school", "kindergarten", "university"}
    kind = (
        "EducationalOrganization"
        if institution.kind in educational
        else ("GovernmentOrganization")
    )
    url = request.build_absolute_uri(institution.get_absolute_url())
    data = description(kind, url) | {"name": institution.name}
    if institution.name != institution.name_bg:
        data["alternateName"] = institution.name_bg
    if institution.municipality:
        data["areaServed"] = institution.municipality.name
        data["address"] = {
            "@type": "PostalAddress",
            "addressCountry": "BG",
            "addressLocality": institution.municipality.name,
        }
    if institution.website:
        data["sameAs"] = institution.website
    return data


def proposal_json_ld(proposal, *, request):
    """A proposal as an Article by the organisations that sent it, about the
    institution it was sent to."""
    url = request.build_absolute_uri(proposal.get_absolute_url())
    data = description("Article", url) | {
        "headline": proposal.title,
        "description": proposal.summary,
        "datePublished": proposal.sent_on.isoformat(),
        "dateModified": proposal.updated_at.isoformat(),
        "author": [reference("NGO", o, request) for o in proposal.organisations()],
        "about": institution_json_ld(proposal.institution, request=request),
    }
    if proposal.cause:
        data["isPartOf"] = {
            "@type": "Article",
            "headline": proposal.cause.title,
            "url": request.build_absolute_uri(proposal.cause.get_absolute_url()),
        }
    return data
