"""Find articles under the paths a user gives, with the relative paths their records mirror."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".html", ".htm")


@dataclass(frozen=True, slots=True)
class Article:
    """An article file: where it is, and its path relative to the folder it was found in."""

    path: Path
    relative: str  # POSIX form, as written in record.source.path

    @property
    def is_html(self) -> bool:
        return self.path.suffix.lower() in (".html", ".htm")


def display(relative: str) -> str:
    """A path as records and messages write it: bytes that are not UTF-8 shown as \\xNN.

    The file system may hold names that are not UTF-8; Python keeps them as
    surrogates, which JSON cannot carry. The output file keeps the raw name.
    """
    return os.fsencode(relative).decode("utf-8", "backslashreplace")


def _walk(root: Path) -> Iterator[Path]:
    """Files under root, following symlinked folders once (a loop is visited only once)."""
    seen: set[str] = set()
    for folder, dirs, files in os.walk(root, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            yield Path(folder) / name


def find(paths: list[Path]) -> list[Article]:
    """Every article under the paths, sorted by relative path; a file path is its own article."""
    articles: dict[str, Article] = {}
    for root in paths:
        if root.is_file():
            candidates = [(root, root.name)]
        else:
            candidates = [(p, p.relative_to(root).as_posix()) for p in _walk(root)]
        for path, relative in candidates:
            if path.suffix.lower() in SUFFIXES and path.is_file() and not relative.startswith(".ftextract/"):
                articles.setdefault(relative, Article(path, relative))
    return [articles[k] for k in sorted(articles)]
