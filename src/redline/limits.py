"""Limits: every bound on hostile input, one named setting each, with safe defaults.

Each limit is enforced in exactly one place and raises ``LimitExceeded(name, value, max)``.
Override on the command line with ``--limit NAME=VALUE`` (sizes accept K/M/G suffixes).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from redline.errors import UsageError


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    max_document_bytes: int = 64 * 1024**2  # bigger files are refused per document
    max_text_chars: int = 32 * 1024**2  # decoded/extracted text kept per document
    max_segments: int = 200_000  # segments per document
    max_line_chars: int = 1024**2  # longer lines are split for matching (not refused)
    max_json_depth: int = 200  # nesting depth of JSON/YAML
    max_yaml_nodes: int = 1_000_000  # YAML alias expansion ("billion laughs")
    extract_seconds: float = 60.0  # wall time per document in an extractor
    # archives
    max_archive_members: int = 10_000
    max_archive_depth: int = 5
    max_archive_total_bytes: int = 1024**3  # uncompressed, per top-level archive
    max_compression_ratio: float = 1000.0  # per member
    # fetching
    max_fetch_bytes: int = 32 * 1024**2
    max_redirects: int = 10
    fetch_timeout: float = 30.0

    def replace(self, **changes: object) -> Limits:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    @classmethod
    def names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    def with_overrides(self, items: list[str] | None) -> Limits:
        """Apply ``NAME=VALUE`` strings (as given to ``--limit``)."""
        if not items:
            return self
        changes: dict[str, object] = {}
        types = {f.name: f.type for f in dataclasses.fields(self)}
        for item in items:
            name, sep, raw = item.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in types:
                raise UsageError(f"--limit {item!r}: expected NAME=VALUE with NAME one of {', '.join(types)}")
            try:
                changes[name] = _parse_number(raw, float if types[name] in (float, "float") else int)
            except ValueError:
                raise UsageError(f"--limit {item!r}: {raw!r} is not a number") from None
        return self.replace(**changes)


def _parse_number(raw: str, kind: type) -> int | float:
    raw = raw.strip().upper()
    mult = 1
    for suffix, m in (("K", 1024), ("M", 1024**2), ("G", 1024**3)):
        if raw.endswith(suffix):
            raw, mult = raw[:-1], m
            break
    value = float(raw) * mult
    return kind(value)
