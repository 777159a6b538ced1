"""`redline evidence FINGERPRINT -o OUT.wacz`: every archived record of a finding, as a WACZ."""

from __future__ import annotations

import argparse
import sys

from redline.cli import add_common
from redline.cli.watch import add_store_options, archive_dir, open_repo, store_errors
from redline.errors import ExitCode


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg,unused-ignore]
    p = sub.add_parser("evidence", help="export a finding's archived evidence as WACZ",
                       description="Pack every archived record in which the finding occurs (across "
                       "all snapshots, including ones whose claim or page was later removed) into "
                       "a WACZ file that `redline archive check` and ReplayWeb.page can open.")
    p.add_argument("fingerprint", help="finding fingerprint (or a unique prefix of 8+ characters)")
    p.add_argument("-o", "--output", required=True, metavar="OUT.wacz")
    p.add_argument("--signing-key", metavar="KEY.pem", help="sign the package (ECDSA P-256 PEM)")
    add_store_options(p)
    add_common(p)
    p.set_defaults(func=run)


@store_errors
def run(args: argparse.Namespace) -> int:
    from redline.store.repo import StoreError
    from redline.watch.evidence import EvidenceError, export_evidence

    repo = open_repo(args)
    try:
        res = export_evidence(repo, args.fingerprint, args.output, archive_dir=archive_dir(args),
                              signing_key=args.signing_key)
    except (StoreError, EvidenceError) as exc:
        print(f"redline: {exc}", file=sys.stderr)
        return int(ExitCode.INVALID_CONFIG)
    finally:
        repo.close()
    print(f"wrote {res.path}: {len(res.snapshots)} snapshot(s), {res.records} record(s) "
          f"of finding {res.fingerprint}", file=sys.stderr)
    return 0
