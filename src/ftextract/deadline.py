"""A per-article time limit: a runaway article becomes a recorded failure, not a stuck run.

It uses SIGALRM, so it applies where work runs on a process's main thread: the
CLI process and each `--jobs` worker. Elsewhere (threads of a Dask worker) it is
a no-op, and the cluster's own timeouts apply.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from ftextract.errors import FtextractError


class ArticleTimeout(FtextractError):
    """An article took longer than the per-article time limit."""


def _available() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise ArticleTimeout inside the block once `seconds` have passed (0 = no limit)."""
    if seconds <= 0 or not _available():
        yield
        return

    def expire(_signum, _frame):
        raise ArticleTimeout(f"took longer than the {seconds:g} s limit per article")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
