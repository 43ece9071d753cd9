"""Time of `ftextract diff` between two folders of 1,000 records (target: a few seconds).

The old folder holds copies of real records; the new one is the same with an editor's
work on some of them: a corrected figure (10 %), an added paragraph (5 %), a renamed
file (1 %), a removed article (1 %), and one added article.

.venv/bin/python bench/diff.py [--records data/extracted] [--count 1000]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _correct_figure(data: dict) -> bool:
    """Change the first digit of the first amount, in the text and the amount alike (offsets hold)."""
    for amount in data["amounts"]:
        first = amount["text"][0]
        if first.isdigit():
            new = "9" if first != "9" else "8"
            start = amount["start"]
            data["text"] = data["text"][:start] + new + data["text"][start + 1 :]
            amount["text"] = new + amount["text"][1:]
            amount["value"] = amount["value"] + 1
            return True
    return False


def make_folders(records: list[dict], count: int, root: Path) -> tuple[Path, Path]:
    old, new = root / "old", root / "new"
    for n in range(count):
        data = json.loads(json.dumps(records[n % len(records)]))
        data["source"]["path"] = f"{n // 100:02d}/article-{n:04d}.txt"
        data["source"]["sha256"] = f"{n:064x}"
        relative = f"{n // 100:02d}/article-{n:04d}.json"
        (old / relative).parent.mkdir(parents=True, exist_ok=True)
        (old / relative).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        if n % 100 == 1:
            continue  # removed
        if n % 100 == 2:
            relative = f"{n // 100:02d}/renamed-{n:04d}.json"
        elif n % 10 == 3:
            _correct_figure(data)
        elif n % 20 == 4:
            data["text"] += "\nUn paragraphe ajouté par la rédaction après publication."
        (new / relative).parent.mkdir(parents=True, exist_ok=True)
        (new / relative).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    shutil.copy(next((old / "00").iterdir()), new / "added.json")
    return old, new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, default=ROOT / "data" / "extracted")
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.records.rglob("*.json"))]
    if not records:
        sys.exit(f"no records under {args.records}")
    exe = Path(sys.executable).parent / "ftextract"
    with tempfile.TemporaryDirectory() as tmp:
        old, new = make_folders(records, args.count, Path(tmp))
        for view in ([], ["--json"], ["--stat"]):
            started = time.perf_counter()
            run = subprocess.run([exe, "diff", *view, old, new], capture_output=True, text=True)
            elapsed = time.perf_counter() - started
            summary = run.stdout.splitlines()[0] if view != ["--json"] else f"{len(run.stdout.splitlines())} lines"
            name = " ".join(view) or "(human)"
            print(f"diff {name:8} {args.count} records: {elapsed:5.2f} s  exit {run.returncode}  {summary}")
        started = time.perf_counter()
        run = subprocess.run([exe, "diff", "--stat", old, old], capture_output=True, text=True)
        print(f"diff identical  {args.count} records: {time.perf_counter() - started:5.2f} s  exit {run.returncode}")


if __name__ == "__main__":
    main()
