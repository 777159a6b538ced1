"""`redline capture URL...`: fetch (or render) pages and crawl in scope into a WARC file.

Prints one line per page (status, URL, record offset or error) on stdout, or JSON with
``--json``; the WARC path is the last line. Exit 0 when every page was captured, 3 when some
were refused or failed (the others are kept).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys

from redline.cli import add_common
from redline.errors import ExitCode, UsageError
from redline.limits import Limits


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "capture",
        help="fetch pages (and in-scope links) into a WARC file as evidence",
        description="Fetch URLs with httpx (or render them in headless Chromium with --browser) "
        "and keep every exchange in an append-only, digest-carrying WARC file under --out. "
        "Private, loopback and link-local addresses are refused unless --allow-private; "
        "robots.txt is obeyed unless --ignore-robots.",
        epilog="exit codes: 0 all pages captured, 3 some pages refused or failed, "
        "5 invalid usage",
    )
    p.add_argument("urls", nargs="+", metavar="URL")
    p.add_argument("--depth", type=int, default=0, metavar="N",
                   help="follow in-scope links and sitemap entries N levels deep (default: 0)")
    p.add_argument("--scope", default="same-host", metavar="same-host|prefix|REGEX",
                   help="which links to follow: the seed's host, URLs under the seed's folder, "
                   "or URLs matching a regular expression (default: same-host)")
    p.add_argument("--browser", action="store_true",
                   help="render pages in headless Chromium; keep DOM, screenshot and PDF too")
    p.add_argument("--out", default="captures", metavar="DIR", help="folder for the WARC (default: captures)")
    p.add_argument("--warc-name", metavar="NAME", help="WARC file name (appended to if it exists)")
    p.add_argument("--allow-private", action="store_true",
                   help="allow loopback/private/link-local addresses (never cloud metadata)")
    p.add_argument("--ignore-robots", action="store_true", help="do not obey robots.txt")
    p.add_argument("--rate", type=float, default=1.0, metavar="R",
                   help="requests per second per host (0 = unlimited; default: 1)")
    p.add_argument("--concurrency", type=int, default=4, metavar="N", help="parallel fetches (default: 4)")
    p.add_argument("--retries", type=int, default=2, metavar="N", help="retries on transient errors (default: 2)")
    p.add_argument("--max-pages", type=int, default=1000, metavar="N",
                   help="stop queueing discovered links after N pages (default: 1000)")
    p.add_argument("--user-agent", metavar="UA", help="override the User-Agent")
    p.add_argument("--limit", action="append", default=[], metavar="NAME=VALUE",
                   help="change a limit (max_fetch_bytes, max_redirects, fetch_timeout, ...)")
    p.add_argument("--json", action="store_true", help="print the capture result as JSON")
    add_common(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from redline.capture import capture

    if args.depth < 0:
        raise UsageError("--depth must be 0 or more")
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    limits = Limits().with_overrides(args.limit)
    result = capture(
        args.urls, out_dir=args.out, depth=args.depth, scope=args.scope, browser=args.browser,
        allow_private=args.allow_private, respect_robots=not args.ignore_robots, limits=limits,
        user_agent=args.user_agent, warc_name=args.warc_name, rate_per_host=args.rate,
        concurrency=args.concurrency, retries=args.retries, max_pages=args.max_pages)
    errors = sum(1 for p in result.pages if p.error)
    if args.json:
        json.dump({"warc_path": result.warc_path,
                   "pages": [dataclasses.asdict(p) for p in result.pages]},
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for page in result.pages:
            status = str(page.status) if page.status is not None else "---"
            if page.error:
                print(f"{status} {page.url}  ERROR {page.error}")
            else:
                extra = f" -> {page.final_url}" if page.final_url != page.url else ""
                shots = " +dom+screenshot+pdf" if page.dom_record_id else ""
                print(f"{status} {page.url}{extra}  @{page.record_offset}{shots}")
        print(result.warc_path)
    return int(ExitCode.DOCUMENT_ERRORS if errors else ExitCode.CLEAN)
