"""`redline batch PATHS-OR-GLOBS... --out DIR` and `redline batch stats DIR`.

Scans WARC/WACZ collections on Dask (a LocalCluster by default, or ``--scheduler``), writing
Parquet results that ``--resume`` continues after a crash or Ctrl-C. The progress bar and the
dashboard link go to stderr; ``batch stats`` prints the totals of a results folder on stdout.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from redline.cli import add_common
from redline.errors import ExitCode, UsageError
from redline.limits import Limits, _parse_number
from redline.model import Severity

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "batch",
        help="scan WARC/WACZ collections on Dask into Parquet (also: batch stats DIR)",
        description="Scan web archives at scale: one Dask task per WARC file (or per byte range "
        "of a big one), response records with HTML/text/PDF/JSON payloads, results as Parquet "
        "in --out (findings/, documents/, summary.json). `redline batch stats DIR` prints the "
        "totals of a results folder.",
        epilog="inputs: files, folders (every .warc/.warc.gz/.wacz below), globs, or fsspec URLs "
        "such as s3://bucket/crawl/*.warc.gz (needs s3fs). exit codes: 0 every file scanned, "
        "3 some files could not be read or some tasks failed (see summary.json; --resume "
        "re-runs failed tasks), 2 fatal or interrupted (--resume continues), 5 usage.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH-OR-GLOB",
                   help="WARC/WACZ files, folders, globs or URLs; @LIST reads paths from a file, "
                   "one per line (.gz allowed, e.g. Common Crawl's warc.paths.gz); or `stats DIR`")
    p.add_argument("--prefix", default="", metavar="PREFIX",
                   help="put PREFIX before every path read from an @LIST file, e.g. "
                   "https://data.commoncrawl.org/ or a local download folder")
    p.add_argument("--out", metavar="DIR", help="results folder (required unless `stats`)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS",
                       help="use an existing Dask scheduler, e.g. tcp://host:8786")
    where.add_argument("--workers", type=int, metavar="N",
                       help="worker processes of the local cluster (default: all cores; 0 = no "
                       "Dask, scan in this process)")
    p.add_argument("--resume", action="store_true",
                   help="continue a run in --out: skip files already finished, re-run the rest")
    p.add_argument("--min-severity", default="info", choices=[s.value for s in Severity],
                   help="leave out findings below this severity (default: info, i.e. all)")
    p.add_argument("--rules", action="append", default=[], metavar="PACK.yaml",
                   help="add a user rule pack (repeatable; sent to the workers as text)")
    p.add_argument("--media-types", metavar="LIST",
                   help="comma-separated HTTP media types to scan (type/* allowed; default: "
                   "HTML, XHTML, plain text, Markdown, PDF, JSON)")
    p.add_argument("--max-record-bytes", default="16M", metavar="SIZE",
                   help="skip records with bigger payloads (default: 16M)")
    p.add_argument("--split-bytes", default="64M", metavar="SIZE",
                   help="split WARC files bigger than this into tasks of this size (0 = never; "
                   "default: 64M)")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help=f"change a limit ({', '.join(Limits.names())})")
    p.add_argument("--json", action="store_true", help="`stats`: print the summary as JSON")
    p.add_argument("--top", type=int, default=10, metavar="N", help="`stats`: rows per ranking")
    p.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_common(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.paths[0] == "stats" and not args.out:
        if len(args.paths) != 2:
            raise UsageError("usage: redline batch stats RESULTS_DIR")
        return _stats(Path(args.paths[1]), as_json=args.json, top=args.top)
    if not args.out:
        raise UsageError("--out DIR is required (the results folder)")
    if args.workers is not None and args.workers < 0:
        raise UsageError("--workers must be 0 or more")
    from redline.batch import DEFAULT_MEDIA_TYPES, BatchConfig, run_batch
    from redline.batch.plan import read_path_list

    patterns: list[str] = []
    for item in args.paths:
        if item.startswith("@"):
            try:
                patterns += read_path_list(item[1:], args.prefix)
            except OSError as exc:
                raise UsageError(f"{item}: cannot read the list of paths: {exc.strerror or exc}") from None
        else:
            patterns.append(item)
    if not patterns:
        raise UsageError("no input paths (the @LIST files are empty)")

    try:
        max_record = int(_parse_number(args.max_record_bytes, int))
        split = int(_parse_number(args.split_bytes, int))
    except ValueError:
        raise UsageError("--max-record-bytes/--split-bytes: expected a size such as 16M") from None
    media = tuple(m.strip().lower() for m in args.media_types.split(",") if m.strip()) \
        if args.media_types else DEFAULT_MEDIA_TYPES
    packs = []
    for path in args.rules:
        try:
            packs.append((Path(path).name, Path(path).read_text(encoding="utf-8")))
        except OSError as exc:
            raise UsageError(f"--rules {path}: {exc.strerror or exc}") from None
    config = BatchConfig(
        rule_packs=tuple(packs), limits=Limits().with_overrides(args.limit), media_types=media,
        max_record_bytes=max_record, min_severity=Severity(args.min_severity),
        split_bytes=split or None,
    )
    # Compile the rules here first, so an invalid pack fails once, clearly, before any worker.
    from redline.batch.worker import remember_rules
    from redline.rules import load_rules

    remember_rules(config, load_rules(args.rules))  # local workers reuse it (no second compile)
    show_bar = not args.no_progress and sys.stderr.isatty()
    events = _Events(show_bar)
    try:
        with events.live():
            summary = run_batch(patterns, args.out, config, scheduler=args.scheduler,
                                workers=args.workers, resume=args.resume, events=events)
    except KeyboardInterrupt:
        print(f"redline: interrupted; finished files are kept in {args.out}; "
              "continue with the same command and --resume", file=sys.stderr)
        return int(ExitCode.FATAL)
    r = summary.get("run", {})
    print(f"redline batch: {r.get('tasks_run', 0)} tasks scanned ({r.get('tasks_skipped', 0)} "
          f"already done), {summary['documents']:,} documents, {summary['findings']:,} findings "
          f"in {summary['documents_with_findings']:,} documents, "
          f"{r.get('mb_per_s') or 0:.1f} MB/s; results in {args.out}", file=sys.stderr)
    if summary["tasks"]["with_errors"] or r.get("tasks_failed"):
        return int(ExitCode.DOCUMENT_ERRORS)
    return int(ExitCode.CLEAN)


class _Events:
    """Progress on stderr: the dashboard link, then a rich progress bar (when a terminal)."""

    def __init__(self, bar: bool) -> None:
        self.bar = bar
        self.progress: Any = None
        self.task_id: Any = None
        self.total = 0
        self.done = 0
        self.bytes = 0
        self.findings = 0
        self.errors = 0
        self.t0 = time.perf_counter()

    @contextmanager
    def live(self) -> Iterator[None]:
        if not self.bar:
            yield
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
                                 TimeRemainingColumn(), console=Console(stderr=True))
        with self.progress:
            self.task_id = self.progress.add_task("planning", total=None, rate="")
            yield

    def _say(self, text: str) -> None:
        if self.progress is not None:
            self.progress.console.print(text)
        else:
            print(text, file=sys.stderr)

    def planned(self, *, total: int, skipped: int, bytes_todo: int) -> None:
        self.total = total
        self.done = skipped
        self._say(f"redline batch: {total} tasks, {skipped} already done, "
                  f"{bytes_todo / 1e6:,.0f} MB to scan")
        if self.progress is not None:
            self.progress.update(self.task_id, total=total, completed=skipped, description="starting")

    def started(self, *, dashboard: str | None, scheduler: str, workers: int) -> None:
        self.t0 = time.perf_counter()
        where = f"{workers} workers at {scheduler}"
        self._say(f"redline batch: {where}" + (f"; dashboard: {dashboard}" if dashboard else ""))
        if self.progress is not None:
            self.progress.update(self.task_id, description="scanning")

    def task_done(self, entry: dict[str, Any]) -> None:
        self.done += 1
        self.bytes += int(entry.get("bytes") or 0)
        self.findings += int(entry.get("findings") or 0)
        if entry.get("error"):
            self.errors += 1
            self._say(f"  error: {entry['error']}")
        self._advance()

    def task_failed(self, task: Any, message: str) -> None:
        self.done += 1
        self.errors += 1
        self._say(f"  task failed ({task.label}): {message.splitlines()[-1]}")
        self._advance()

    def _advance(self) -> None:
        if self.progress is None:
            return
        dt = max(time.perf_counter() - self.t0, 1e-6)
        rate = f"{self.bytes / 1e6 / dt:,.0f} MB/s  {self.findings:,} findings"
        if self.errors:
            rate += f"  {self.errors} errors"
        self.progress.update(self.task_id, completed=self.done, rate=rate)


def _stats(folder: Path, *, as_json: bool, top: int) -> int:
    from redline.batch import ResultsDir

    results = ResultsDir(folder)
    if not results.exists():
        raise UsageError(f"{folder}: not a batch results folder (no manifest.jsonl)")
    previous: dict[str, Any] = {}
    try:
        previous = json.loads(results.summary_path.read_text(encoding="utf-8")).get("run") or {}
    except (OSError, ValueError):
        pass
    summary = results.summary(previous or None)
    if as_json:
        json.dump(summary, sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
        sys.stdout.write("\n")
        return int(ExitCode.CLEAN)
    out = sys.stdout
    t = summary["tasks"]
    out.write(f"{folder}: {t['finished']} tasks finished over {summary['files']} files "
              f"({summary['bytes_input'] / 1e6:,.0f} MB), {t['with_errors']} with errors\n")
    out.write(f"documents: {summary['documents']:,} scanned, "
              f"{summary['documents_prefiltered']:,} dropped by the prefilter, "
              f"{summary['documents_extracted']:,} parsed, "
              f"{summary['documents_with_findings']:,} with findings, "
              f"{summary['documents_errored']:,} errors\n")
    out.write(f"findings: {summary['findings']:,}\n")
    for title, key in (("by severity", "findings_by_severity"), ("by trait", "findings_by_trait"),
                       ("top rules", "findings_by_rule"), ("top groups", "findings_by_group")):
        items = list(summary[key].items())[:top]
        if items:
            out.write(f"  {title}: " + ", ".join(f"{k} {v:,}" for k, v in items) + "\n")
    run = summary.get("run") or {}
    if run:
        out.write(f"last run: {run.get('tasks_run', 0)} tasks in {run.get('elapsed_seconds', 0):.1f} s "
                  f"({run.get('mb_per_s') or 0:.1f} MB/s) on {run.get('workers', '?')} workers, "
                  f"{'complete' if run.get('complete') else 'incomplete'}\n")
    for e in summary["errors"][:top]:
        out.write(f"  error {e['label']}: {e['error']}\n")
    return int(ExitCode.CLEAN)
