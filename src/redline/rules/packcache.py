"""Validated rule packs cached as JSON, so a start does not import pydantic nor parse YAML.

Parsing the packaged packs with line numbers and validating them (``schema.parse_pack``) costs
~0.06 s, and importing pydantic for it ~0.09 s, on every start of every command. A pack that
validated once is stored as JSON (``model_dump``) with its line table, in the cache folder of
``match.cache_dir()``, named by a digest of the pack's bytes, its path, the schema's field lists
and redline's version; reading it back builds plain frozen dataclasses with the same attribute
names as the pydantic models, which is all ``CompiledRuleSet`` and the examples runner use.

JSON, not pickle: a cache folder may be shared, and loading it must never run code. Anything
unexpected in a cached file (a missing or extra field, a wrong type) is a miss: the pack is
parsed and validated again and the file replaced. A pack that fails validation is never cached,
so its errors (with file and line) are reported every time, as before.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from redline.model import Modality, Severity, Trait

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when the mirrored fields change meaning
_KEEP = 32  # cached packs kept (packaged and user packs, across edits); the oldest go first


@dataclass(frozen=True, slots=True)
class CachedExample:
    segments: tuple[str, ...]
    kind: str


@dataclass(frozen=True, slots=True)
class CachedExamples:
    match: tuple[str | CachedExample, ...]
    no_match: tuple[str | CachedExample, ...]


@dataclass(frozen=True, slots=True)
class CachedConcept:
    id: str
    kind: str
    description: str
    trait: Trait | None
    group: str | None
    modality: Modality | None
    weight: float
    targetable: bool
    anchor: bool
    terms: dict[str, list[str]]


@dataclass(frozen=True, slots=True)
class CachedRule:
    id: str
    kind: str
    description: str
    severity: Severity
    confidence: float
    trait: Trait | None
    modality: Modality | None
    window: str
    lines: int
    require: list[list[str]]
    distinct_of: list[str]
    distinct_min: int
    doc_require: list[list[str]]
    unless: list[str]
    segment_kinds: list[str]
    standalone_kinds: list[str]
    examples: CachedExamples


@dataclass(frozen=True, slots=True)
class CachedPack:
    pack: str
    version: str
    description: str
    anchors: list[str]
    decoys: list[str]
    concepts: list[CachedConcept]
    rules: list[CachedRule]


class _Mismatch(ValueError):
    """A cached file that does not have exactly the fields this version expects."""


def _exact(d: Any, cls: type) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    if not isinstance(d, dict) or set(d) != names:
        raise _Mismatch(f"{cls.__name__}: fields {sorted(d) if isinstance(d, dict) else type(d)}")
    return d


def _opt(enum: Any, v: Any) -> Any:
    return None if v is None else enum(v)


def _example(e: Any) -> str | CachedExample:
    if isinstance(e, str):
        return e
    d = _exact(e, CachedExample)
    return CachedExample(tuple(str(s) for s in d["segments"]), str(d["kind"]))


def _concept(d: Any) -> CachedConcept:
    d = _exact(d, CachedConcept)
    return CachedConcept(str(d["id"]), str(d["kind"]), str(d["description"]), _opt(Trait, d["trait"]),
                         d["group"], _opt(Modality, d["modality"]), float(d["weight"]), bool(d["targetable"]),
                         bool(d["anchor"]), {str(k): [str(t) for t in v] for k, v in d["terms"].items()})


def _rule(d: Any) -> CachedRule:
    d = _exact(d, CachedRule)
    ex = _exact(d["examples"], CachedExamples)
    return CachedRule(
        str(d["id"]), str(d["kind"]), str(d["description"]), Severity(d["severity"]), float(d["confidence"]),
        _opt(Trait, d["trait"]), _opt(Modality, d["modality"]), str(d["window"]), int(d["lines"]),
        [[str(s) for s in req] for req in d["require"]], [str(s) for s in d["distinct_of"]],
        int(d["distinct_min"]), [[str(s) for s in req] for req in d["doc_require"]],
        [str(s) for s in d["unless"]], [str(s) for s in d["segment_kinds"]],
        [str(s) for s in d["standalone_kinds"]],
        CachedExamples(tuple(_example(e) for e in ex["match"]), tuple(_example(e) for e in ex["no_match"])))


def _pack(d: Any) -> CachedPack:
    d = _exact(d, CachedPack)
    return CachedPack(str(d["pack"]), str(d["version"]), str(d["description"]), [str(a) for a in d["anchors"]],
                      [str(a) for a in d["decoys"]], [_concept(c) for c in d["concepts"]],
                      [_rule(r) for r in d["rules"]])


def _path(path: Path, data: bytes) -> Path | None:
    from redline import __version__
    from redline.rules.match import cache_dir

    where = cache_dir()
    if where is None:
        return None
    shape = [(cls.__name__, [f.name for f in fields(cls)]) for cls in
             (CachedPack, CachedConcept, CachedRule, CachedExamples, CachedExample)]
    h = hashlib.sha256(repr((FORMAT, __version__, str(path.resolve()), shape)).encode())
    h.update(data)
    return where / f"pack-{h.hexdigest()[:40]}.json"


def load(path: Path, data: bytes) -> tuple[CachedPack, dict[tuple[Any, ...], int]] | None:
    """The cached, already validated form of the pack ``path`` whose bytes are ``data``."""
    where = _path(path, data)
    if where is None:
        return None
    try:
        doc = json.loads(where.read_bytes())
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise _Mismatch("format")
        lines = {tuple(k): int(v) for k, v in doc["lines"]}
        return _pack(doc["spec"]), lines
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        logger.info("rule pack cache %s unusable (%s): parsing the pack again", where, exc)
        return None


def store(path: Path, data: bytes, spec: Any, lines: dict[tuple[Any, ...], int]) -> None:
    """Cache a validated pack (``spec`` a ``schema.PackSpec``). Failures only log."""
    from redline.rules.match import write_cache_file

    where = _path(path, data)
    if where is None:
        return
    try:
        doc = {"format": FORMAT, "spec": spec.model_dump(mode="json"),
               "lines": [[list(k), v] for k, v in lines.items()]}
        _pack(doc["spec"])  # what is written must read back, or it is not written
        write_cache_file(where, json.dumps(doc, ensure_ascii=False).encode("utf-8"), _KEEP)
    except (OSError, ValueError, TypeError) as exc:
        logger.debug("rule pack cache not written to %s: %s", where, exc)


__all__ = ["CachedConcept", "CachedExample", "CachedExamples", "CachedPack", "CachedRule", "load", "store"]
