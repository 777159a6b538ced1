"""Find and parse rule packs: the packaged ones (``rules/packs/*.yaml``) plus user packs."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from typing import Any

from redline.errors import RulePackError
from redline.rules import packcache
from redline.rules.compile import CompiledRuleSet, LoadedPack

PACKS_DIR = Path(__file__).parent / "packs"


def packaged_pack_paths() -> list[Path]:
    return sorted(PACKS_DIR.glob("*.yaml"))


def _expand(extra: Sequence[str | Path]) -> list[Path]:
    out: list[Path] = []
    for item in extra:
        p = Path(item)
        if p.is_dir():
            out += sorted(p.glob("*.yaml")) + sorted(p.glob("*.yml"))
        elif p.exists():
            out.append(p)
        else:
            raise RulePackError("rule pack not found", file=str(p),
                                help="pass the path of a YAML rule pack (or a folder of them)")
    return out


def load_packs(extra: Sequence[str | Path] = (), *, packaged: bool = True) -> list[LoadedPack]:
    paths = (packaged_pack_paths() if packaged else []) + _expand(extra)
    packs: list[LoadedPack] = []
    ids: dict[str, str] = {}
    for path in paths:
        spec, lines = _read(path)
        if spec.pack in ids:
            raise RulePackError(f"pack id {spec.pack!r} already loaded from {ids[spec.pack]}",
                                file=str(path), line=lines.get(("pack",)),
                                help="give the user pack its own 'pack:' id")
        ids[spec.pack] = str(path)
        packs.append(LoadedPack(spec, str(path), lines))
    return packs


def _read(path: Path) -> tuple[Any, dict[tuple[Any, ...], int]]:
    """One pack, validated: from the pack cache when it holds these bytes (no YAML parsing, no
    pydantic), else parsed and validated by ``schema.parse_pack`` and cached."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise RulePackError(f"cannot read rule pack: {exc.strerror or exc}", file=str(path)) from None
    hit = packcache.load(path, data)
    if hit is not None:
        return hit
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise RulePackError("rule pack is not UTF-8", file=str(path)) from None
    from redline.rules.schema import parse_pack  # pydantic: only when a pack is parsed

    spec, lines = parse_pack(text, str(path))
    packcache.store(path, data, spec, lines)
    return spec, lines


def load_rules(extra: Sequence[str | Path] = ()) -> CompiledRuleSet:
    """Compile the packaged rule packs plus the user packs in ``extra`` (files or folders)."""
    return CompiledRuleSet(load_packs(extra))


__all__ = ["PACKS_DIR", "load_packs", "load_rules", "packaged_pack_paths"]
