"""Package data: load each language file once, validate it, and digest them all.

Language knowledge lives in `ftextract/data/` as TSV files (one record a line,
`#` comments, tab-separated columns); SOURCES.md names where each one comes from.
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources

from ftextract.errors import DataError

_PACKAGE = "ftextract.data"


def data_files() -> list[str]:
    """Names of every data file shipped with the package, sorted."""
    root = resources.files(_PACKAGE)
    return sorted(p.name for p in root.iterdir() if p.is_file() and not p.name.startswith(("_", ".")))


@cache
def read_text(name: str) -> str:
    try:
        return resources.files(_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"missing package data file {name}") from exc


@cache
def table(name: str, columns: int) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV data file, each exactly `columns` wide (blank lines and # comments skipped)."""
    rows = []
    for number, raw in enumerate(read_text(name).splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = tuple(cell.strip() for cell in raw.split("\t"))
        if len(cells) != columns or not all(cells[:1]):
            raise DataError(f"{name}:{number}: expected {columns} tab-separated columns, got {len(cells)}")
        rows.append(cells)
    return tuple(rows)


@cache
def words(name: str) -> frozenset[str]:
    """A one-column data file as a set of entries."""
    return frozenset(row[0] for row in table(name, 1))


@cache
def function_words() -> frozenset[str]:
    """French function words (stopwords_fr.tsv), casefolded: what a name's capital does not make a name."""
    return frozenset(w.casefold() for w in words("stopwords_fr.tsv"))


@cache
def digest() -> str:
    """SHA-256 over every data file's name and bytes: part of the extractor fingerprint."""
    h = hashlib.sha256()
    root = resources.files(_PACKAGE)
    for name in data_files():
        h.update(name.encode() + b"\0" + root.joinpath(name).read_bytes() + b"\0")
    return h.hexdigest()
