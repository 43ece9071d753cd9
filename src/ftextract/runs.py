"""One ingest run: lock the output folder, skip current records, write the rest, record failures."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock, Timeout

from ftextract import batch, store
from ftextract.discover import Article
from ftextract.pipeline import DEFAULT_OPTIONS, Options


class Busy(Exception):
    """Another ingest holds the output folder."""


def _lock(out: Path) -> FileLock:
    state = store.state_dir(out)
    state.mkdir(parents=True, exist_ok=True)
    lock = FileLock(state / "lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        owner = (state / "owner").read_text(encoding="utf-8").strip() if (state / "owner").exists() else "?"
        raise Busy(f"{out} is in use by another ingest (process {owner}); wait for it to end") from None
    (state / "owner").write_text(f"{os.getpid()}\n", encoding="utf-8")
    return lock


def ingest(
    articles: list[Article],
    *,
    output: Path | None,
    force: bool = False,
    jobs: int = 1,
    options: Options = DEFAULT_OPTIONS,
    emit: Callable[[str], object] = print,
    report: Callable[[str], object] = print,
    on_outcome: Callable[[batch.Outcome], object] | None = None,
) -> batch.Summary:
    """Records for the articles, into `output` (mirrored paths) or, when None, to `emit` as JSON Lines.

    Each failure is reported as it happens and, for a folder, listed in `.ftextract/failures.jsonl`.
    """
    summary = batch.Summary()
    lock = _lock(output) if output is not None else None
    try:
        todo = articles
        if output is not None and not force:
            todo = [a for a in articles if not batch.is_current(a, output)]
            summary.skipped = len(articles) - len(todo)
        for outcome in batch.run(todo, jobs=jobs, compact=output is None, options=options):
            if outcome.record is None:
                summary.failures.append(outcome)
                report(f"ftextract: {outcome.relative}: {outcome.message} [{outcome.error_kind}]")
            elif output is None:
                emit(outcome.record)
                summary.written += 1
            else:
                store.write_atomic(store.record_path(output, outcome.relative), outcome.record)
                summary.written += 1
            if on_outcome:
                on_outcome(outcome)
        if output is not None:
            failures = "".join(batch.failure_line(f) for f in summary.failures)
            store.write_atomic(store.state_dir(output) / store.FAILURES, failures)
    finally:
        if lock is not None:
            lock.release()
    return summary
