"""`redline scan PATH...`: scan files, folders, archives and WARC/WACZ files; print a report."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import TextIO

from redline import __version__
from redline.cli import add_common
from redline.errors import ExitCode, UsageError
from redline.limits import Limits
from redline.model import DocumentResult, Severity, Stance
from redline.pipeline import scan
from redline.report import ReportMeta, formatters
from redline.rules import load_rules
from redline.sources.files import FileSource

logger = logging.getLogger(__name__)

FAIL_ON_CHOICES = [s.value for s in Severity] + ["never"]


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "scan",
        help="scan files, folders, archives, WARC/WACZ; print findings",
        description="Scan documents for claims that a product infers race/ethnicity, religion, "
        "political opinion, sexual orientation or union membership from people's bodies. Each "
        "file, archive member and WARC response record is one document.",
        epilog="exit codes: 0 no finding at or above --fail-on, 1 findings at or above it, "
        "2 fatal error, 3 some documents could not be scanned (wins over 1), 4 invalid rule pack, "
        "5 invalid configuration or usage",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, archives, WARC/WACZ files")
    p.add_argument("-f", "--format", default="table", choices=formatters.names(),
                   help="report format (default: table)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    p.add_argument("--rules", action="append", default=[], metavar="PACK.yaml",
                   help="add a user rule pack (repeatable)")
    p.add_argument("--fail-on", default="never", choices=FAIL_ON_CHOICES,
                   help="exit 1 when an unsuppressed finding has at least this severity (default: never, "
                   "i.e. findings alone do not change the exit code; use medium in CI to fail on capability findings)")
    p.add_argument("--min-severity", default="info", choices=[s.value for s in Severity],
                   help="leave out findings below this severity (default: info, i.e. all)")
    p.add_argument("--stance", metavar="LIST",
                   help="only report documents whose verdict stance is in this comma-separated list "
                   "(capability,reporting,disclaimer,none)")
    p.add_argument("--baseline", metavar="FILE", help="mark findings listed in this baseline file as suppressed")
    p.add_argument("--write-baseline", metavar="FILE", help="write the fingerprints of all findings to FILE")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    p.add_argument("--include", action="append", default=[], metavar="GLOB", help="only files matching GLOB")
    p.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="skip files or folders matching GLOB")
    p.add_argument("--include-ignored", action="store_true", help="also scan files that .gitignore excludes")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help=f"change a limit ({', '.join(Limits.names())})")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_common(p)
    p.set_defaults(func=run)


def _parse_stances(raw: str | None) -> set[Stance] | None:
    if not raw:
        return None
    out = set()
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            out.add(Stance(part))
        except ValueError:
            raise UsageError(f"--stance: unknown stance {part!r}; use capability, reporting, disclaimer, none") from None
    return out


def run(args: argparse.Namespace) -> int:
    limits = Limits().with_overrides(args.limit)
    stances = _parse_stances(args.stance)
    min_sev = Severity(args.min_severity)
    if args.jobs < 1:
        raise UsageError("-j/--jobs must be at least 1")
    ruleset = load_rules(args.rules)
    baseline = None
    if args.baseline:
        from redline.baseline import load_baseline

        baseline = load_baseline(args.baseline)
    own: frozenset[str] = frozenset()
    if args.output:  # -o into a scanned folder: the report (and its .part) are not documents
        from redline.outfile import atomic_target

        real = atomic_target(args.output)
        if real is not None:
            target = os.path.realpath(real)
            own = frozenset({target, target + ".part"})
    source = FileSource(args.paths, include=args.include, exclude=args.exclude,
                        include_ignored=args.include_ignored, own_outputs=own)
    results_iter = scan(source.documents(), ruleset, limits, jobs=args.jobs, rule_paths=args.rules)
    collected: list[DocumentResult] = []
    counters = {"errors": 0, "fail": 0}
    fail_rank = None if args.fail_on == "never" else Severity(args.fail_on).rank

    def processed() -> Iterator[DocumentResult]:
        for r in _progress(results_iter, enabled=not args.no_progress):
            if baseline is not None:
                r = baseline.apply(r)
            if args.write_baseline:
                collected.append(r)
            if min_sev is not Severity.INFO:
                r = replace(r, findings=tuple(f for f in r.findings if f.severity.rank >= min_sev.rank))
            if r.error:
                counters["errors"] += 1
                logger.warning("%s", r.error if r.uri in r.error else f"{r.uri}: {r.error}")
            if fail_rank is not None and any(f.severity.rank >= fail_rank for f in r.active_findings):
                counters["fail"] += 1
            if stances is not None and r.verdict.stance not in stances and not r.error:
                continue
            yield r

    meta = ReportMeta(tool_version=__version__, rule_packs=tuple(getattr(ruleset, "pack_versions", ())),
                      rules=tuple(getattr(ruleset, "rule_descriptions", ())), min_severity=min_sev)
    formatter = formatters.get(args.format)()
    with _open_output(args.output) as stream:
        formatter.write(processed(), stream, meta)
    if args.write_baseline:
        from redline.baseline import write_baseline

        write_baseline(collected, args.write_baseline)
    if counters["errors"]:
        return int(ExitCode.DOCUMENT_ERRORS)
    if counters["fail"]:
        return int(ExitCode.FINDINGS)
    return int(ExitCode.CLEAN)


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[TextIO]:
    if not path:
        yield sys.stdout
        sys.stdout.flush()
        return
    from redline.outfile import text_output

    with contextlib.ExitStack() as stack:
        try:  # atomic for a file; in place for /dev/null, a pipe, /dev/stdout
            fh = stack.enter_context(text_output(path))
        except OSError as exc:
            # Before any scanning: a bad -o is bad usage (exit 5), not a crash that exits 1.
            raise UsageError(f"-o/--output: cannot write {path}: {exc.strerror or exc}") from None
        yield fh


def _progress(results: Iterator[DocumentResult], *, enabled: bool) -> Iterator[DocumentResult]:
    """A progress line on stderr (rich) when stderr is a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield from results
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("scanning", total=None)
        n = found = 0
        for r in results:
            n += 1
            found += bool(r.active_findings)
            progress.update(task, description=f"scanned {n} documents, {found} with findings: {r.uri[-60:]}")
            yield r
