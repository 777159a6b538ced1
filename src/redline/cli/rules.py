"""`redline rules list|test|check`: show the loaded rules, run their examples, validate a user pack."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from redline.cli import add_common
from redline.errors import ExitCode, RulePackError
from redline.rules import load_rules

if TYPE_CHECKING:
    from redline.rules.examples import ExampleResult


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser(
        "rules",
        help="list the rules, run their examples, check a user rule pack",
        description="Rule packs are YAML files (see docs/rules.md). 'list' shows the loaded rules, "
        "'test' runs every rule's must-match and must-not-match examples (exit 4 on a failure), "
        "'check' validates a user pack and runs its examples, pointing at the offending YAML line.",
    )
    rsub = p.add_subparsers(dest="rules_command", metavar="ACTION")

    pl = rsub.add_parser("list", help="table of the loaded rules")
    pl.add_argument("--rules", action="append", default=[], metavar="PACK.yaml", help="also load this pack")
    pl.add_argument("--format", choices=("table", "json"), default="table")
    add_common(pl)
    pl.set_defaults(func=run_list)

    pt = rsub.add_parser("test", help="run the rules' examples (exit 4 on a failure)")
    pt.add_argument("packs", nargs="*", metavar="PACK",
                    help="pack files to load and test, or ids of loaded packs (core, lexicon); "
                    "default: every packaged pack")
    pt.add_argument("--verbose-examples", action="store_true", help="print passing examples too")
    add_common(pt)
    pt.set_defaults(func=run_test)

    pc = rsub.add_parser("check", help="validate a user rule pack and run its examples")
    pc.add_argument("pack", metavar="PACK.yaml")
    add_common(pc)
    pc.set_defaults(func=run_check)

    p.set_defaults(func=_usage(p))


def _usage(p: argparse.ArgumentParser):  # type: ignore[no-untyped-def]
    def run(args: argparse.Namespace) -> int:
        p.print_help(sys.stderr)
        return int(ExitCode.INVALID_CONFIG)

    return run


def run_list(args: argparse.Namespace) -> int:
    rs = load_rules(args.rules)
    rows = [(r.id, r.kind, r.severity.value, r.pack, r.description) for r in rs.rules]
    if args.format == "json":
        json.dump([dict(zip(("id", "kind", "severity", "pack", "description"), row, strict=True))
                   for row in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return int(ExitCode.CLEAN)
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} rules from " + ", ".join(f"{p} {v}" for p, v in rs.pack_versions))
    for col in ("rule", "kind", "severity", "pack"):
        table.add_column(col, no_wrap=True)
    table.add_column("description", overflow="fold", min_width=30)
    for row in rows:
        table.add_row(*row)
    Console(file=sys.stdout, soft_wrap=False).print(table)
    return int(ExitCode.CLEAN)


def _print_results(results: list[ExampleResult], verbose: bool) -> int:
    failed = [r for r in results if not r.passed]
    for r in results:
        if not r.passed or verbose:
            mark = "ok  " if r.passed else "FAIL"
            print(f"{mark} {r.case.test_id}: {r.case.label()!r}" + (f" - {r.detail}" if r.detail else ""))
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed ({len(results)} examples)")
    return int(ExitCode.INVALID_RULES) if failed else int(ExitCode.CLEAN)


def run_test(args: argparse.Namespace) -> int:
    files = [p for p in args.packs if Path(p).exists()]
    ids = [p for p in args.packs if not Path(p).exists()]
    try:
        rs = load_rules(files)
    except RulePackError as exc:
        print_pack_error(exc)
        return int(ExitCode.INVALID_RULES)
    known = {p for p, _ in rs.pack_versions}
    unknown = [i for i in ids if i not in known]
    if unknown:
        print(f"redline: no such pack file or pack id: {', '.join(unknown)} "
              f"(loaded: {', '.join(sorted(known))})", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    selected = ids + [p for p, _ in rs.pack_versions[len(rs.pack_versions) - len(files):]] if files else ids
    from redline.rules.examples import run_examples  # every command imports this module: lazily

    results = run_examples(rs, sorted(set(selected)) if args.packs else None)
    return _print_results(results, args.verbose_examples)


def run_check(args: argparse.Namespace) -> int:
    try:
        rs = load_rules([args.pack])
    except RulePackError as exc:
        print_pack_error(exc)
        return int(ExitCode.INVALID_RULES)
    pack_id = rs.pack_versions[-1][0]
    n_rules = sum(1 for r in rs.rules if r.pack == pack_id)
    print(f"{args.pack}: pack {pack_id!r} is valid ({n_rules} rules)")
    from redline.rules.examples import run_examples

    return _print_results(run_examples(rs, [pack_id]), False)


def print_pack_error(exc: RulePackError, stream=None) -> None:  # type: ignore[no-untyped-def]
    """Print a RulePackError with the offending YAML line and a caret, like a compiler."""
    out = stream or sys.stderr
    print(f"redline: invalid rule pack: {exc}", file=out)
    if exc.file and exc.line:
        try:
            lines = Path(exc.file).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            lines = []
        if 0 < exc.line <= len(lines):
            text = lines[exc.line - 1]
            print(f"  {exc.line:>4} | {text}", file=out)
            indent = len(text) - len(text.lstrip())
            print(f"       | {' ' * indent}^", file=out)
    if exc.help:
        print(f"  help: {exc.help}", file=out)


__all__ = ["add_parser", "print_pack_error", "run_check", "run_list", "run_test"]
