"""SARIF 2.1.0 report (valid against the official OASIS schema; tests check it).

Mapping:
- one ``run``; ``tool.driver.rules`` lists the rules of the loaded packs (``ReportMeta.rules``)
  plus any rule id a finding carries that the packs did not describe; results point at their
  rule with ``ruleId`` and ``ruleIndex``;
- one ``artifact`` per scanned document (uri, length, media type, sha-256); each result's
  ``physicalLocation`` names its artifact by ``uri`` and ``index``;
- ``region``: ``startLine``/``startColumn``/``endLine``/``endColumn`` (columns count Unicode
  code points, declared by ``run.columnKind``, end column exclusive as SARIF wants),
  ``charOffset``/``charLength`` for text documents (``byteOffset``/``byteLength`` for binary
  ones, where redline's offsets count bytes), and the quoted evidence as ``snippet``; a JSON
  pointer or symbol path becomes a ``logicalLocation``;
- ``partialFingerprints["redline/v1"]`` is ``Finding.fingerprint`` (stable when lines are
  inserted above; see ``redline.fingerprint``), so code-scanning services track a finding
  across runs;
- suppressed findings carry ``suppressions``: ``inSource`` for a ``redline:ignore`` marker,
  ``external`` for a baseline file; they are never dropped;
- documents that could not be scanned become ``toolExecutionNotifications`` (level error) of
  the one ``invocation``;
- severity -> ``level``: critical/high error, medium warning, low/info note; GitHub's numeric
  ``security-severity`` is set on each rule.

No timestamps or GUIDs: the same scan gives the same file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from redline.model import DocumentResult, Finding, Severity
from redline.report.base import Formatter, ReportMeta, formatters, result_sort_key

SARIF_SCHEMA = "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"  # the schema's own $id
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "redline/v1"

LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}

# GitHub code scanning reads properties["security-severity"] (0.0-10.0) on rules.
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "0.0",
}

SUPPRESSION_KIND = {"inline": "inSource", "baseline": "external"}
SUPPRESSION_JUSTIFICATION = {
    "inline": "redline:ignore marker in the document",
    "baseline": "listed in the baseline file",
}

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
# Characters allowed unescaped in a URI path (RFC 3986 pchar plus "/"), "!" kept for the
# "archive.zip!/member" convention.
_SAFE = "/!$&'()*+,;=:@-._~"

# Media types whose redline offsets count bytes (strings pulled from binaries), not characters.
_BINARY_PREFIXES = ("application/x-executable", "application/x-sharedlib", "application/x-mach",
                    "application/x-dosexec", "application/vnd.microsoft.portable-executable",
                    "application/octet-stream", "application/x-elf", "application/x-object",
                    "application/onnx", "application/x-onnx", "application/x-hdf5",
                    "application/x-safetensors", "application/x-tflite")


def artifact_uri(uri: str) -> str:
    """A valid URI reference for a document uri (paths are percent-encoded, never rewritten)."""
    if _SCHEME.match(uri) and not re.match(r"^[A-Za-z]:[\\/]", uri):
        # Already a URI: keep its escapes, escape what is not allowed (a stray "%" included).
        return quote(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", uri), safe=_SAFE + "?#%[]")
    if uri.startswith("/"):
        return "file://" + quote(uri, safe=_SAFE)
    return quote(str(PurePosixPath(uri.replace("\\", "/"))) if uri else "", safe=_SAFE)


def is_binary(media_type: str) -> bool:
    return media_type.startswith(_BINARY_PREFIXES)


def _rule_descriptor(rule_id: str, severity: Severity, description: str) -> dict[str, Any]:
    text = description or rule_id
    return {
        "id": rule_id,
        "name": _rule_name(rule_id),
        "shortDescription": {"text": text.split("\n", 1)[0]},
        "fullDescription": {"text": text},
        "defaultConfiguration": {"level": LEVEL[severity]},
        "properties": {
            "tags": ["redline", "biometric-categorisation"],
            "severity": severity.value,
            "security-severity": SECURITY_SEVERITY[severity],
        },
    }


def _rule_name(rule_id: str) -> str:
    # SARIF suggests a PascalCase readable name; derive it from the id.
    words = re.split(r"[^0-9A-Za-z]+", rule_id)
    return "".join(w[:1].upper() + w[1:] for w in words if w) or rule_id


def _region(f: Finding, binary: bool) -> dict[str, Any] | None:
    loc = f.location
    region: dict[str, Any] = {}
    if loc.line is not None and loc.line >= 1:
        region["startLine"] = loc.line
        if loc.column is not None and loc.column >= 1:
            region["startColumn"] = loc.column
        if loc.end_line is not None and loc.end_line >= loc.line:
            region["endLine"] = loc.end_line
        if loc.end_column is not None and loc.end_column >= 1 and "startColumn" in region:
            region["endColumn"] = loc.end_column
    if loc.offset is not None and loc.offset >= 0:
        if binary:
            region["byteOffset"] = loc.offset
            if loc.length is not None and loc.length >= 0:
                region["byteLength"] = loc.length
        else:
            region["charOffset"] = loc.offset
            if loc.length is not None and loc.length >= 0:
                region["charLength"] = loc.length
    if not region:
        return None  # a snippet alone is not a valid region: it must say where
    if f.evidence:
        region["snippet"] = {"text": f.evidence}
    return region


def _message(f: Finding) -> str:
    groups = f" targeting {', '.join(f.groups)}" if f.groups else ""
    modality = f" from {f.modality.value}" if f.modality else ""
    head = f"{f.stance.value}: {f.trait.value}{groups}{modality} — \"{' '.join(f.evidence.split())}\""
    return f"{head}. {f.message}" if f.message else head


def to_sarif(results: Iterable[DocumentResult], meta: ReportMeta) -> dict[str, Any]:
    ordered = sorted(results, key=result_sort_key)
    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    for rule_id, severity, description in meta.rules:
        if rule_id in rule_index:
            continue
        try:
            sev = Severity.parse(severity)
        except ValueError:
            sev = Severity.MEDIUM
        rule_index[rule_id] = len(rules)
        rules.append(_rule_descriptor(rule_id, sev, description))

    artifacts: list[dict[str, Any]] = []
    artifact_index: dict[str, int] = {}
    sarif_results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []
    for r in ordered:
        uri = artifact_uri(r.uri)
        artifact: dict[str, Any] = {"location": {"uri": uri}, "roles": ["analysisTarget"]}
        if r.size:
            artifact["length"] = r.size
        if r.media_type and "/" in r.media_type:
            artifact["mimeType"] = r.media_type
        if r.sha256:
            artifact["hashes"] = {"sha-256": r.sha256}
        props: dict[str, Any] = {"verdict": {
            "stance": r.verdict.stance.value,
            "traits": [t.value for t in r.verdict.traits],
            "groups": list(r.verdict.groups),
            "severity": r.verdict.severity.value,
            "confidence": round(r.verdict.confidence, 3),
        }}
        if r.record_id:
            props["record_id"] = r.record_id
        artifact["properties"] = props
        # run.artifacts must hold unique items: the same document given twice (or a WARC
        # record repeated) is one artifact that both sets of results point at.
        key = json.dumps(artifact, sort_keys=True)
        if key not in artifact_index:
            artifact_index[key] = len(artifacts)
            artifacts.append(artifact)
        index = artifact_index[key]
        if r.error:
            notifications.append({
                "level": "error",
                "message": {"text": f"{r.uri}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri, "index": index}}}],
                "properties": {"error_kind": r.error_kind or "error"},
            })
        binary = is_binary(r.media_type)
        for f in r.findings:
            if f.rule not in rule_index:
                rule_index[f.rule] = len(rules)
                rules.append(_rule_descriptor(f.rule, f.severity, f.message))
            physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "index": index}}
            region = _region(f, binary)
            if region is not None:
                physical["region"] = region
            location: dict[str, Any] = {"physicalLocation": physical}
            if f.location.pointer:
                location["logicalLocations"] = [{"fullyQualifiedName": f.location.pointer,
                                                 "kind": "element"}]
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "ruleIndex": rule_index[f.rule],
                "kind": "fail",
                "level": LEVEL[f.severity],
                "message": {"text": _message(f)},
                "locations": [location],
                "properties": {
                    "trait": f.trait.value,
                    "groups": list(f.groups),
                    "modality": f.modality.value if f.modality else None,
                    "stance": f.stance.value,
                    "severity": f.severity.value,
                    "confidence": round(f.confidence, 3),
                    "evidence": f.evidence,
                    "context": f.context,
                },
            }
            if f.fingerprint:
                result["partialFingerprints"] = {FINGERPRINT_KEY: f.fingerprint}
            if f.location.page is not None:
                result["properties"]["page"] = f.location.page
            if f.suppressed:
                result["suppressions"] = [{
                    "kind": SUPPRESSION_KIND.get(f.suppressed, "external"),
                    "state": "accepted",
                    "justification": SUPPRESSION_JUSTIFICATION.get(f.suppressed, f.suppressed),
                }]
            sarif_results.append(result)

    driver: dict[str, Any] = {
        "name": "redline",
        "rules": rules,
    }
    if meta.tool_version:
        driver["version"] = meta.tool_version
        driver["semanticVersion"] = meta.tool_version
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "artifacts": artifacts,
        "results": sarif_results,
    }
    if meta.rule_packs:
        run["properties"] = {"rule_packs": {k: v for k, v in meta.rule_packs}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


@formatters.register("sarif")
class SarifFormatter(Formatter):
    name = "sarif"
    media_type = "application/sarif+json"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        json.dump(to_sarif(results, meta), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
