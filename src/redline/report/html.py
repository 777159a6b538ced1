"""Self-contained HTML report: one file, no network, safe to open whatever was scanned.

Contents: summary counts, filters (severity, stance, trait, free-text search, show suppressed,
show clean documents), one card per document with its verdict, each finding's evidence
highlighted inside its context, location, rule, and the documents that could not be scanned.

Safety: scanned text is hostile input. The template is rendered by jinja2 with autoescape on,
so every quote, uri and message is escaped (also inside attributes); no scanned text is ever
placed inside ``<script>`` or ``<style>``; the filter script reads ``data-*`` attributes only.
A Content-Security-Policy ``<meta>`` allows exactly the report's own inline script and style
(by sha256 hash) and nothing else, so even a missed escape could not run script or load
anything from the network.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, TextIO

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from redline.model import DocumentResult, Finding, Severity
from redline.report.base import Formatter, ReportMeta, formatters, result_sort_key, summarize
from redline.report.table import context_window, location_text

CONTEXT_CHARS = 400


@dataclass(frozen=True, slots=True)
class _FindingView:
    finding: Finding
    before: str
    evidence: str
    after: str
    context_apart: str  # context shown on its own when the evidence is not inside it
    location: str
    search: str
    show_message: bool  # a rule's explanation is shown once per document


@dataclass(frozen=True, slots=True)
class _DocumentView:
    result: DocumentResult
    findings: tuple[_FindingView, ...]
    active: int
    suppressed: int
    traits: str
    severities: str
    stances: str


@functools.lru_cache(maxsize=1)
def _environment() -> Environment:
    # Built once per process: compiling the template is most of the cost of a small report.
    # Nothing in it depends on settings, so this cache never needs busting.
    return Environment(
        loader=PackageLoader("redline.report", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _finding_view(f: Finding, uri: str, show_message: bool) -> _FindingView:
    before, ev, after = context_window(f.context, f.evidence, CONTEXT_CHARS)
    apart = ""
    if not before and not after and f.context and f.context.strip() != f.evidence.strip():
        apart = f.context if len(f.context) <= CONTEXT_CHARS else f.context[:CONTEXT_CHARS] + "…"
    search = " ".join([uri, f.rule, f.trait.value, " ".join(f.groups), f.evidence, f.context,
                       f.modality.value if f.modality else "", f.message]).casefold()
    return _FindingView(finding=f, before=before, evidence=ev, after=after, context_apart=apart,
                        location=location_text(f.location), search=search, show_message=show_message)


def _document_view(r: DocumentResult) -> _DocumentView:
    explained: set[str] = set()
    views = []
    for f in r.findings:
        views.append(_finding_view(f, r.uri, f.message not in explained))
        explained.add(f.message)
    active = sum(1 for f in r.findings if f.suppressed is None)
    return _DocumentView(
        result=r,
        findings=tuple(views),
        active=active,
        suppressed=len(r.findings) - active,
        traits=" ".join(sorted({f.trait.value for f in r.findings})),
        severities=" ".join(sorted({f.severity.value for f in r.findings})),
        stances=" ".join(sorted({f.stance.value for f in r.findings} | {r.verdict.stance.value})),
    )


def render_html(results: Iterable[DocumentResult], meta: ReportMeta) -> str:
    ordered = sorted(results, key=result_sort_key)
    summary = summarize(ordered)
    env = _environment()
    # Served verbatim (not rendered): their sha256 goes into the Content-Security-Policy.
    script = env.loader.get_source(env, "report.js")[0]  # type: ignore[union-attr]
    style = env.loader.get_source(env, "report.css")[0]  # type: ignore[union-attr]
    docs = [_document_view(r) for r in ordered]
    # Documents with active findings first (most severe first), then the rest, each by uri.
    docs.sort(key=lambda d: (0 if d.active else 1 if d.result.findings else 2,
                             -d.result.verdict.severity.rank if d.active else 0, d.result.uri))
    traits = sorted({f.trait.value for r in ordered for f in r.findings})
    context: dict[str, Any] = {
        "meta": meta,
        "summary": summary,
        "documents": [d for d in docs if not d.result.error],
        "errors": [d.result for d in docs if d.result.error],
        "severities": [s.value for s in Severity],
        "stances": ["capability", "reporting", "disclaimer", "none"],
        "traits": traits,
        "script": script,
        "style": style,
        "csp": f"default-src 'none'; script-src '{_csp_hash(script)}'; style-src '{_csp_hash(style)}'; "
               "img-src 'none'; form-action 'none'; base-uri 'none'",
        "total_findings": sum(summary["findings"].values()),  # type: ignore[attr-defined]
    }
    return env.get_template("report.html.j2").render(**context)


@formatters.register("html")
class HtmlFormatter(Formatter):
    name = "html"
    media_type = "text/html"

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        stream.write(render_html(results, meta))
