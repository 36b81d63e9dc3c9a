"""schema.org descriptions (JSON-LD) of what the portal's pages show."""


def description(kind, url):
    """The start of a page's description: what it is, with its address as
    its identifier."""
    return {"@context": "https://schema.org", "@type": kind, "@id": url, "url": url}


def reference(kind, item, request):
    """Another thing named in a description, by its name and its page."""
    return {
        "@type": kind,
        "name": item.name,
        "url": request.build_absolute_uri(item.get_absolute_url()),
    }
