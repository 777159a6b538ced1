"""Logging setup for the command line and the web app (library code only uses getLogger)."""

from __future__ import annotations

import json
import logging
import sys


class _JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {"level": record.levelname.lower(), "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def setup_logging(verbosity: int = 0, json_lines: bool = False) -> None:
    level = logging.WARNING if verbosity <= 0 else logging.INFO if verbosity == 1 else logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonLines() if json_lines else logging.Formatter("redline: %(levelname)s: %(message)s"))
    root = logging.getLogger("redline")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
