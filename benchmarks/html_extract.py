"""Benchmark: HTML extraction (``redline.extract.html``) now vs an earlier revision, ms/page.

Real pages: the HTML documentation installed on the machine (/usr/share/doc, e.g. the Python
and Debian manuals). The old extractor is the module's source at ``--rev`` (git), loaded under
another name; both run on the same decoded pages, interleaved, best of ``--repeat``, timed in
CPU seconds of this process (the machine is shared: wall time counts other people's work).
Prints ms/page for each, the ratio old/new, and how well each locates its segments: the share
of verbatim segments (exact source slices) and of segments with no column (text not found).
Not a test: figures vary by machine and load.

    python benchmarks/html_extract.py [--rev 6ce9400] [--pages 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

from redline.extract import html as new_html
from redline.limits import Limits
from redline.text.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent


def load_old(rev: str) -> ModuleType:
    code = subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:src/redline/extract/html.py"],
                          check=True, capture_output=True, text=True).stdout
    # Registering the extractor twice would clash: drop the decorator in the copy.
    code = code.replace('@extractors.register("html")\n', "")
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(code)
    spec = importlib.util.spec_from_file_location("redline_html_old", f.name)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pages(limit: int) -> list[str]:
    files = sorted(glob.glob("/usr/share/doc/python3*/html/**/*.html", recursive=True))
    files += sorted(glob.glob("/usr/share/doc/**/*.html", recursive=True))
    out, seen = [], set()
    for f in files:
        p = Path(f)
        if p.is_file() and p.resolve() not in seen:
            seen.add(p.resolve())
            out.append(decode_bytes(p.read_bytes(), declared=None, markup=True).text)
        if len(out) >= limit:
            break
    return out


def run(mod: ModuleType, srcs: list[str], limits: Limits) -> tuple[float, int, int, int]:
    """(CPU seconds, segments, verbatim segments, segments without a column)."""
    t0 = time.process_time()
    n = verbatim = unlocated = 0
    for src in srcs:
        for seg in mod.HtmlWalker(src, limits).segments():
            n += 1
            verbatim += seg.verbatim
            unlocated += seg.locator.column is None
    return time.process_time() - t0, n, verbatim, unlocated


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rev", default="6ce9400", help="git revision of the old extractor")
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    old = load_old(args.rev)
    srcs = pages(args.pages)
    if not srcs:
        print("no HTML pages under /usr/share/doc", file=sys.stderr)
        return 1
    limits = Limits()
    best_old = best_new = float("inf")
    for _ in range(args.repeat):
        t_old, n_old, v_old, u_old = run(old, srcs, limits)
        t_new, n_new, v_new, u_new = run(new_html, srcs, limits)
        best_old, best_new = min(best_old, t_old), min(best_new, t_new)
    k = len(srcs)
    print(f"pages: {k}, segments old/new: {n_old}/{n_new}")
    print(f"verbatim old/new: {100 * v_old / max(n_old, 1):.1f}% / {100 * v_new / max(n_new, 1):.1f}%; "
          f"without a column old/new: {u_old} / {u_new}")
    print(f"old ({args.rev}): {best_old / k * 1000:.2f} ms/page")
    print(f"new (working tree): {best_new / k * 1000:.2f} ms/page")
    print(f"ratio old/new: {best_old / best_new:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
