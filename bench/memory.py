"""Peak RSS of one `ingest` process after 1,000 and after 10,000 articles (targets: growth < 5 %,
under 1 GB). Each count runs in a fresh process over a folder of that many replicated articles.

    .venv/bin/python bench/memory.py [--counts 1000 10000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import build

_CHILD = """
import resource, sys
from pathlib import Path
from ftextract import discover, runs
articles = discover.find([Path(sys.argv[1])])
runs.ingest(articles, output=Path(sys.argv[2]), report=lambda _m: None)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.counts:
            raw = build(Path(tmp) / f"raw{count}", count)
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-c", _CHILD, str(raw), str(Path(tmp) / f"out{count}")],
                check=True,
                capture_output=True,
                text=True,
            )
            peaks[count] = int(result.stdout.split()[-1]) / 1024  # ru_maxrss is KiB on Linux
            print(
                f"{count:6} articles: peak RSS {peaks[count]:7.1f} MiB ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    if len(peaks) > 1:
        low, high = min(peaks), max(peaks)
        print(f"growth {low} -> {high} articles: {100 * (peaks[high] / peaks[low] - 1):+.1f} % (target < 5 %)")


if __name__ == "__main__":
    main()
