"""The portal's infrastructure: the parts every app builds on, each named for
what it is (the page cache, images and documents, rate limits, Markdown,
transliteration, access to views, list filters). It imports none of the
portal's apps; they import it."""
