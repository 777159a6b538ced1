"""Sources of documents; importing this package registers the container expanders."""

from __future__ import annotations

import importlib
import logging

from redline.sources.base import Source, containers, sources

logger = logging.getLogger(__name__)

for _mod in ("files", "archives", "warc"):
    try:
        importlib.import_module(f"redline.sources.{_mod}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("redline.sources."):
            continue
        logger.debug("source module %s disabled: %s", _mod, exc)

__all__ = ["Source", "containers", "sources"]
