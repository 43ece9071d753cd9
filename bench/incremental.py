"""A second ingest of an unchanged folder, as a fraction of the first (target < 2 %).

.venv/bin/python bench/incremental.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build


def _ingest(raw: Path, out: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "ftextract", "ingest", str(raw), "-o", str(out), *extra], check=True, capture_output=True
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", default="1")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = build(Path(tmp) / "raw", args.articles)
        first = _ingest(raw, Path(tmp) / "out", "--jobs", args.jobs)
        second = _ingest(raw, Path(tmp) / "out")
    print(f"articles: {args.articles}")
    print(f"first run: {first:8.1f} s   second run (unchanged): {second:6.2f} s")
    print(f"second / first: {100 * second / first:.2f} % (target < 2 %)")


if __name__ == "__main__":
    main()
