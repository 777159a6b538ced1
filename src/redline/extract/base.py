"""The Extractor protocol and its registry.

An extractor turns one document's bytes into ``Segment``s. It declares ``name`` and the
``media_types`` it reads (exact types, or a prefix ending in ``*`` such as ``text/x-*``) and
implements ``extract``. ``run_extractor`` wraps every call: it enforces the per-document time and
segment limits (cooperatively, between segments, so it works in threads and Dask workers) and
turns parser exceptions that escaped the extractor into ``ExtractionError``.

Adding a format is adding a module under ``redline/extract/`` that defines a subclass of
``Extractor`` decorated with ``@extractors.register("name")`` and importing it in
``redline/extract/__init__.py``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import ClassVar

from redline.errors import DocumentError, ExtractionError, LimitExceeded, UnsupportedMediaType
from redline.limits import Limits
from redline.model import Document, Segment
from redline.registry import Registry


class Extractor:
    """Base class: declare ``name`` and ``media_types``; implement ``extract``."""

    name: ClassVar[str] = ""
    media_types: ClassVar[tuple[str, ...]] = ()
    # Lower runs first when two extractors claim overlapping wildcard types.
    priority: ClassVar[int] = 100

    def extract(self, doc: Document, data: bytes, limits: Limits) -> Iterator[Segment]:
        raise NotImplementedError


extractors: Registry[type[Extractor]] = Registry("extractor")


_resolved: dict[str, tuple[int, type[Extractor] | None]] = {}  # media type -> (registry size, class)


def extractor_for(media_type: str) -> Extractor:
    """The registered extractor for ``media_type`` (exact match first, then wildcards)."""
    hit = _resolved.get(media_type)
    if hit is None or hit[0] != len(extractors):  # a registration since: resolve anew
        hit = _resolved[media_type] = (len(extractors), _resolve(media_type))
    if hit[1] is None:
        raise UnsupportedMediaType(f"no extractor for media type {media_type.split(';', 1)[0].strip().lower()}")
    return hit[1]()


def _resolve(media_type: str) -> type[Extractor] | None:
    mt = media_type.split(";", 1)[0].strip().lower()
    best: tuple[int, int, type[Extractor]] | None = None
    for _name, cls in extractors:
        for pattern in cls.media_types:
            if pattern == mt:
                rank = (0, cls.priority)
            elif pattern.endswith("*") and mt.startswith(pattern[:-1]):
                rank = (1, cls.priority)
            else:
                continue
            if best is None or rank < best[:2]:
                best = (rank[0], rank[1], cls)
    return None if best is None else best[2]


def run_extractor(
    extractor: Extractor, doc: Document, data: bytes, limits: Limits
) -> Iterator[Segment]:
    """Run ``extractor`` under the document limits, translating stray parser errors."""
    deadline = time.monotonic() + limits.extract_seconds
    count = 0
    try:
        for seg in extractor.extract(doc, data, limits):
            count += 1
            if count > limits.max_segments:
                raise LimitExceeded("max_segments", count, limits.max_segments)
            if count % 256 == 0 and time.monotonic() > deadline:
                raise LimitExceeded("extract_seconds", round(limits.extract_seconds, 1))
            yield seg
    except DocumentError:
        raise
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, LookupError,
            UnicodeError, RecursionError, OverflowError, EOFError, AssertionError,
            MemoryError, OSError) as exc:
        # Parsers (pypdf, python-docx, lxml, yaml) raise these on corrupt input. This is the
        # one boundary where they become a per-document error; bugs still surface in tests
        # because the message carries the exception type and the scan's -v log the traceback.
        raise ExtractionError(f"{extractor.name}: {type(exc).__name__}: {exc}") from exc
    if time.monotonic() > deadline:
        raise LimitExceeded("extract_seconds", round(limits.extract_seconds, 1))
