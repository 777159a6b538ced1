"""Sources yield Documents; containers expand one Document into member Documents.

A ``Source`` has one method, ``documents() -> Iterator[Document]`` (files and folders, WARC
files, fetched URLs). A *container expander* is registered per media type (zip, tar, 7z, WARC,
...) and turns one document into its members; the pipeline calls it for any document whose
sniffed media type is a container, so archives found inside folders, WARC records or other
archives are opened the same way, under ``Limits`` (depth, members, total bytes, ratio).
Member uris are ``outer!/path/in/member``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

from redline.limits import Limits
from redline.model import Document
from redline.registry import Registry


class Source(Protocol):
    def documents(self) -> Iterator[Document]: ...


# expander(doc, data, limits, depth) -> member documents. ``depth`` is the nesting depth of
# ``doc`` (0 for a top-level file); expanders raise LimitExceeded past limits.max_archive_depth.
Expander = Callable[[Document, bytes, Limits, int], Iterator[Document]]

containers: Registry[Expander] = Registry("container media type")
sources: Registry[type] = Registry("source")
