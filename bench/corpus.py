"""Benchmark corpora: the dev articles, replicated with small variations so nothing is cached.

Each copy gets a different opening sentence (other numbers, places and a date)
and its lines rotated by a few positions inside the article body, so no two
files have the same bytes while their size and kind stay those of real pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev" / "raw"
PLACES = ("Brest", "Lyon", "Nantes", "Toulouse", "Lille", "Rennes", "Dijon", "Metz", "Nice", "Tours")


def sources() -> list[tuple[str, str]]:
    if not DEV.is_dir():
        sys.exit(f"benchmarks read the dev articles at {DEV}: not found")
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))]


def variant(text: str, i: int) -> str:
    lines = text.splitlines()
    cut = len(lines) // 3
    body = lines[cut:]
    shift = i % max(1, min(5, len(body)))
    lines = lines[:cut] + body[shift:] + body[:shift]
    place = PLACES[i % len(PLACES)]
    opening = (
        f"Le conseil de {place} a voté le {1 + i % 28} mars {2000 + i % 25} un budget de {i + 3} millions d'euros."
    )
    return opening + "\n" + "\n".join(lines) + "\n"


def build(folder: Path, count: int) -> Path:
    """`count` article files under folder (reused when already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    if len(list(folder.glob("*.txt"))) == count:
        return folder
    base = sources()
    for i in range(count):
        name, text = base[i % len(base)]
        (folder / f"{i:06}-{name}.txt").write_text(variant(text, i), encoding="utf-8")
    return folder
