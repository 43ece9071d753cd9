"""The two sides of a diff: records or raw articles, one file each or folders of them, paired.

Folders pair by relative path without suffix (a record `a/b.json` pairs with
a raw `a/b.txt`), then what is left by the article's SHA-256 (a renamed file);
the rest are added or removed articles. Raw articles are extracted only when
their bytes differ from the other side's.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ftextract import discover, store
from ftextract.diff import article_diff
from ftextract.diff_record import ArticleDiff, Kind, Status
from ftextract.errors import FtextractError
from ftextract.record import Record

RECORD_SUFFIX = ".json"


class Trouble(FtextractError):
    """An input that cannot be compared: missing, unreadable, not a record, or a file against a folder."""


@dataclass(frozen=True, slots=True)
class Version:
    """One version of an article: a record file or a raw article, and the name messages give it."""

    path: Path
    name: str

    @property
    def is_record(self) -> bool:
        return self.path.suffix.lower() == RECORD_SUFFIX


@dataclass(frozen=True, slots=True)
class Pair:
    old: Version | None
    new: Version | None
    status: Status


def _read_bytes(version: Version) -> bytes:
    try:
        return version.path.read_bytes()
    except OSError as exc:
        raise Trouble(f"{version.name}: cannot read ({exc.strerror})") from exc


def sha256(version: Version) -> str | None:
    """The SHA-256 of the article's bytes: computed for a raw article, as recorded for a record."""
    if version.is_record:
        identity = store.stored_identity(version.path)
        return identity[0] if identity else None
    return hashlib.sha256(_read_bytes(version)).hexdigest()


def load(version: Version, extract: Callable[[bytes, str], Record]) -> Record:
    """The version's record: read from a record file, or extracted from a raw article."""
    from ftextract.errors import ArticleRefused, RecordError
    from ftextract.record import loads

    data = _read_bytes(version)
    try:
        return loads(data) if version.is_record else extract(data, version.name)
    except (RecordError, ArticleRefused) as exc:
        raise Trouble(f"{version.name}: {exc}") from exc


def _stem(relative: str) -> str:
    return PurePosixPath(relative).with_suffix("").as_posix()


def _folder(root: Path) -> dict[str, Version]:
    """Records and raw articles under a folder by stem path; a record wins over a raw article of that stem."""
    found: dict[str, Version] = {}
    for article in discover.find([root]):
        found.setdefault(_stem(article.relative), Version(article.path, article.relative))
    for folder, dirs, files in os.walk(root):
        rel_folder = Path(folder).relative_to(root).as_posix()
        dirs[:] = sorted(d for d in dirs if not (rel_folder == "." and d == store.STATE_DIR))
        for name in sorted(files):
            if name.lower().endswith(RECORD_SUFFIX) and not name.startswith("."):
                relative = name if rel_folder == "." else f"{rel_folder}/{name}"
                found[_stem(relative)] = Version(Path(folder) / name, relative)
    return found


def _side(path: Path) -> dict[str, Version] | Version:
    if path.is_dir():
        return _folder(path)
    if not path.exists():
        raise Trouble(f"{path}: no such file or folder")
    if path.suffix.lower() not in (RECORD_SUFFIX, *discover.SUFFIXES):
        raise Trouble(f"{path}: neither a record (.json) nor an article ({', '.join(discover.SUFFIXES)})")
    return Version(path, str(path))


def pairs(old: Path, new: Path) -> list[Pair]:
    """The article pairs to compare: by path, then renames by content, then added and removed."""
    a, b = _side(old), _side(new)
    if isinstance(a, Version) and isinstance(b, Version):
        return [Pair(a, b, Status.CHANGED)]
    if isinstance(a, Version) or isinstance(b, Version):
        raise Trouble(f"cannot compare a file with a folder: {old} and {new}")
    result = [Pair(a[k], b[k], Status.CHANGED) for k in sorted(a.keys() & b.keys())]
    gone = {k: a[k] for k in sorted(a.keys() - b.keys())}
    came = {k: b[k] for k in sorted(b.keys() - a.keys())}
    by_hash: dict[str, list[str]] = {}
    for k, version in came.items():
        digest = sha256(version)
        if digest:
            by_hash.setdefault(digest, []).append(k)
    for version in gone.values():
        digest = sha256(version)
        if digest and by_hash.get(digest):
            result.append(Pair(version, came.pop(by_hash[digest].pop(0)), Status.RENAMED))
        else:
            result.append(Pair(version, None, Status.REMOVED))
    result += [Pair(None, version, Status.ADDED) for version in came.values()]
    return sorted(result, key=lambda p: (p.old or p.new).name)  # type: ignore[union-attr]


def diffs(
    pairs: list[Pair],
    extract: Callable[[bytes, str], Record],
    only: tuple[Kind, ...] = tuple(Kind),
    report: Callable[[str], None] = lambda _m: None,
) -> Iterator[ArticleDiff]:
    """The diff of each pair that differs; a pair that cannot be read is reported and skipped."""
    for pair in pairs:
        old, new = pair.old, pair.new
        try:
            if old is None or new is None:
                old_record = new_record = None
            elif not old.is_record and not new.is_record and _read_bytes(old) == _read_bytes(new):
                old_record = new_record = None  # same raw bytes: the same record, no extraction needed
            else:
                old_record, new_record = load(old, extract), load(new, extract)
        except Trouble as exc:
            report(str(exc))
            continue
        found = article_diff(
            old_record,
            new_record,
            old_name=old.name if old else None,
            new_name=new.name if new else None,
            status=pair.status,
            only=only,
        )
        if found is not None:
            yield found
