"""`redline notify add|list|remove|test`: where watch events are sent (Apprise URLs)."""

from __future__ import annotations

import argparse
import json
import sys

from redline.cli import add_common
from redline.cli.watch import add_store_options, open_repo, print_table, store_errors
from redline.errors import ExitCode


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("notify", help="notification targets for watch events (Apprise URLs)",
                       description="Store Apprise URLs (mailto://, slack://, matrix://, json://, "
                       "...; see the Apprise wiki) or webhook+https://host/path for a JSON POST of "
                       "each event. Every event goes to every enabled target; failed deliveries "
                       "are retried by the next `watch run` and never dropped.")
    nsub = p.add_subparsers(dest="notify_command", metavar="ACTION", required=True)
    a = nsub.add_parser("add", help="store a notifier URL")
    a.add_argument("url")
    a.add_argument("--name")
    a.set_defaults(func=run_add)
    ls = nsub.add_parser("list", help="stored notifiers (secrets hidden)")
    ls.add_argument("--format", choices=["table", "json"], default="table")
    ls.set_defaults(func=run_list)
    rm = nsub.add_parser("remove", help="disable a notifier")
    rm.add_argument("id", type=int)
    rm.set_defaults(func=run_remove)
    te = nsub.add_parser("test", help="send a test message to one notifier (or all)")
    te.add_argument("id", type=int, nargs="?")
    te.set_defaults(func=run_test)
    for q in (a, ls, rm, te):
        add_store_options(q)
        add_common(q)


@store_errors
def run_add(args: argparse.Namespace) -> int:
    from redline.notify.base import NotifyError, notifier_for, redact
    from redline.store.repo import AlreadyExists

    try:
        notifier_for(args.url)  # validate before storing
    except NotifyError as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    repo = open_repo(args)
    try:
        row = repo.add_notifier(args.url, name=args.name)
    except AlreadyExists as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    finally:
        repo.close()
    print(f"notifier #{row.id} {redact(row.url)}")
    return 0


@store_errors
def run_list(args: argparse.Namespace) -> int:
    from redline.notify.base import redact

    repo = open_repo(args)
    try:
        rows = repo.list_notifiers()
    finally:
        repo.close()
    if args.format == "json":
        json.dump([{"id": r.id, "url": redact(r.url), "name": r.name, "enabled": r.enabled}
                   for r in rows], sys.stdout, indent=2)
        print()
        return 0
    print_table([[str(r.id), r.name or "", redact(r.url), "yes" if r.enabled else "no"] for r in rows],
                ["ID", "NAME", "URL", "ENABLED"])
    return 0


@store_errors
def run_remove(args: argparse.Namespace) -> int:
    repo = open_repo(args)
    try:
        repo.remove_notifier(args.id)
    finally:
        repo.close()
    print(f"notifier #{args.id} disabled")
    return 0


@store_errors
def run_test(args: argparse.Namespace) -> int:
    from redline.notify.base import Message, NotifyError, notifier_for, redact

    repo = open_repo(args)
    try:
        rows = [r for r in repo.list_notifiers() if r.enabled and (args.id is None or r.id == args.id)]
    finally:
        repo.close()
    msg = Message(title="[redline] test notification", body="redline can reach this target.",
                  kind="test", severity="info", source="redline", url="")
    code = 0
    for r in rows:
        try:
            notifier_for(r.url).send(msg)
            print(f"#{r.id} {redact(r.url)}: sent")
        except NotifyError as exc:
            print(f"#{r.id} {redact(r.url)}: FAILED: {exc}")
            code = int(ExitCode.FATAL)
    return code

