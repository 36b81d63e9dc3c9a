"""Large documents kept as files on each app server's disk, sent with
sendfile, rewritten when the data changes."""

import gzip
import hashlib
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse
from django.utils.cache import get_conditional_response, patch_vary_headers

from infrastructure.pagecache.store import (
    GENERATION_KEY,
    generation,
    keep,
    kept,
    value_key,
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of a large document, compressed on its own: a document of
    pieces kept apart (`remember`) is compressed again only where a piece
    is new, the others joined as they are."""

    data: bytes
    deflated: bytes  # raw deflate, flushed to a whole byte, not ended

    @classmethod
    def of(cls, text):
        data = text.encode()
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
        deflated = compressor.compress(data) + compressor.flush(zlib.Z_SYNC_FLUSH)
        return cls(data, deflated)


def gzip_of(pieces, content):
    """The pieces' content as one gzip member (RFC 1952): their deflated
    parts one after the other, each ending on a byte, then an empty last
    block, the content's CRC-32 and its size."""
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"  # no name, no time
    trailer = struct.pack("<II", zlib.crc32(content), len(content) & 0xFFFFFFFF)
    end = b"\x03\x00"  # a last block, empty
    return b"".join([header, *(piece.deflated for piece in pieces), end, trailer])


def kept_file(name, build, *, request):
    """What `build()` returns (text, or a list of `Piece`), remembered as
    `remember` does and also written to a file on this server's disk until
    the data changes: a large document (an open dataset) is then sent from
    the file by the server's sendfile, not copied through Python for each
    request. Returns the file's path and an ETag for it; the cache must be
    enabled."""
    key = value_key(name)
    stem = hashlib.sha256(name.encode()).hexdigest()[:16]
    directory = Path(settings.PAGE_CACHE_FILES)
    # Only the generation, while the file is there, not megabytes of value;
    # for a visitor, the generation the middleware found a moment ago.
    current = getattr(request, "page_cache_generation", None)
    if current is None:
        current = generation(cache.get_many([GENERATION_KEY]))
    path = directory / f"{stem}-{current}"
    if not path.exists():
        current, value = kept(key)
        path = directory / f"{stem}-{current}"
        if value is not None:
            content = value[0]
        else:
            content = build()
            if isinstance(content, str):
                keep(key, current, content)  # pieces are kept each apart
        if isinstance(content, str):
            content = content.encode()
            compressed = gzip.compress(content, mtime=0)
        else:
            pieces, content = content, b"".join(piece.data for piece in content)
            compressed = gzip_of(pieces, content)
        directory.mkdir(parents=True, exist_ok=True)
        # The compressed copy first: it is there whenever the file is.
        for target, data in ((gzipped(path), compressed), (path, content)):
            partial = directory / f"{target.name}.{os.getpid()}.partial"
            partial.write_bytes(data)
            partial.replace(target)  # whole or not at all, for other workers
        for older in directory.glob(f"{stem}-*"):
            if older not in (path, gzipped(path)) and ".partial" not in older.name:
                older.unlink(missing_ok=True)  # those sending it keep it open
    return path, f'"{path.name[:33]}"'


def gzipped(path):
    """The gzip-compressed copy of a file that `kept_file` wrote."""
    return path.with_name(f"{path.name}.gz")


def file_response(request, path, etag, headers):
    """A file that `kept_file` wrote, as the response: compressed for a
    client that takes it, *304 Not Modified* for one that has it (before
    the file is opened), with `headers` (name, value). None when this
    server has no such file. A visitor's next request for it is answered
    by the middleware, as a kept page is."""
    compressed = "gzip" in request.headers.get("Accept-Encoding", "")
    sent, sent_etag = path, etag
    if compressed:
        sent, sent_etag = gzipped(path), f'{etag[:-1]}-gzip"'

    if not sent.exists():
        return None
    response = get_conditional_response(request, etag=sent_etag)
    if response is None:
        response = FileResponse(sent.open("rb"))
        for name, value in headers:
            response[name] = value
        if compressed:
            response["Content-Encoding"] = "gzip"
    response["ETag"] = sent_etag
    patch_vary_headers(response, ["Accept-Encoding"])
    response.kept_file = (str(path), etag, list(headers))
    return response
