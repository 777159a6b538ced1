"""`redline user add|list|disable|enable|passwd|role`: accounts of the web app.

Passwords are read with getpass (or one line from stdin with ``--password-stdin``) and stored
as argon2 hashes; they never appear on the command line.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from redline.cli import add_common
from redline.cli.watch import add_store_options, open_repo, print_table
from redline.errors import ExitCode, UsageError

ROLES = ("admin", "reviewer", "viewer")
MIN_PASSWORD = 8


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("user", help="manage web app accounts",
                       description="Accounts of the web app (`redline serve`).")
    usub = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)

    def common(q: argparse.ArgumentParser) -> argparse.ArgumentParser:
        add_store_options(q)
        add_common(q)
        return q

    a = common(usub.add_parser("add", help="create an account"))
    a.add_argument("name")
    a.add_argument("--role", choices=ROLES, required=True)
    a.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    a.set_defaults(func=run_add)
    ls = common(usub.add_parser("list", help="list accounts"))
    ls.set_defaults(func=run_list)
    for name, disabled in (("disable", True), ("enable", False)):
        d = common(usub.add_parser(name, help=f"{name} an account"))
        d.add_argument("name")
        d.set_defaults(func=run_disable, disabled=disabled)
    pw = common(usub.add_parser("passwd", help="set an account's password"))
    pw.add_argument("name")
    pw.add_argument("--password-stdin", action="store_true")
    pw.set_defaults(func=run_passwd)
    r = common(usub.add_parser("role", help="change an account's role"))
    r.add_argument("name")
    r.add_argument("role", choices=ROLES)
    r.set_defaults(func=run_role)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        pw = sys.stdin.readline().rstrip("\r\n")
    else:
        pw = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != pw:
            raise UsageError("the passwords differ")
    if len(pw) < MIN_PASSWORD:
        raise UsageError(f"the password needs at least {MIN_PASSWORD} characters")
    return pw


def run_add(args: argparse.Namespace) -> int:
    from redline.store.repo import AlreadyExists
    from redline.web.security import hash_password

    pw = _password(args)
    repo = open_repo(args)
    try:
        repo.add_user(args.name, args.role, hash_password(pw))
        repo.audit("cli", "user-add", target=f"user:{args.name}", detail={"role": args.role})
    except AlreadyExists as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    finally:
        repo.close()
    print(f"added {args.role} {args.name}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    repo = open_repo(args)
    try:
        rows = [[u.name, u.role.value, "disabled" if u.disabled else "active",
                 u.created_at.strftime("%Y-%m-%d %H:%M")] for u in repo.list_users()]
    finally:
        repo.close()
    print_table(rows, ["NAME", "ROLE", "STATUS", "CREATED (UTC)"])
    return 0


def _change(args: argparse.Namespace, action: str, detail: dict[str, object], fn: object) -> int:
    from redline.store.repo import NotFound

    repo = open_repo(args)
    try:
        fn(repo)  # type: ignore[operator]
        repo.audit("cli", action, target=f"user:{args.name}", detail=detail)
    except NotFound as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    finally:
        repo.close()
    print(f"{action}: {args.name}")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    return _change(args, "user-update", {"disabled": args.disabled},
                   lambda repo: repo.set_user_disabled(args.name, args.disabled))


def run_passwd(args: argparse.Namespace) -> int:
    from redline.web.security import hash_password

    pw = _password(args)
    return _change(args, "user-update", {"password": "changed"},
                   lambda repo: repo.set_user_password(args.name, hash_password(pw)))


def run_role(args: argparse.Namespace) -> int:
    return _change(args, "user-update", {"role": args.role},
                   lambda repo: repo.set_user_role(args.name, args.role))
