"""schema.org descriptions of causes and partner initiatives (JSON-LD)."""

from infrastructure.linkeddata import description, reference


def article(item, *, published, author, request):
    """A cause or a proposal as an Article: its title, summary, dates and
    author."""
    url = request.build_absolute_uri(item.get_absolute_url())
    return description("Article", url) | {
        "headline": item.title,
        "description": item.summary,
        "datePublished": published.isoformat(),
        "dateModified": item.updated_at.isoformat(),
        "author": author,
    }


def cause_json_ld(cause, *, request):
    """A cause as an Article by the organisation that proposed it."""
    author = reference("NGO", cause.proposed_by, request)
    data = article(
        cause, published=cause.created_at, author=author, request=request
    ) | {"keywords": [topic.name for topic in cause.topics.all()]}
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
    authors = [reference("NGO", o, request) for o in proposal.organisations()]
    data = article(
        proposal, published=proposal.sent_on, author=authors, request=request
    ) | {"about": institution_json_ld(proposal.institution, request=request)}
    if proposal.cause:
        data["isPartOf"] = {
            "@type": "Article",
            "headline": proposal.cause.title,
            "url": request.build_absolute_uri(proposal.cause.get_absolute_url()),
        }
    return data
