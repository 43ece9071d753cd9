"""Where records go, and writing them so nothing is ever half-written."""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from pathlib import Path, PurePosixPath

STATE_DIR = ".ftextract"
FAILURES = "failures.jsonl"


def record_path(out: Path, relative: str) -> Path:
    """`a/b.txt` -> `<out>/a/b.json`: the article's place, suffix replaced."""
    return out / PurePosixPath(relative).with_suffix(".json")


@cache
def _file_mode() -> int:
    """The mode a plain `open` would give a new file (0o666 less the umask): mkstemp's is 0o600."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write (text as UTF-8) to a temporary file beside the target, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def stored_identity(path: Path) -> tuple[str, str] | None:
    """(source.sha256, extractor.fingerprint) of an existing record, or None if absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data["source"]["sha256"], data["extractor"]["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def state_dir(out: Path) -> Path:
    """Run bookkeeping lives here, never beside the records."""
    return out / STATE_DIR
