"""`redline archive check|export`: re-verify stored evidence; package it as WACZ for sharing."""

from __future__ import annotations

import argparse
import os
import sys

from redline.cli import add_common
from redline.errors import ExitCode


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("archive", help="verify WARC/WACZ digests; export captures as WACZ",
                       description="Work with stored evidence (WARC/WACZ files).")
    asub = p.add_subparsers(dest="archive_command", metavar="ACTION")
    c = asub.add_parser(
        "check", help="re-verify every digest of WARC/WACZ files",
        description="Recompute every WARC-Block-Digest and WARC-Payload-Digest (like `warcio "
        "check`), and for WACZ files every datapackage.json hash and the signature if any. "
        "Prints each problem with offset, WARC-Record-ID and the failed digest.",
        epilog="exit codes: 0 all digests verified, 1 a digest, hash or signature failed or a "
        "file is unreadable")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--trusted-key", action="append", default=[], metavar="B64",
                   help="require WACZ signatures by this public key (base64 DER; repeatable)")
    c.add_argument("-q", "--quiet", action="store_true", help="print problems only")
    add_common(c)
    c.set_defaults(func=run_check)
    e = asub.add_parser(
        "export", help="package WARC files as a WACZ",
        description="Package the WARC files in DIR (or the files named) as a WACZ 1.1 file with "
        "a CDXJ index, a page list and sha256 hashes in datapackage.json; sign it when a key is "
        "given (--signing-key or REDLINE_SIGNING_KEY: ECDSA P-256 PEM).")
    e.add_argument("--wacz", required=True, metavar="OUT.wacz")
    e.add_argument("inputs", nargs="+", metavar="DIR|FILE")
    e.add_argument("--title")
    e.add_argument("--description")
    e.add_argument("--signing-key", metavar="KEY.pem", default=os.environ.get("REDLINE_SIGNING_KEY"))
    add_common(e)
    e.set_defaults(func=run_export)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), int(ExitCode.INVALID_CONFIG))[1])


def run_check(args: argparse.Namespace) -> int:
    from redline.archive.verify import verify_path

    failed = 0
    for f in args.files:
        report = verify_path(f, trusted_keys=args.trusted_key)
        for problem in report.problems:
            print(f"FAIL {problem}")
        for warning in report.warnings:
            if not args.quiet:
                print(f"warn {warning}")
        if report.ok:
            if not args.quiet:
                sig = ""
                if report.signed:
                    sig = ", signature verified" if report.signature_ok else ", signature NOT verified"
                files = f", {report.files_checked} package files" if report.files_checked else ""
                print(f"ok   {f}: {report.records} records, {report.digests_checked} with verified "
                      f"digests{files}{sig}")
        else:
            failed += 1
            print(f"FAIL {f}: {len(report.problems)} problem(s)")
    return int(ExitCode.FINDINGS) if failed else int(ExitCode.CLEAN)


def run_export(args: argparse.Namespace) -> int:
    from redline.archive.wacz import export_wacz

    out = export_wacz(args.inputs, args.wacz, title=args.title, description=args.description,
                      signing_key=args.signing_key)
    print(out)
    return int(ExitCode.CLEAN)
