"""SARIF output: valid against the official OASIS SARIF 2.1.0 schema, and every mapping pinned.

tests/data/sarif-schema-2.1.0.json is the official schema, vendored from the OASIS TC's
repository (oasis-tcs/sarif-spec, Documents/CommitteeSpecifications/2.1.0) so the check runs
offline.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from redline.report import formatters
from redline.report.sarif import FINGERPRINT_KEY, artifact_uri

DATA = Path(__file__).resolve().parents[1] / "data"

# RFC 3986 URI-reference characters; jsonschema only checks "uri-reference" when an optional
# package is installed, so the test checks it itself.
_URI_CHARS = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)


def _render(results, meta) -> dict:
    buf = io.StringIO()
    formatters.get("sarif")().write(iter(results), buf, meta)
    return json.loads(buf.getvalue())


def _all_uris(log: dict) -> list[str]:
    run = log["runs"][0]
    uris = [a["location"]["uri"] for a in run["artifacts"]]
    uris += [loc["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] for loc in r["locations"]]
    return uris


def test_valid_against_official_schema(sample_results, meta, validator) -> None:
    log = _render(sample_results, meta)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)
    assert log["version"] == "2.1.0"
    assert log["$schema"] == validator.schema["$id"]
    for uri in _all_uris(log):
        assert _URI_CHARS.match(uri), uri


def test_schema_check_is_not_vacuous(sample_results, meta, validator) -> None:
    # The same log with one broken field must be rejected, or the check above proves nothing.
    log = _render(sample_results, meta)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(validator.iter_errors(log))
    log = _render(sample_results, meta)
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    assert list(validator.iter_errors(log))


def test_empty_scan_is_valid(meta, validator) -> None:
    log = _render([], meta)
    assert not list(validator.iter_errors(log))
    assert log["runs"][0]["results"] == []


def test_same_document_twice_is_one_artifact(sample_results, meta, validator) -> None:
    log = _render(sample_results + sample_results[:1], meta)
    assert not list(validator.iter_errors(log))
    run = log["runs"][0]
    assert len(run["artifacts"]) == len(sample_results)
    assert len(run["results"]) == sum(len(r.findings) for r in sample_results) + len(sample_results[0].findings)


def test_partial_fingerprints_are_the_finding_fingerprints(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    got = sorted(r["partialFingerprints"][FINGERPRINT_KEY] for r in log["runs"][0]["results"])
    want = sorted(f.fingerprint for r in sample_results for f in r.findings)
    assert got == want


def test_suppressions_marked_not_dropped(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    results = log["runs"][0]["results"]
    assert len(results) == sum(len(r.findings) for r in sample_results)
    by_fp = {r["partialFingerprints"][FINGERPRINT_KEY]: r for r in results}
    assert by_fp["11111111111111111111111111111111"]["suppressions"][0]["kind"] == "inSource"
    assert by_fp["22222222222222222222222222222222"]["suppressions"][0]["kind"] == "external"
    assert "suppressions" not in by_fp["0123456789abcdef0123456789abcdef"]


def test_region_and_artifact(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    run = log["runs"][0]
    by_fp = {r["partialFingerprints"][FINGERPRINT_KEY]: r for r in run["results"]}
    page = by_fp["0123456789abcdef0123456789abcdef"]
    phys = page["locations"][0]["physicalLocation"]
    f = sample_results[0].findings[0]
    assert phys["region"] == {
        "startLine": 3, "startColumn": f.location.column, "endLine": 3, "endColumn": f.location.end_column,
        "charOffset": 120, "charLength": len(f.evidence), "snippet": {"text": f.evidence},
    }
    art = run["artifacts"][phys["artifactLocation"]["index"]]
    assert art["location"]["uri"] == phys["artifactLocation"]["uri"] == "site/products/ev-3.html"
    assert art["hashes"] == {"sha-256": "a" * 64}
    assert art["mimeType"] == "text/html"
    assert page["level"] == "error"
    assert page["properties"]["groups"] == ["uyghur"]
    assert run["columnKind"] == "unicodeCodePoints"
    # binary documents: offsets are bytes
    fw = by_fp["44444444444444444444444444444444"]["locations"][0]["physicalLocation"]
    assert fw["region"]["byteOffset"] == 3000 and fw["region"]["byteLength"] == 16
    assert "charOffset" not in fw["region"]
    assert fw["artifactLocation"]["uri"] == "file:///abs/path/firmware.bin"
    # pointer-only findings: no region, a logical location instead
    api = by_fp["33333333333333333333333333333333"]["locations"][0]
    assert "region" not in api["physicalLocation"]
    assert api["logicalLocations"] == [{"fullyQualifiedName": "/components/schemas/Face/properties/race",
                                        "kind": "element"}]
    assert api["physicalLocation"]["artifactLocation"]["uri"] == "api/openapi%20with%20space.json"


def test_rules_from_meta_and_findings(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids[:3] == ["named-group-targeting", "trait-modality", "unused-rule"]
    assert {"trait-capability", "schema-field"} <= set(ids)  # fired but not described in meta
    assert len(ids) == len(set(ids))
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
    assert rules[0]["defaultConfiguration"]["level"] == "error"
    assert rules[0]["properties"]["security-severity"] == "9.5"
    assert run["tool"]["driver"]["version"] == "0.1.0"


def test_errors_become_notifications(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    inv = log["runs"][0]["invocations"][0]
    notes = inv["toolExecutionNotifications"]
    assert len(notes) == 1
    assert notes[0]["level"] == "error"
    assert "truncated PDF" in notes[0]["message"]["text"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/broken.pdf"


def test_deterministic_and_order_independent(sample_results, meta) -> None:
    a = _render(sample_results, meta)
    b = _render(list(reversed(sample_results)), meta)
    assert a == b


def test_hostile_evidence_survives_exactly(sample_results, meta) -> None:
    log = _render(sample_results, meta)
    snippets = [r["locations"][0]["physicalLocation"].get("region", {}).get("snippet", {}).get("text")
                for r in log["runs"][0]["results"]]
    assert "<img src=x onerror=alert(1)>ethnicity detection" in snippets


@pytest.mark.parametrize(("uri", "want"), [
    ("docs/a b.txt", "docs/a%20b.txt"),
    ("/srv/x.html", "file:///srv/x.html"),
    ("https://example.test/p?q=1#f", "https://example.test/p?q=1#f"),
    ("bundle.zip!/inner/页面.html", "bundle.zip!/inner/%E9%A1%B5%E9%9D%A2.html"),
    ('evil"><x>.html', "evil%22%3E%3Cx%3E.html"),
    ("http://x.test/a%2Fb/%zz y", "http://x.test/a%2Fb/%25zz%20y"),
    ("docs/100%.txt", "docs/100%25.txt"),
])
def test_artifact_uri(uri: str, want: str) -> None:
    assert artifact_uri(uri) == want
    assert _URI_CHARS.match(want)
