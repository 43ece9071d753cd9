"""Throughput of `clean` alone (decode, lines, chrome stripping) on the dev articles' text dumps.

Prints articles per CPU-second (process time, so other load on the machine does not count) of
the median round, each round cold (memos cleared: every site's chrome is new to it); target
>= 200 for text dumps, so chrome stripping is never the bottleneck beside the model.

    .venv/bin/python bench/clean.py [--rounds 20] [--html]   (--html: the chrome cases' HTML pages)
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

from ftextract import chrome_features, chrome_rules, normalize, pipeline

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _inputs(html: bool) -> list[tuple[bytes, str]]:
    if html:
        pages = sorted((SHARED / "chrome" / "cases").glob("*/page.html.gz"))
        return [(gzip.decompress(p.read_bytes()), f"{p.parent.name}.html") for p in pages]
    return [(p.read_bytes(), p.name) for p in sorted((SHARED / "dev" / "raw").glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--html", action="store_true")
    args = parser.parse_args()
    inputs = _inputs(args.html)
    if not inputs:
        raise SystemExit(f"no articles under {SHARED}")
    for data, path in inputs:  # warm the data files and compiled patterns
        pipeline.clean(data, path)
    times = []
    for _ in range(args.rounds):
        for memo in (chrome_rules.judge, chrome_rules.words_of, chrome_features._shape, normalize.fold):  # cold
            memo.cache_clear()
        started = time.process_time()
        for data, path in inputs:
            pipeline.clean(data, path)
        times.append(time.process_time() - started)
    kind = "HTML pages" if args.html else "text dumps"
    median, best = statistics.median(times), min(times)
    print(
        f"clean: {len(inputs)} {kind} x {args.rounds} rounds: {len(inputs) / median:.0f} articles per CPU-second "
        f"(median round; best {len(inputs) / best:.0f}, mean {len(inputs) * len(times) / sum(times):.0f})"
    )


if __name__ == "__main__":
    main()
