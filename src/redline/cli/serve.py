"""`redline serve`: the web app (review findings together) on uvicorn.

SQLite store in the data dir by default, PostgreSQL with ``REDLINE_DATABASE_URL`` or
``--database-url``; the same store and archive as ``redline watch``. The session secret is kept
in the data dir (``web-secret``). Binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import argparse
import logging

from redline.cli import add_common
from redline.cli.watch import add_store_options, data_dir, open_repo

logger = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("serve", help="run the web app (findings, evidence, timelines, triage)",
                       description="Serve the web app. Create accounts first with `redline user add`.")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    p.add_argument("--https-only", action="store_true",
                   help="mark the session cookie Secure (when served behind TLS)")
    p.add_argument("--scan-allow-private", action="store_true",
                   help="let scan-on-demand fetch private/loopback addresses (off by default)")
    p.add_argument("--rules", action="append", default=[], metavar="PATH",
                   help="extra rule pack(s) for scan on demand and re-scans")
    add_store_options(p)
    add_common(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from redline.web.app import create_app
    from redline.web.settings import WebSettings

    repo = open_repo(args)
    settings = WebSettings.from_data_dir(data_dir(args), https_only=args.https_only,
                                         scan_allow_private=args.scan_allow_private,
                                         rule_paths=tuple(args.rules))
    app = create_app(settings, repo)
    if not repo.list_users():
        logger.warning("no accounts yet: create one with `redline user add NAME --role admin`")
    import sys

    print(f"redline web app on http://{args.host}:{args.port}/ (Ctrl-C to stop)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning",
                    proxy_headers=False, server_header=False)
    finally:
        repo.close()
    return 0
