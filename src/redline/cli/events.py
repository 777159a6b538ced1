"""`redline events`: the timeline of watched sources (appeared, removed, page-gone, ...)."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta

from redline.cli import add_common
from redline.cli.watch import add_store_options, open_repo, print_table, store_errors
from redline.errors import UsageError

KINDS = ("appeared", "removed", "page-gone", "reappeared", "changed")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("events", help="timeline of watch events",
                       description="List what the watcher noticed, oldest first. JSON output is a "
                       "list of events with kind, source, url, fingerprint and at (ISO 8601 UTC).")
    p.add_argument("--since", metavar="AGE", help="only events newer than AGE (e.g. 7d, 12h)")
    p.add_argument("--kind", metavar="LIST", help=f"comma-separated kinds ({','.join(KINDS)})")
    p.add_argument("--source", metavar="SOURCE", help="only this source (id, URL or name)")
    p.add_argument("--fingerprint", metavar="FP", help="only events of this finding")
    p.add_argument("--format", choices=["table", "json"], default="table")
    add_store_options(p)
    add_common(p)
    p.set_defaults(func=run)


def parse_kinds(raw: str | None) -> list[str] | None:
    if not raw:
        return None
    kinds = [k.strip() for k in raw.split(",") if k.strip()]
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise UsageError(f"--kind: unknown {', '.join(bad)}; use {','.join(KINDS)}")
    return kinds


@store_errors
def run(args: argparse.Namespace) -> int:
    from redline.store.repo import utcnow
    from redline.watch.schedule import parse_interval

    kinds = parse_kinds(args.kind)
    since = utcnow() - timedelta(seconds=parse_interval(args.since)) if args.since else None
    repo = open_repo(args)
    try:
        source_id = repo.get_source(args.source).id if args.source else None
        events = repo.list_events(since=since, kinds=kinds, source_id=source_id,
                                  fingerprint=args.fingerprint)
    finally:
        repo.close()
    if args.format == "json":
        json.dump([e.to_dict() for e in events], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    rows = [[e.at.strftime("%Y-%m-%d %H:%M:%S"), e.kind.value, e.source_name, e.severity or "",
             (e.fingerprint or "")[:12], e.url, " ".join((e.evidence or "").split())[:60]]
            for e in events]
    print_table(rows, ["AT (UTC)", "KIND", "SOURCE", "SEVERITY", "FINGERPRINT", "URL", "EVIDENCE"])
    return 0
