"""The rule-pack YAML format (pydantic models, used only at this edge) and its loader.

A pack is one YAML file::

    pack: core                 # pack id (lowercase slug)
    version: "1.0"
    description: ...
    concepts:                  # vocabulary, merged by id across packs (a user pack may extend one)
      - id: race
        kind: trait            # trait | group | label | modality | capability | attribute |
                               # offer | reporting | disclaimer | benign | exclude
        trait: race_ethnicity  # trait and group concepts: the trait they stand for
        terms:                 # per language; "*" at the end of a term = prefix (no end boundary)
          en: [race, races, ethnicity]
          zh: [种族, 人种]
    rules:
      - id: trait-face-inference
        kind: co-occurrence    # co-occurrence | named-group | label-set | schema-field
        ...
        examples:
          match: ["..."]       # each must produce a finding of this rule
          no_match: ["..."]    # each must not

Errors are ``RulePackError`` carrying the file and the YAML line of the offending node
(taken from the YAML node marks), so ``redline rules check`` can print that line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from redline.errors import RulePackError
from redline.model import Modality, Severity, Trait

CONCEPT_KINDS = ("trait", "group", "label", "modality", "capability", "attribute", "offer",
                 "reporting", "disclaimer", "benign", "exclude")
RULE_KINDS = ("co-occurrence", "named-group", "label-set", "schema-field")
WINDOWS = ("sentence", "segment", "group", "lines")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
MAX_NODES = 200_000


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConceptSpec(_Model):
    id: str
    kind: Literal["trait", "group", "label", "modality", "capability", "attribute", "offer",
                  "reporting", "disclaimer", "benign", "exclude"]
    description: str = ""
    trait: Trait | None = None
    group: str | None = None
    modality: Modality | None = None
    # How much one hit counts (cue strength, trait-term specificity). 0 < weight <= 3.
    weight: float = Field(default=1.0, gt=0, le=3)
    # Group concepts: a named (usually minority) group whose detection is targeting on its own.
    targetable: bool = False
    # Add every term of this concept to the raw-byte prefilter anchors.
    anchor: bool = False
    terms: dict[str, list[str]]

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"concept id {v!r} must be a lowercase slug (a-z, 0-9, _ . -)")
        return v

    @field_validator("terms")
    @classmethod
    def _terms(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        if not any(v.values()):
            raise ValueError("a concept needs at least one term")
        for lang, terms in v.items():
            for t in terms:
                if not isinstance(t, str) or not t.strip("* "):
                    raise ValueError(f"empty term in language {lang!r}")
        return v

    @model_validator(mode="after")
    def _kind_fields(self) -> ConceptSpec:
        if self.kind in ("trait", "group", "label") and self.trait is None:
            raise ValueError(f"a {self.kind} concept needs 'trait:'")
        if self.kind in ("group", "label") and not self.group:
            raise ValueError(f"a {self.kind} concept needs 'group:' (a lowercase English slug)")
        if self.group is not None and not _SLUG.match(self.group):
            raise ValueError(f"group id {self.group!r} must be a lowercase English slug")
        if self.kind == "modality" and self.modality is None:
            raise ValueError("a modality concept needs 'modality:'")
        return self


class Example(_Model):
    """A multi-segment example: segments sharing one group (an enum, an object, a label list)."""

    segments: list[str]
    kind: Literal["key", "enum-member", "label-list", "identifier", "string", "prose"] = "key"


class Examples(_Model):
    match: list[str | Example] = Field(default_factory=list)
    no_match: list[str | Example] = Field(default_factory=list)


class RuleSpec(_Model):
    id: str
    kind: Literal["co-occurrence", "named-group", "label-set", "schema-field"]
    description: str
    severity: Severity = Severity.MEDIUM
    confidence: float = Field(default=0.6, ge=0, le=1)
    # Trait reported by the rule; None = the trait of the trait/group/label concept that matched.
    trait: Trait | None = None
    modality: Modality | None = None
    window: Literal["sentence", "segment", "group", "lines"] = "sentence"
    # lines window: how many lines either side of the anchor hit.
    lines: int = Field(default=3, ge=0, le=50)
    # Every inner list is one requirement: a hit of any listed concept kind or concept id.
    require: list[list[str]] = Field(default_factory=list)
    # label-set / schema-field: at least `min` distinct concepts/terms of `of` in the window.
    distinct_of: list[str] = Field(default_factory=list)
    distinct_min: int = Field(default=0, ge=0, le=20)
    # Every inner list: some segment of the document must hold a hit of one of these.
    doc_require: list[list[str]] = Field(default_factory=list)
    # Concept kinds/ids whose presence in the window cancels the rule (e.g. benign cues).
    unless: list[str] = Field(default_factory=list)
    # Segment kinds the rule applies to (empty = all).
    segment_kinds: list[str] = Field(default_factory=list)
    # Segment kinds that stand on their own: when `doc_require` is not met by the document, the
    # rule still runs on segments of these kinds, at 0.8 x confidence (a bare labels.txt is a
    # classifier's output vocabulary even when no face or body task is written next to it).
    standalone_kinds: list[Literal["key", "enum-member", "label-list", "identifier", "string", "prose",
                                   "heading", "comment"]] = Field(default_factory=list)
    examples: Examples

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"rule id {v!r} must be a lowercase slug (a-z, 0-9, _ . -)")
        return v

    @model_validator(mode="after")
    def _kind_fields(self) -> RuleSpec:
        if not self.examples.match or not self.examples.no_match:
            raise ValueError("every rule needs at least one 'match' and one 'no_match' example")
        if self.kind == "co-occurrence" and len(self.require) < 2:
            raise ValueError("a co-occurrence rule needs 'require:' with at least two requirements")
        if self.kind == "named-group" and not self.require:
            raise ValueError("a named-group rule needs 'require:' (the group first)")
        if self.kind in ("label-set", "schema-field") and (not self.distinct_of or self.distinct_min < 2):
            raise ValueError(f"a {self.kind} rule needs 'distinct_of:' and 'distinct_min:' >= 2")
        if self.kind == "schema-field" and not self.require:
            raise ValueError("a schema-field rule needs 'require:' naming the trait field")
        return self


class PackSpec(_Model):
    pack: str
    version: str = "1"
    description: str = ""
    # Raw-byte prefilter: specific terms one of which any hit implies; decoys are words that
    # contain an anchor but are not hits ("trace" for "race").
    anchors: list[str] = Field(default_factory=list)
    decoys: list[str] = Field(default_factory=list)
    concepts: list[ConceptSpec] = Field(default_factory=list)
    rules: list[RuleSpec] = Field(default_factory=list)

    @field_validator("pack")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(f"pack id {v!r} must be a lowercase slug")
        return v

    @field_validator("version", mode="before")
    @classmethod
    def _version(cls, v: Any) -> str:
        return str(v)


# --- YAML with line numbers ----------------------------------------------------------------


def _to_python(node: yaml.Node, path: tuple[Any, ...], lines: dict[tuple[Any, ...], int],
               budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0:
        raise ValueError("rule pack too large (or uses YAML aliases that expand without bound)")
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for k, v in node.value:
            key = _to_python(k, path, {}, budget)
            if isinstance(key, list | dict):
                raise ValueError("mapping keys must be scalars")  # noqa: TRY004 - reported as a pack error
            lines[path + (key,)] = k.start_mark.line + 1
            out[key] = _to_python(v, path + (key,), lines, budget)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(v, path + (i,), lines, budget) for i, v in enumerate(node.value)]
    return _scalar(node)


_RESOLVER = yaml.SafeLoader("")


def _scalar(node: yaml.Node) -> Any:
    if node.tag == "tag:yaml.org,2002:str" or (isinstance(node, yaml.ScalarNode) and node.style in ("'", '"')):
        return node.value
    return _RESOLVER.construct_object(node, deep=True)


def parse_pack(text: str, file: str) -> tuple[PackSpec, dict[tuple[Any, ...], int]]:
    """Parse and validate one pack; raise RulePackError(file=, line=) on any problem."""
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise RulePackError(f"not valid YAML: {exc.problem or exc}", file=file,
                            line=(mark.line + 1) if mark else None,
                            help="check indentation and quoting around this line") from None
    except yaml.YAMLError as exc:
        raise RulePackError(f"not valid YAML: {exc}", file=file) from None
    if node is None:
        raise RulePackError("empty rule pack", file=file, help="a pack needs at least 'pack:'")
    lines: dict[tuple[Any, ...], int] = {}
    try:
        data = _to_python(node, (), lines, [MAX_NODES])
    except (ValueError, yaml.YAMLError) as exc:
        raise RulePackError(str(exc), file=file, line=node.start_mark.line + 1) from None
    if not isinstance(data, dict):
        raise RulePackError("a rule pack must be a mapping with 'pack:', 'concepts:' and 'rules:'",
                            file=file, line=1)
    try:
        spec = PackSpec.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p in ("str", "Example")))
        line = _line_for(loc, lines)
        where = ".".join(str(p) for p in loc) or "(top level)"
        n = exc.error_count()
        more = f" (and {n - 1} more error{'s' if n > 2 else ''})" if n > 1 else ""
        raise RulePackError(f"{where}: {err['msg']}{more}", file=file, line=line,
                            help=_HELP.get(str(loc[-1]) if loc else "", "see docs/rules.md for the pack format")) from None
    return spec, lines


def _line_for(loc: tuple[Any, ...], lines: dict[tuple[Any, ...], int]) -> int | None:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return None


_HELP = {
    "kind": "concept kinds: " + ", ".join(CONCEPT_KINDS) + "; rule kinds: " + ", ".join(RULE_KINDS),
    "trait": "traits: " + ", ".join(t.value for t in Trait),
    "severity": "severities: " + ", ".join(s.value for s in Severity),
    "examples": "add examples: {match: [...], no_match: [...]}",
    "window": "windows: " + ", ".join(WINDOWS),
}


def read_pack(path: Path) -> tuple[PackSpec, dict[tuple[Any, ...], int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulePackError(f"cannot read rule pack: {exc.strerror or exc}", file=str(path)) from None
    except UnicodeDecodeError:
        raise RulePackError("rule pack is not UTF-8", file=str(path)) from None
    return parse_pack(text, str(path))


__all__ = [
    "CONCEPT_KINDS",
    "RULE_KINDS",
    "ConceptSpec",
    "Example",
    "Examples",
    "PackSpec",
    "RuleSpec",
    "parse_pack",
    "read_pack",
]
