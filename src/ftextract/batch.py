"""Many articles: run them in chunks on an executor, isolate each article's failure,
and hand back serialized records in input order."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from ftextract import nlp, site, store
from ftextract.deadline import ArticleTimeout, deadline
from ftextract.discover import Article, display
from ftextract.errors import ArticleRefused
from ftextract.executors import DaskCluster, Executor, InProcess, ProcessPool
from ftextract.fingerprint import fingerprint
from ftextract.pipeline import DEFAULT_OPTIONS, Options, Prepared, finish, prepare, site_keys
from ftextract.profiles import SiteView
from ftextract.record import dumps

# Articles the model reads in one nlp.pipe pass. Once its vocabulary is full (nlp.PERMANENT_WORDS)
# a chunk is one memory zone, whose new words are made once a chunk, so a larger chunk costs less
# (48 against 16: a few per cent of ingest time, bench/RESULTS.md); still a few seconds of work
# on one core, so Ctrl-C and progress stay prompt.
CHUNK = 48
MIN_CHUNK = 8  # with several workers, chunks shrink so each worker has about four to take
# An article longer than this is analyzed on its own, under its own time limit, so a huge page
# never holds a whole chunk hostage (the model reads ~4,500 tokens/s on one core).
ALONE_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one article: its serialized record, or why it has none."""

    relative: str
    record: str | None = None
    error_kind: str = ""
    message: str = ""


@dataclass(slots=True)
class Summary:
    written: int = 0
    skipped: int = 0
    failures: list[Outcome] = field(default_factory=list)
    interrupted: bool = False

    @property
    def total(self) -> int:
        return self.written + self.skipped + len(self.failures)


def _guard(relative: str, work: Callable[[], object]) -> object | Outcome:
    """The one article boundary: any error here costs this article its record, never another's."""
    try:
        return work()
    except ArticleRefused as exc:
        return Outcome(relative, error_kind=str(exc.reason), message=str(exc))
    except ArticleTimeout as exc:
        return Outcome(relative, error_kind="timeout", message=str(exc))
    except OSError as exc:
        return Outcome(relative, error_kind="unreadable", message=exc.strerror or str(exc))
    except Exception as exc:
        return Outcome(relative, error_kind="error", message=f"{type(exc).__name__}: {exc}")


def _read(path: str, relative: str, options: Options, site_profile: np.ndarray | None) -> Prepared:
    with deadline(options.time_limit):
        return prepare(Path(path).read_bytes(), display(relative), options, site_profile)


def _analyze(ready: list[Prepared], options: Options) -> list:
    with deadline(options.time_limit):
        return list(nlp.analyze_many(p.doc for p in ready))


def _finish(prepared: Prepared, doc, compact: bool, options: Options) -> str:
    with deadline(options.time_limit):
        return dumps(finish(prepared, doc if doc is not None else nlp.analyze(prepared.doc)), compact=compact)


Item = tuple[str, str, np.ndarray | None]  # relative path, file path, the profile of its site


def process(items: list[Item], compact: bool = False, options: Options = DEFAULT_OPTIONS) -> list[Outcome]:
    """Items to outcomes; the model reads the whole chunk in one pass."""
    prepared = [_guard(rel, partial(_read, path, rel, options, profile)) for rel, path, profile in items]
    ready = [p for p in prepared if isinstance(p, Prepared) and len(p.doc.text) <= ALONE_CHARS]
    # One pass of the model over the chunk; should it fail, each article is analyzed alone below.
    batch = _guard("", partial(_analyze, ready, options)) if ready else []
    analyzed = dict(zip(map(id, ready), batch, strict=True)) if isinstance(batch, list) else {}
    outcomes = []
    for (rel, _, _), p in zip(items, prepared, strict=True):
        if not isinstance(p, Prepared):
            outcomes.append(p)
            continue
        result = _guard(rel, partial(_finish, p, analyzed.get(id(p)), compact, options))
        outcomes.append(result if isinstance(result, Outcome) else Outcome(rel, record=result))
    return outcomes


def _site_keys(path: str, options: Options) -> site.PageKeys:
    with deadline(options.time_limit):
        return site_keys(Path(path).read_bytes(), path, options)


def keys(paths: list[str], options: Options = DEFAULT_OPTIONS) -> list[site.PageKeys | None]:
    """Each page's site keys, or None for a page that cannot be read (its own run reports why)."""
    found = [_guard(path, partial(_site_keys, path, options)) for path in paths]
    return [k if isinstance(k, site.PageKeys) else None for k in found]


def _warm() -> None:
    nlp.model()


def executor(jobs: int = 1, cluster: str = "") -> Executor:
    """In this process, a pool of `jobs` processes (0 = every core), or a Dask cluster."""
    if cluster:
        return DaskCluster(cluster, _warm)
    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    return ProcessPool(jobs, _warm) if jobs > 1 else InProcess()


def run(
    articles: list[Article],
    *,
    using: Executor | None = None,
    compact: bool = False,
    options: Options = DEFAULT_OPTIONS,
    sites: Mapping[str, SiteView] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of the given articles, in input order; `sites` maps a relative path to its SiteView."""
    views = sites or {}
    items = [(a.relative, str(a.path), _profile(views.get(a.relative))) for a in articles]
    executor = using or InProcess()
    size = chunk_size(len(items), executor.workers)
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    work = partial(process, compact=compact, options=options)
    for outcomes in executor.map(work, chunks):
        yield from outcomes


def chunk_size(articles: int, workers: int) -> int:
    """CHUNK articles a chunk, fewer when several workers would otherwise wait for work."""
    if workers <= 1:
        return CHUNK
    return max(MIN_CHUNK, min(CHUNK, -(-articles // (4 * workers))))


def _profile(view: SiteView | None) -> np.ndarray | None:
    return view.profile if view is not None else None


def is_current(article: Article, out: Path, site_digest: str = "") -> bool:
    """True when the stored record has this article's bytes and this extractor's fingerprint.

    `site_digest`: of the site profile's part the page meets, part of its record's fingerprint.
    """
    stored = store.stored_identity(store.record_path(out, article.relative))
    if stored is None:
        return False
    try:
        digest = hashlib.sha256(article.path.read_bytes()).hexdigest()
    except OSError:
        return False
    return stored == (digest, fingerprint(site_digest))


def failure_line(outcome: Outcome) -> str:
    return (
        json.dumps(
            {"path": display(outcome.relative), "kind": outcome.error_kind, "message": outcome.message},
            ensure_ascii=False,
        )
        + "\n"
    )
