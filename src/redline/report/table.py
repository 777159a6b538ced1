"""The terminal report: findings grouped by document, coloured by severity (rich).

Streams: each document is printed as its result arrives, so a long scan shows findings early.
Documents without findings and without an error are not listed (they are counted in the
summary line). Suppressed findings are printed dim and marked ``[suppressed: inline]`` or
``[suppressed: baseline]``; documents that could not be scanned are listed at the end.

Width: evidence and context lines are printed with ``soft_wrap`` so rich never cuts or folds
them; when the output is not a terminal (a pipe, a file, ``-o``) no colour codes are written and
nothing is truncated, so ``grep`` finds the evidence exactly as quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TextIO

from rich.console import Console
from rich.text import Text

from redline.model import DocumentResult, Finding, Locator, Severity
from redline.report.base import Formatter, ReportMeta, formatters, summarize

SEVERITY_STYLE = {
    Severity.CRITICAL: "bold white on red",
    Severity.HIGH: "bold red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}

STANCE_STYLE = {
    "capability": "bold magenta",
    "reporting": "blue",
    "disclaimer": "green",
    "none": "dim",
}

CONTEXT_CHARS = 160  # context shown around the evidence (the JSON report has all of it)


def location_text(loc: Locator) -> str:
    """``12:5`` / ``12:5-13:2`` / ``p.3`` / ``/paths/~1faces/race`` — whatever leads back."""
    parts: list[str] = []
    if loc.page is not None:
        parts.append(f"p.{loc.page}")
    if loc.line is not None:
        pos = f"{loc.line}:{loc.column}" if loc.column is not None else f"{loc.line}"
        if loc.end_line is not None and loc.end_line != loc.line:
            pos += f"-{loc.end_line}:{loc.end_column}" if loc.end_column is not None else f"-{loc.end_line}"
        parts.append(pos)
    if loc.pointer:
        parts.append(loc.pointer)
    if not parts and loc.offset is not None:
        parts.append(f"@{loc.offset}")
    if loc.record_id:
        parts.append(f"record {loc.record_id}")
    return " ".join(parts) or "-"


def one_line(text: str) -> str:
    """Collapse whitespace (newlines, tabs) so a quote stays on one terminal line."""
    return " ".join(text.split())


def context_window(context: str, evidence: str, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, evidence, after) cut from ``context`` around the first ``evidence``.

    If the evidence is not inside the context (an extractor may give a wider or different
    context), returns ("", evidence, "") and the caller shows the context separately.
    """
    if not evidence:
        return "", evidence, ""
    i = context.find(evidence)
    if i >= 0:
        j = i + len(evidence)
    else:
        # The context may have its whitespace laid out differently (collapsed, re-wrapped):
        # find the same words separated by any whitespace, and quote the context's own text.
        words = evidence.split()
        if not words:
            return "", evidence, ""
        m = re.search(r"\s+".join(re.escape(w) for w in words), context)
        if m is None:
            return "", evidence, ""
        i, j = m.span()
        evidence = context[i:j]
    before = context[:i]
    after = context[j:]
    room = max(0, width - len(evidence)) // 2
    if len(before) > room:
        before = "…" + before[len(before) - room:]
    if len(after) > room:
        after = after[:room] + "…"
    return before, evidence, after


@formatters.register("table")
class TableFormatter(Formatter):
    name = "table"
    media_type = "text/plain"

    def __init__(self, console: Console | None = None) -> None:
        self._console = console

    def write(self, results: Iterable[DocumentResult], stream: TextIO, meta: ReportMeta) -> None:
        console = self._console or Console(file=stream, highlight=False, emoji=False, markup=False,
                                           soft_wrap=True)
        errors: list[DocumentResult] = []

        def shown() -> Iterator[DocumentResult]:
            for r in results:
                if r.error:
                    errors.append(r)
                elif r.findings:
                    self._document(console, r)
                yield r

        summary = summarize(shown())
        if errors:
            console.print()
            console.print(Text(f"{len(errors)} document(s) could not be scanned:", style="bold red"))
            for r in errors:
                line = Text("  ")
                line.append("ERROR ", style="bold red")
                line.append(r.uri, style="bold")
                line.append(f" ({r.error_kind or 'error'}): {r.error}")
                console.print(line)
        console.print()
        console.print(_summary_text(summary))

    def _document(self, console: Console, r: DocumentResult) -> None:
        v = r.verdict
        head = Text()
        head.append(r.uri, style="bold underline")
        head.append(f"  [{r.media_type}]", style="dim")
        console.print(head)
        verdict = Text("  verdict: ")
        verdict.append(v.stance.value, style=STANCE_STYLE.get(v.stance.value, ""))
        verdict.append("  ")
        verdict.append(v.severity.value, style=SEVERITY_STYLE[v.severity])
        verdict.append(f"  confidence {v.confidence:.2f}")
        if v.traits:
            verdict.append("  traits: " + ", ".join(t.value for t in v.traits))
        if v.groups:
            verdict.append("  groups: " + ", ".join(v.groups))
        console.print(verdict)
        explained: set[str] = set()  # a rule's explanation is printed once per document
        for f in r.findings:
            self._finding(console, f, show_message=f.message not in explained)
            explained.add(f.message)
        console.print()

    def _finding(self, console: Console, f: Finding, *, show_message: bool = True) -> None:
        dim = f.suppressed is not None
        line = Text("  ")
        line.append(f"{f.severity.value.upper():<8}", style="dim" if dim else SEVERITY_STYLE[f.severity])
        line.append(" ")
        line.append(f"{f.stance.value:<10}", style="dim" if dim else STANCE_STYLE.get(f.stance.value, ""))
        line.append(" ")
        what = f.trait.value
        if f.groups:
            what += " [" + ", ".join(f.groups) + "]"
        if f.modality:
            what += f" via {f.modality.value}"
        line.append(what, style="dim" if dim else "bold")
        line.append(f"  {location_text(f.location)}", style="cyan" if not dim else "dim")
        line.append(f"  {f.rule}", style="dim")
        if dim:
            line.append(f"  [suppressed: {f.suppressed}]", style="dim italic")
        console.print(line)
        before, ev, after = context_window(one_line(f.context), one_line(f.evidence))
        quote = Text("      ")
        quote.append(before, style="dim")
        if console.color_system is None:
            # No colours (pipe, file): mark the evidence so a reader can see where it is.
            ev = f">>{ev}<<"
        quote.append(ev, style="dim" if dim else "bold reverse")
        quote.append(after, style="dim")
        console.print(quote)
        if not before and not after and f.context and one_line(f.context) != one_line(f.evidence):
            ctx = one_line(f.context)
            if len(ctx) > CONTEXT_CHARS:
                ctx = ctx[:CONTEXT_CHARS] + "…"
            console.print(Text("      context: " + ctx, style="dim"))
        if f.message and show_message:
            console.print(Text("      " + one_line(f.message), style="dim italic"))


def _summary_text(summary: dict[str, object]) -> Text:
    docs = summary["documents"]
    with_findings = summary["documents_with_findings"]
    findings: dict[str, int] = summary["findings"]  # type: ignore[assignment]
    stances: dict[str, int] = summary["stances"]  # type: ignore[assignment]
    total = sum(findings.values())
    t = Text()
    t.append(f"{docs} document(s) scanned, {with_findings} with findings; ", style="bold")
    t.append(f"{total} finding(s)")
    sev = [(s, findings.get(s.value, 0)) for s in Severity]
    if total:
        t.append(" (")
        first = True
        for s, n in sev:
            if not n:
                continue
            if not first:
                t.append(", ")
            t.append(f"{n} {s.value}", style=SEVERITY_STYLE[s])
            first = False
        t.append(")")
    t.append(f"; {summary['suppressed']} suppressed")
    t.append("; stances: " + ", ".join(f"{k} {v}" for k, v in stances.items() if v) if any(stances.values()) else "")
    errors = summary["errors"]
    t.append(f"; {errors} error(s)", style="bold red" if errors else "")
    return t
