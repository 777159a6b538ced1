"""`redline watch add|import|list|remove|pause|resume|run`: watch vendor pages over time.

Also holds the store options every watch-related command shares (``--database-url``,
``--data-dir``) and ``open_repo``; ``events``, ``evidence`` and ``notify`` import them.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from redline.cli import add_common
from redline.errors import ConfigError, ExitCode, UsageError

logger = logging.getLogger(__name__)


# --------------------------------------------------------------------------- shared by watch CLIs


def add_store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--database-url", metavar="URL",
                   help="store URL (default: $REDLINE_DATABASE_URL, else SQLite in the data dir); "
                   "e.g. postgresql+psycopg://user@host/db")
    p.add_argument("--data-dir", metavar="DIR",
                   help="data directory for the SQLite store and the archive "
                   "(default: $REDLINE_DATA_DIR or ~/.local/share/redline)")


def data_dir(args: argparse.Namespace) -> Path:
    from redline.store import db

    return Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else db.data_dir()


def archive_dir(args: argparse.Namespace) -> Path:
    return data_dir(args) / "archive"


def store_errors(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Print store errors (unknown source, unreachable database) as one line, exit 5."""

    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import OperationalError

        from redline.store.repo import StoreError

        try:
            return func(args)
        except StoreError as exc:
            print(f"redline: {exc}", file=sys.stderr)
            return int(ExitCode.INVALID_CONFIG)
        except OperationalError as exc:
            print(f"redline: cannot use the store: {str(exc.orig or exc).strip()}", file=sys.stderr)
            return int(ExitCode.INVALID_CONFIG)

    return wrapper


def open_repo(args: argparse.Namespace) -> Any:
    import os

    from redline.store import db
    from redline.store.repo import Repo

    url = getattr(args, "database_url", None)
    if not url:
        env = dict(os.environ)
        if getattr(args, "data_dir", None):
            env["REDLINE_DATA_DIR"] = str(data_dir(args))
        url = db.database_url(env)
    try:
        return Repo.open(url)
    except ImportError as exc:
        raise ConfigError(f"cannot open the store {url.split('@')[-1]}: {exc}") from exc


def print_table(rows: list[list[str]], header: list[str]) -> None:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip())


# --------------------------------------------------------------------------- parser


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser(
        "watch", help="watch vendor pages: snapshots, finding lifecycle, alerts",
        description="Watch vendor pages over time: capture them on a schedule, scan them, and "
        "record when a claim appears, changes, is removed or its page disappears. Evidence is "
        "archived (WARC) and never deleted by the watcher.",
    )
    wsub = p.add_subparsers(dest="watch_command", metavar="ACTION", required=True)

    a = wsub.add_parser("add", help="watch a URL")
    a.add_argument("url")
    a.add_argument("--name", help="vendor / page name shown in events and alerts")
    a.add_argument("--every", default="6h", help="how often to check (e.g. 30m, 6h, 1d; default 6h)")
    a.add_argument("--depth", type=int, default=0, help="also follow in-scope links N levels deep")
    a.add_argument("--scope", default="same-host", help="crawl scope: same-host, prefix or a regex")
    a.add_argument("--browser", action="store_true", help="render in headless Chromium")
    a.add_argument("--tag", action="append", default=[], help="a tag such as vendor:x (repeatable)")
    a.add_argument("--allow-private", action="store_true",
                   help="allow private/loopback addresses for this source (refused by default)")
    a.set_defaults(func=run_add)

    i = wsub.add_parser("import", help="add or update many sources from a vendors.yaml file")
    i.add_argument("file", metavar="vendors.yaml")
    i.set_defaults(func=run_import)

    ls = wsub.add_parser("list", help="list watched sources")
    ls.add_argument("--tag", help="only sources with this tag")
    ls.add_argument("--format", choices=["table", "json"], default="table")
    ls.add_argument("--all", action="store_true", help="include removed sources")
    ls.set_defaults(func=run_list)

    for name, func, text in (("remove", run_remove, "stop watching (history and evidence are kept)"),
                             ("pause", run_pause, "pause a source"),
                             ("resume", run_resume, "resume a paused source")):
        q = wsub.add_parser(name, help=text)
        q.add_argument("source", nargs="+", help="source id, URL or name")
        q.set_defaults(func=func)

    r = wsub.add_parser("run", help="the watcher: fetch what is due, scan, diff, alert")
    r.add_argument("--once", action="store_true", help="one pass over what is due, then exit")
    r.add_argument("--all", action="store_true",
                   help="with --once: check every active source now, whatever its schedule")
    r.add_argument("--allow-private", action="store_true",
                   help="allow private/loopback addresses for every source")
    r.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt")
    r.add_argument("--rate-per-host", type=float, default=1.0,
                   help="fetches per second per host, shared by all sources and processes")
    r.add_argument("--poll", type=float, default=30.0, help="longest sleep between passes (seconds)")
    r.add_argument("--rules", action="append", default=[], metavar="PACK.yaml", help="add a rule pack")
    r.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE", help="change a limit")
    r.add_argument("--base-url", help="web UI address used for links in notifications")
    r.set_defaults(func=run_run)

    for q in (a, i, ls, r, *(wsub.choices[n] for n in ("remove", "pause", "resume"))):
        add_store_options(q)
        add_common(q)


# --------------------------------------------------------------------------- actions


def _source_fields(spec: dict[str, Any]) -> dict[str, Any]:
    from redline.watch.schedule import MIN_INTERVAL_SECONDS, parse_interval

    return dict(name=spec.get("name"), every_seconds=parse_interval(spec.get("every") or "6h",
                                                                      minimum=MIN_INTERVAL_SECONDS),
                depth=int(spec.get("depth") or 0), scope=spec.get("scope") or "same-host",
                browser=bool(spec.get("browser")), allow_private=bool(spec.get("allow_private")),
                tags=list(spec.get("tags") or ()))


def _check_url(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UsageError(f"{url!r} is not an http(s) URL")
    return url


@store_errors
def run_add(args: argparse.Namespace) -> int:
    from redline.store.repo import AlreadyExists

    if args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    fields = _source_fields({"name": args.name, "every": args.every, "depth": args.depth,
                             "scope": args.scope, "browser": args.browser,
                             "allow_private": args.allow_private, "tags": args.tag})
    repo = open_repo(args)
    try:
        src = repo.add_source(_check_url(args.url), **fields)
    except AlreadyExists as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    finally:
        repo.close()
    print(f"watching #{src.id} {src.url} every {args.every}")
    return 0


@store_errors
def run_import(args: argparse.Namespace) -> int:
    from redline.watch.vendors import load_vendors

    specs = load_vendors(args.file)
    repo = open_repo(args)
    added = updated = 0
    try:
        for spec in specs:
            _, created = repo.upsert_source(_check_url(spec["url"]), **_source_fields(spec))
            added += created
            updated += not created
    finally:
        repo.close()
    print(f"{added} source(s) added, {updated} updated from {args.file}")
    return 0


@store_errors
def run_list(args: argparse.Namespace) -> int:
    from redline.watch.schedule import format_interval

    repo = open_repo(args)
    try:
        rows = [s for s in repo.list_sources(tag=args.tag) if args.all or s.last_status != "removed"]
    finally:
        repo.close()
    if args.format == "json":
        out = [{"id": s.id, "url": s.url, "name": s.name, "every": format_interval(s.every_seconds),
                "depth": s.depth, "browser": s.browser, "tags": list(s.tags), "paused": s.paused,
                "next_due_at": s.next_due_at.isoformat(), "last_status": s.last_status,
                "last_run_at": s.last_run_at.isoformat() if s.last_run_at else None,
                "last_error": s.last_error} for s in rows]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    table = [[str(s.id), s.name or "", s.url, format_interval(s.every_seconds),
              "paused" if s.paused and s.last_status != "removed" else (s.last_status or "new"),
              s.next_due_at.strftime("%Y-%m-%d %H:%M"), ",".join(s.tags)] for s in rows]
    print_table(table, ["ID", "NAME", "URL", "EVERY", "STATUS", "NEXT (UTC)", "TAGS"])
    return 0


def _each_source(args: argparse.Namespace, action: str) -> int:
    from redline.store.repo import StoreError

    repo = open_repo(args)
    code = 0
    try:
        for ref in args.source:
            try:
                src = repo.get_source(ref)
                if action == "remove":
                    repo.remove_source(src.id)
                else:
                    repo.set_paused(src.id, action == "pause")
            except StoreError as exc:
                print(f"redline: {exc}", file=sys.stderr)
                code = int(ExitCode.INVALID_CONFIG)
                continue
            print(f"{action}d #{src.id} {src.url}")
    finally:
        repo.close()
    return code


@store_errors
def run_remove(args: argparse.Namespace) -> int:
    return _each_source(args, "remove")


@store_errors
def run_pause(args: argparse.Namespace) -> int:
    return _each_source(args, "pause")


@store_errors
def run_resume(args: argparse.Namespace) -> int:
    return _each_source(args, "resume")


@store_errors
def run_run(args: argparse.Namespace) -> int:
    from redline.limits import Limits
    from redline.rules import load_rules
    from redline.watch.runner import Watcher, WatchSettings

    if args.all and not args.once:
        raise UsageError("--all goes with --once")
    settings = WatchSettings(
        archive_dir=archive_dir(args), allow_private=args.allow_private,
        respect_robots=not args.ignore_robots, rate_per_host=args.rate_per_host,
        base_url=args.base_url, limits=Limits().with_overrides(args.limit),
    )
    ruleset = load_rules(args.rules)
    repo = open_repo(args)
    watcher = Watcher(repo, settings, ruleset)
    try:
        if args.once:
            summary = watcher.run_once(all_sources=args.all)
            for s in summary.sources:
                logger.info("source #%d: %s, %d page(s), %d event(s)", s.source_id, s.status,
                            s.pages, len(s.events))
            print(f"checked {len(summary.sources)} source(s): {len(summary.events)} event(s), "
                  f"{summary.sent} notification(s) sent, {summary.failed} failed", file=sys.stderr)
            failed = any(s.status == "error" for s in summary.sources)
            return int(ExitCode.DOCUMENT_ERRORS) if failed else 0
        stop = threading.Event()

        def _stop(signum: int, _frame: object) -> None:
            logger.warning("signal %d: finishing the current source, then exiting", signum)
            stop.set()

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        watcher.run_forever(stop, poll_seconds=args.poll)
        return 0
    finally:
        repo.close()
