"""Command line: ``main(argv) -> int``; one module per subcommand.

Every module in this package that defines ``add_parser(subparsers)`` is a subcommand; its
parser sets ``func=run`` where ``run(args) -> int`` returns the exit code (errors.ExitCode).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from redline import __version__
from redline.errors import ConfigurationError, ExitCode, RulePackError
from redline.log import setup_logging

logger = logging.getLogger(__name__)

# Order in --help; modules not listed here come after, alphabetically.
_ORDER = ("scan", "rules", "capture", "archive", "watch", "events", "evidence", "notify", "serve",
          "user", "batch", "config")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="redline",
        description="Find, preserve and track evidence that products infer race/ethnicity, "
        "religion, political opinion, sexual orientation or union membership from people's "
        "bodies. redline reads documents, code and model files; it never analyses images of people.",
    )
    parser.add_argument("--version", action="version", version=f"redline {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")]
    names.sort(key=lambda n: (_ORDER.index(n) if n in _ORDER else len(_ORDER), n))
    for name in names:
        mod = importlib.import_module(f"redline.cli.{name}")
        if hasattr(mod, "add_parser"):
            mod.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        # argparse exits 2 on a bad command line, but 2 means "fatal" in our table: bad usage
        # is 5 (INVALID_CONFIG). --help and --version exit 0 as usual.
        if exc.code == 2:
            return int(ExitCode.INVALID_CONFIG)
        return exc.code if isinstance(exc.code, int) else 0
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    setup_logging(getattr(args, "verbose", 0) or 0, getattr(args, "log_json", False))
    try:
        return int(args.func(args))
    except RulePackError as exc:
        print(f"redline: invalid rule pack: {exc}", file=sys.stderr)
        if exc.help:
            print(f"  help: {exc.help}", file=sys.stderr)
        return int(exc.exit_code)
    except ConfigurationError as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("redline: interrupted", file=sys.stderr)
        return int(ExitCode.FATAL)
    except BrokenPipeError:
        return int(ExitCode.FATAL)


def add_common(p: argparse.ArgumentParser) -> None:
    """Options every subcommand shares."""
    p.add_argument("-v", "--verbose", action="count", default=0, help="-v info, -vv debug (on stderr)")
    p.add_argument("--log-json", action="store_true", help="log as JSON lines on stderr")
