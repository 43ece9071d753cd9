"""Where chunks of articles are processed: in this process, a local process pool, or a Dask cluster.

All three take the same picklable work function and give results back in
input order, so `batch.run` has one code path whatever runs the work; the
driver process alone writes records.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from ftextract.errors import FtextractError


class Executor(Protocol):
    workers: int  # how many chunks run at once

    def map(self, work: Callable[[Any], Any], chunks: Iterable[Any]) -> Iterator[Any]:
        """Results of `work` over chunks, in input order."""

    def close(self, *, abort: bool = False) -> None:
        """Release the workers; `abort` stops work in flight (Ctrl-C)."""


class InProcess:
    """No workers: chunks run here, one after the other."""

    workers = 1

    def map(self, work, chunks):
        return map(work, chunks)

    def close(self, *, abort: bool = False) -> None:
        return None


def _worker_start(warm: Callable[[], object]) -> None:
    # Ctrl-C goes to the driver, which stops the pool; workers must not die mid-write of a result.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm()


class ProcessPool:
    """N worker processes ('spawn': nothing of the driver's threads or state is inherited),
    each loading the model once."""

    def __init__(self, jobs: int, warm: Callable[[], object]) -> None:
        self.workers = jobs
        context = multiprocessing.get_context("spawn")
        self._pool = context.Pool(processes=jobs, initializer=_worker_start, initargs=(warm,))

    def map(self, work, chunks):
        return self._pool.imap(work, chunks)

    def close(self, *, abort: bool = False) -> None:
        if abort:
            self._pool.terminate()
        else:
            self._pool.close()
        self._pool.join()


class DaskCluster:
    """An existing Dask scheduler (`tcp://host:8786`) or a LocalCluster (`local:N`)."""

    def __init__(self, address: str, warm: Callable[[], object]) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # the optional extra is not installed
            raise FtextractError("--cluster needs Dask: pip install 'ftextract[dask]'") from exc
        self._cluster = None
        if address.startswith("local:"):
            workers = int(address.split(":", 1)[1] or 1)
            self._cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            self._client = Client(self._cluster)
        else:
            self._client = Client(address)
        self._client.run(warm)  # every worker loads the model once, before work arrives
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def map(self, work, chunks):
        futures = self._client.map(work, list(chunks), pure=False)
        for future in futures:
            yield future.result()

    def close(self, *, abort: bool = False) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
