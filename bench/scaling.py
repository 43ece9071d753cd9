"""Scaling of `ingest --jobs N` over N = 1, 2, 4, 8, 16 (capped at the machine's cores):
articles/s and speed-up over one worker. Target on 16 cores: >= 12x.

    .venv/bin/python bench/scaling.py [--articles 400] [--jobs 1 2 4 8 16]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 4, 8, 16])
    args = parser.parse_args()
    cores = os.cpu_count() or 1
    print(f"machine: {cores} cores; articles: {args.articles}")
    base = None
    with tempfile.TemporaryDirectory() as tmp:
        raw = build(Path(tmp) / "raw", args.articles)
        for jobs in [j for j in args.jobs if j <= cores]:
            out = Path(tmp) / f"out{jobs}"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "ftextract", "ingest", str(raw), "-o", str(out), "--jobs", str(jobs)],
                check=True,
                capture_output=True,
            )
            rate = args.articles / (time.perf_counter() - started)
            base = base or rate
            print(f"--jobs {jobs:2}: {rate:7.1f} articles/s  speed-up {rate / base:5.2f}x", flush=True)


if __name__ == "__main__":
    main()
