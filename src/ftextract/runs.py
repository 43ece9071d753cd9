"""One ingest run: lock the output folder, clear what a killed run left, skip current records,
write the rest, record failures; stop cleanly on Ctrl-C."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from filelock import FileLock, Timeout

from ftextract import batch, profiles, store
from ftextract.discover import Article, display
from ftextract.pipeline import DEFAULT_OPTIONS, Options

# What store.write_atomic leaves behind when a run is killed mid-write.
_STRAY = re.compile(r"^\..+\.tmp$")


class Busy(Exception):
    """Another ingest holds the output folder."""


def _lock(out: Path) -> FileLock:
    """The folder's lock (an OS file lock: a killed run's lock is released with its process)."""
    state = store.state_dir(out)
    state.mkdir(parents=True, exist_ok=True)
    lock = FileLock(state / "lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        owner = state / "owner"
        holder = owner.read_text(encoding="utf-8").strip() if owner.exists() else "unknown"
        raise Busy(f"{out} is in use by another ingest (process {holder}); wait for it to end") from None
    (state / "owner").write_text(f"{os.getpid()}\n", encoding="utf-8")
    return lock


def _clear_strays(out: Path) -> None:
    """Remove temporary files a killed run left; safe, since we hold the folder's lock."""
    for folder, _dirs, files in os.walk(out):
        for name in files:
            if _STRAY.match(name):
                Path(folder, name).unlink(missing_ok=True)


def _digest(view: profiles.SiteView | None) -> str:
    return view.digest if view is not None else ""


def failed_paths(out: Path) -> set[str]:
    """Paths listed in the last run's failures, as written there."""
    path = store.state_dir(out) / store.FAILURES
    if not path.exists():
        return set()
    return {json.loads(line)["path"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def ingest(
    articles: list[Article],
    *,
    output: Path | None,
    force: bool = False,
    retry_failed: bool = False,
    jobs: int = 1,
    cluster: str = "",
    options: Options = DEFAULT_OPTIONS,
    emit: Callable[[str], object] = print,
    report: Callable[[str], object] = print,
    on_outcome: Callable[[batch.Outcome], object] | None = None,
) -> batch.Summary:
    """Records for the articles, into `output` (mirrored paths) or, when None, to `emit` as JSON Lines.

    Each failure is reported as it happens and, for a folder, listed in `.ftextract/failures.jsonl`.
    `retry_failed` redoes only the articles that file lists. On Ctrl-C the run stops, keeps every
    record already written whole, and returns its summary marked `interrupted`.
    """
    summary = batch.Summary()
    lock = _lock(output) if output is not None else None
    executor = None

    def using() -> batch.Executor:
        nonlocal executor
        executor = executor or batch.executor(jobs, cluster)
        return executor

    def read_keys(chunks: list[list[str]]) -> list:
        return list(using().map(partial(batch.keys, options=options), chunks))

    try:
        state = store.state_dir(output) if output is not None else None
        sites = profiles.plan(articles, read_keys, state)
        todo = articles
        if output is not None:
            _clear_strays(output)
            if retry_failed:
                wanted = failed_paths(output)
                todo = [a for a in articles if display(a.relative) in wanted]
            elif not force:
                todo = [a for a in articles if not batch.is_current(a, output, _digest(sites.get(a.relative)))]
            summary.skipped = len(articles) - len(todo)
        outcomes = batch.run(
            todo, using=using() if todo else None, compact=output is None, options=options, sites=sites
        )
        for outcome in outcomes:
            if outcome.record is None:
                summary.failures.append(outcome)
                report(f"ftextract: {display(outcome.relative)}: {outcome.message} [{outcome.error_kind}]")
            elif output is None:
                emit(outcome.record)
                summary.written += 1
            else:
                store.write_atomic(store.record_path(output, outcome.relative), outcome.record)
                summary.written += 1
            if on_outcome:
                on_outcome(outcome)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        if executor is not None:
            executor.close(abort=summary.interrupted)
        if output is not None:
            failures = "".join(batch.failure_line(f) for f in summary.failures)
            store.write_atomic(store.state_dir(output) / store.FAILURES, failures)
        if lock is not None:
            lock.release()
    return summary
