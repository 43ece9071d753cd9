"""Where records go, and writing them so nothing is ever half-written."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path, PurePosixPath

STATE_DIR = ".ftextract"
FAILURES = "failures.jsonl"


def record_path(out: Path, relative: str) -> Path:
    """`a/b.txt` -> `<out>/a/b.json`: the article's place, suffix replaced."""
    return out / PurePosixPath(relative).with_suffix(".json")


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside the target, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
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
