"""Wall time of `ftextract --help` and `ftextract schema` (best of 5; target for --help < 0.3 s).

.venv/bin/python bench/startup.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path


def best(argv: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    exe = shutil.which("ftextract", path=str(Path(sys.executable).parent)) or "ftextract"
    for args in (["--help"], ["schema"], ["ingest", "--help"]):
        print(f"ftextract {' '.join(args):14} {best([exe, *args]):6.3f} s")


if __name__ == "__main__":
    main()
