"""``vendors.yaml``: many watched sources at once (``redline watch import``).

    version: 1
    defaults:            # optional; applied to every source that does not say otherwise
      every: 6h
      tags: [import:2026-11]
    sources:
      - url: https://vendor-x.example/products/face-attributes
        name: Vendor X face attributes
        every: 12h
        depth: 1
        browser: false
        tags: [vendor:x, country:cn]

Validated with pydantic at this edge; unknown keys are errors (a typo must not silently drop
a setting). Tags from ``defaults`` and from the source are merged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from redline.errors import ConfigError


class _Defaults(BaseModel):
    model_config = ConfigDict(extra="forbid")
    every: str | None = None
    depth: int | None = Field(default=None, ge=0, le=10)
    scope: str | None = None
    browser: bool | None = None
    allow_private: bool | None = None
    tags: list[str] = []


class _Source(_Defaults):
    url: str
    name: str | None = None


class _VendorsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    defaults: _Defaults = _Defaults()
    sources: list[_Source]


def load_vendors(path: str | Path) -> list[dict[str, Any]]:
    """The sources of a vendors file as plain dicts (defaults applied)."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    try:
        doc = _VendorsFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"{path}: {problems}") from None
    if doc.version != 1:
        raise ConfigError(f"{path}: unsupported version {doc.version} (this redline reads version 1)")
    base = doc.defaults.model_dump(exclude_none=True)
    out = []
    for s in doc.sources:
        spec = {**{k: v for k, v in base.items() if k != "tags"}, **s.model_dump(exclude_none=True)}
        spec["tags"] = list(dict.fromkeys([*doc.defaults.tags, *s.tags]))
        out.append(spec)
    return out
