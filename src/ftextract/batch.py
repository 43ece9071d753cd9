"""Many articles: skip unchanged ones, run the rest in chunks (optionally in worker processes),
isolate each article's failure, and hand back serialized records in input order."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ftextract import nlp, store
from ftextract.discover import Article
from ftextract.errors import ArticleRefused
from ftextract.fingerprint import fingerprint
from ftextract.pipeline import DEFAULT_OPTIONS, Options, Prepared, finish, prepare
from ftextract.record import dumps

CHUNK = 16


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one article: its serialized record, or why it has none."""

    relative: str
    record: str | None = None
    error_kind: str = ""
    message: str = ""
    skipped: bool = False


@dataclass(slots=True)
class Summary:
    written: int = 0
    skipped: int = 0
    failures: list[Outcome] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.written + self.skipped + len(self.failures)


def _guard(relative: str, work: Callable[[], object]) -> object | Outcome:
    """The one article boundary: any error here costs this article its record, never another's."""
    try:
        return work()
    except ArticleRefused as exc:
        return Outcome(relative, error_kind=str(exc.reason), message=str(exc))
    except OSError as exc:
        return Outcome(relative, error_kind="unreadable", message=exc.strerror or str(exc))
    except Exception as exc:
        return Outcome(relative, error_kind="error", message=f"{type(exc).__name__}: {exc}")


def process(items: list[tuple[str, str]], compact: bool, options: Options) -> list[Outcome]:
    """(relative path, file path) pairs to outcomes; the model reads the whole chunk in one pass."""
    prepared = [
        _guard(rel, lambda rel=rel, path=path: prepare(Path(path).read_bytes(), rel, options)) for rel, path in items
    ]
    ready = [p for p in prepared if isinstance(p, Prepared)]
    # One pass of the model over the chunk; should it fail, each article is analyzed alone below.
    batch = _guard("", lambda: list(nlp.analyze_many(p.doc for p in ready)))
    analyzed = dict(zip(map(id, ready), batch, strict=True)) if isinstance(batch, list) else {}
    outcomes = []
    for (rel, _), p in zip(items, prepared, strict=True):
        if not isinstance(p, Prepared):
            outcomes.append(p)
            continue
        result = _guard(rel, lambda p=p: dumps(finish(p, analyzed.get(id(p)) or nlp.analyze(p.doc)), compact=compact))
        outcomes.append(result if isinstance(result, Outcome) else Outcome(rel, record=result))
    return outcomes


def _warm() -> None:
    nlp.model()


def _chunks(items: list[tuple[str, str]]) -> Iterator[list[tuple[str, str]]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def run(
    articles: list[Article], *, jobs: int = 1, compact: bool = False, options: Options = DEFAULT_OPTIONS
) -> Iterator[Outcome]:
    """Outcomes of the given articles, in input order; `jobs` > 1 uses that many worker processes."""
    items = [(a.relative, str(a.path)) for a in articles]
    if jobs <= 1 or len(items) <= CHUNK:
        for chunk in _chunks(items):
            yield from process(chunk, compact, options)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_warm) as pool:
        futures = [pool.submit(process, chunk, compact, options) for chunk in _chunks(items)]
        for future in futures:
            yield from future.result()


def resolve_jobs(jobs: int) -> int:
    """`0` means every core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def is_current(article: Article, out: Path) -> bool:
    """True when the stored record has this article's bytes and this extractor's fingerprint."""
    stored = store.stored_identity(store.record_path(out, article.relative))
    if stored is None:
        return False
    try:
        digest = hashlib.sha256(article.path.read_bytes()).hexdigest()
    except OSError:
        return False
    return stored == (digest, fingerprint())


def failure_line(outcome: Outcome) -> str:
    return (
        json.dumps(
            {"path": outcome.relative, "kind": outcome.error_kind, "message": outcome.message}, ensure_ascii=False
        )
        + "\n"
    )
