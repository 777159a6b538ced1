"""Report formats; importing this package registers them all."""

from __future__ import annotations

import importlib

from redline.report.base import Formatter, ReportMeta, formatters, summarize

for _mod in ("json", "jsonl", "table", "sarif", "csv", "html"):
    try:
        importlib.import_module(f"redline.report.{_mod}")
    except ModuleNotFoundError as exc:
        if not (exc.name and exc.name.startswith("redline.report.")):
            raise

__all__ = ["Formatter", "ReportMeta", "formatters", "summarize"]
