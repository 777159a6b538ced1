"""Benchmark: `redline scan` over a real source tree vs `grep -rF -c -f LEXICON`, in one run.

The tree is one every such machine has: the system C headers (/usr/include) and the installed
Python standard library (without site-packages). Both tools read every file; grep only counts
lexicon lines, redline understands what it reads. Prints MB/s for each and the ratios
(target: redline -j1 >= 0.5 x grep; -j2 / -j1 scaling). Not a test: figures vary by machine.

It also times redline's *floor*: the same scan with the prefilter answering "no hit" for every
file, so nothing is extracted or evaluated. What is left is start-up (imports, compiling the
rules) and the per-file path every document takes (walk, read, sniff, sha256 for the report,
prefilter, a JSON line): no scan that reports every document can be faster than that.

    python benchmarks/scan_tree.py [--tree DIR]... [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path


def default_trees() -> list[str]:
    trees = []
    if os.path.isdir("/usr/include"):
        trees.append("/usr/include")
    stdlib = sysconfig.get_paths()["stdlib"]
    if os.path.isdir(stdlib):
        trees.append(stdlib)
    return trees


def tree_bytes(trees: list[str], exclude: tuple[str, ...]) -> tuple[int, int]:
    total = files = 0
    for t in trees:
        for root, dirs, names in os.walk(t):
            dirs[:] = [d for d in dirs if d not in exclude]
            for n in names:
                p = os.path.join(root, n)
                if os.path.isfile(p) and not os.path.islink(p):
                    total += os.path.getsize(p)
                    files += 1
    return total, files


def lexicon_terms() -> list[str]:
    from redline.rules import load_rules

    rs = load_rules()
    # The anchor terms of redline's own raw-byte prefilter: the same short list both tools look
    # for, so grep is the fairest (fastest) baseline.
    for attr in ("anchors", "lexicon_terms", "anchor_terms"):
        value = getattr(rs, attr, None)
        if callable(value):
            value = value()
        if value:
            return sorted({str(t).rstrip("*") for t in value if str(t).strip("* ")})
    raise SystemExit("the rule set exposes no lexicon (lexicon_terms/anchor_terms)")


def timed(cmd: list[str], *, cwd: str | None = None) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd)
    dt = time.perf_counter() - t0
    if proc.returncode not in (0, 1, 3):
        sys.stderr.write(proc.stderr.decode(errors="replace")[-2000:])
        raise SystemExit(f"{cmd[0]} failed with exit code {proc.returncode}")
    return dt


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tree", action="append", help="tree to scan (default: /usr/include + stdlib)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command; the best is kept")
    args = ap.parse_args(argv)
    trees = args.tree or default_trees()
    exclude = ("site-packages", "dist-packages", "__pycache__")
    size, files = tree_bytes(trees, exclude)
    mb = size / 1e6
    redline = str(Path(sys.executable).with_name("redline"))
    with tempfile.TemporaryDirectory() as tmp:
        lex = Path(tmp, "lexicon.txt")
        terms = lexicon_terms()
        lex.write_text("\n".join(terms) + "\n", encoding="utf-8")
        excl = [a for d in exclude for a in ("--exclude", d)]
        grep_excl = [f"--exclude-dir={d}" for d in exclude]
        floor = ("import sys; import redline.rules.compile as c; "
                 "c.CompiledRuleSet.prefilter = lambda self, data: False; "
                 "from redline.cli import main; sys.exit(main(sys.argv[1:]))")
        def scan_args(jobs: int) -> list[str]:
            return ["scan", "--format", "jsonl", "--no-progress", "--fail-on", "never", "-j", str(jobs), *excl, *trees]

        cmds = {
            "cat (read only)": ["sh", "-c", "find " + " ".join(trees) + " -type f -not -path '*/site-packages/*' -not -path '*/__pycache__/*' -print0 | xargs -0 cat > /dev/null"],
            "grep -rF -c -f LEXICON": ["grep", "-rF", "-c", "-i", "-f", str(lex), *grep_excl, *trees],
            "redline scan -j1": [redline, *scan_args(1)],
            "redline scan -j2": [redline, *scan_args(2)],
            "redline floor -j1 (no extraction)": [sys.executable, "-c", floor, *scan_args(1)],
        }
        timed(cmds["cat (read only)"])  # warm the page cache once
        best: dict[str, float] = {}
        for _ in range(args.repeat):
            for name, cmd in cmds.items():  # interleaved, so drift hits all alike
                dt = timed(cmd)
                best[name] = min(best.get(name, dt), dt)
    print(f"tree: {', '.join(trees)} ({files} files, {mb:.1f} MB); lexicon: {len(terms)} terms; best of {args.repeat}")
    for name, dt in best.items():
        print(f"  {name:34s} {dt:7.2f} s  {mb / dt:8.1f} MB/s")
    g, r1, r2 = best["grep -rF -c -f LEXICON"], best["redline scan -j1"], best["redline scan -j2"]
    print(f"ratio redline -j1 / grep throughput: {g / r1:.2f}  (target >= 0.5)")
    print(f"ratio redline -j2 / -j1 throughput:  {r1 / r2:.2f}")
    fl = best["redline floor -j1 (no extraction)"]
    print(f"ratio redline floor / grep throughput: {g / fl:.2f}  (the best any -j1 scan of this tree can do)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
