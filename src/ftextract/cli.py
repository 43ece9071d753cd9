"""The command line: parse arguments, call the core, print, choose the exit code. No logic here."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from ftextract import __version__

app = typer.Typer(
    name="ftextract",
    help="Turn raw French news articles (text dumps or HTML) into facts: one JSON record per article.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
DEFAULT_RAW = Path("data/raw")
DEFAULT_OUT = "data/extracted"


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _usage(message: str) -> typer.Exit:
    _err(f"ftextract: {message}")
    return typer.Exit(EXIT_USAGE)


def _read_input(source: str) -> tuple[bytes, str]:
    """Bytes and record path of FILE or '-' (stdin); a missing file is a usage error."""
    if source == "-":
        return sys.stdin.buffer.read(), "-"
    path = Path(source)
    if not path.is_file():
        raise _usage(f"{source}: no such file")
    return path.read_bytes(), path.name


def _options(max_mb: float, time_limit: float = 120.0):
    from ftextract.pipeline import Options

    return Options(max_bytes=int(max_mb * 1024 * 1024), time_limit=time_limit)


def _emit_line(line: str) -> None:
    """One whole JSON Lines record, flushed, so a reader never sees half a line."""
    sys.stdout.write(line)
    sys.stdout.flush()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[object], None]]:
    """A progress bar on stderr when it is a terminal; otherwise nothing."""
    if not sys.stderr.isatty() or total < 2:
        yield lambda _outcome: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total)
        yield lambda _outcome: bar.advance(task)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ftextract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn raw French news articles (text dumps or HTML) into facts: one JSON record per article."""


MaxMb = Annotated[float, typer.Option("--max-mb", min=0.001, help="Refuse articles larger than this (MB).")]


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or folders of articles (.txt, .html, .htm).", show_default="data/raw"),
    ] = None,
    output: Annotated[
        str, typer.Option("-o", "--output", help="Folder for the records, or '-' for JSON Lines on stdout.")
    ] = DEFAULT_OUT,
    force: Annotated[bool, typer.Option("--force", help="Redo articles whose record is current.")] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Redo only the articles OUT/.ftextract/failures.jsonl lists.")
    ] = False,
    jobs: Annotated[int, typer.Option("-j", "--jobs", min=0, help="Worker processes (0 = every core).")] = 1,
    cluster: Annotated[
        str,
        typer.Option(
            "--cluster",
            help="Run on Dask: a scheduler address (tcp://host:8786) or local:N for a local cluster "
            "of N workers. Needs the 'dask' extra.",
        ),
    ] = "",
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=0, help="Seconds one article may take (0 = no limit).")
    ] = 120.0,
    max_mb: MaxMb = 5.0,
) -> None:
    """Extract every article under PATHS into one record each, mirroring their relative paths.

    An article whose bytes and extractor fingerprint match its stored record is skipped.
    Records are written whole or not at all; one output folder takes one ingest at a time.
    Exit status: 0 all done, 1 some articles failed (the others are written; failures are
    listed in OUT/.ftextract/failures.jsonl), 2 usage error, 130 interrupted (Ctrl-C; run
    again to finish).

    Example: ftextract ingest data/raw -o data/extracted --jobs 2
    """
    from ftextract import discover, runs
    from ftextract.errors import FtextractError

    roots = paths or [DEFAULT_RAW]
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise _usage(f"no such file or folder: {', '.join(missing)}")
    if retry_failed and output == "-":
        raise _usage("--retry-failed needs an output folder (-o DIR)")
    if jobs != 1 and cluster:
        raise _usage("give --jobs or --cluster, not both")
    articles = discover.find(roots)
    started = time.monotonic()
    with _progress(len(articles)) as advance:
        try:
            summary = runs.ingest(
                articles,
                output=None if output == "-" else Path(output),
                force=force,
                retry_failed=retry_failed,
                jobs=jobs,
                cluster=cluster,
                options=_options(max_mb, time_limit),
                emit=_emit_line,
                report=_err,
                on_outcome=advance,
            )
        except runs.Busy as exc:
            raise _usage(str(exc)) from exc
        except FtextractError as exc:
            raise _usage(str(exc)) from exc
    _err(
        f"ftextract: {summary.total} articles: {summary.written} written, {summary.skipped} unchanged, "
        f"{len(summary.failures)} failed ({time.monotonic() - started:.1f} s)"
        + (" - interrupted, run again to finish" if summary.interrupted else "")
    )
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if summary.failures:
        raise typer.Exit(EXIT_FAILED)


@app.command()
def extract(
    source: Annotated[str, typer.Argument(help="An article file, or '-' for stdin.")] = "-",
    max_mb: MaxMb = 5.0,
) -> None:
    """Extract one article and print its record (JSON) on stdout.

    Example: ftextract extract data/raw/000_01d85b1e37e91aa6.txt | jq '.people[].name'
    """
    from ftextract.errors import ArticleRefused
    from ftextract.pipeline import extract as run_extract
    from ftextract.record import dumps

    data, path = _read_input(source)
    try:
        record = run_extract(data, path, _options(max_mb))
    except ArticleRefused as exc:
        _err(f"ftextract: {source}: {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    sys.stdout.write(dumps(record))


@app.command()
def clean(
    source: Annotated[str, typer.Argument(help="An article file, or '-' for stdin.")] = "-",
    show_removed: Annotated[
        bool,
        typer.Option(
            "--show-removed", help="Also show each removed block, its kind and why it was removed (on stderr)."
        ),
    ] = False,
    max_mb: MaxMb = 5.0,
) -> None:
    """Print the article's own text, page chrome removed, one paragraph per line.

    Example: ftextract clean --show-removed page.txt
    """
    from ftextract.errors import ArticleRefused
    from ftextract.pipeline import clean as run_clean

    data, path = _read_input(source)
    try:
        page = run_clean(data, path, _options(max_mb))
    except ArticleRefused as exc:
        _err(f"ftextract: {source}: {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    if page.text:
        sys.stdout.write(page.text + "\n")
    if show_removed:
        for block in page.chrome:
            _err(f"--- removed [{block.kind}] ({block.reason})")
            _err(block.text)


@app.command()
def show(record: Annotated[Path, typer.Argument(help="A record written by ingest or extract.")]) -> None:
    """Show a record for a person to read: the text with entities marked, then a table per kind.

    Uses a pager on a terminal; plain text when piped.
    Example: ftextract show data/extracted/000_01d85b1e37e91aa6.json
    """
    from ftextract import render
    from ftextract.errors import RecordError
    from ftextract.record import loads

    if not record.is_file():
        raise _usage(f"{record}: no such file")
    try:
        parsed = loads(record.read_bytes())
    except RecordError as exc:
        _err(f"ftextract: {record}: {exc}")
        raise typer.Exit(EXIT_FAILED) from exc
    render.show(parsed, sys.stdout)


@app.command()
def schema(
    diff_lines: Annotated[
        bool, typer.Option("--diff", help="The schema of one line of 'ftextract diff --json' instead.")
    ] = False,
) -> None:
    """Print the JSON Schema (draft 2020-12) of the record.

    Example: ftextract schema > record.schema.json
    """
    import json

    if diff_lines:
        from ftextract.diff_record import json_schema
    else:
        from ftextract.record import json_schema

    sys.stdout.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


EXIT_TROUBLE = 2


@app.command()
def diff(
    old: Annotated[
        Path,
        typer.Argument(metavar="OLD", help="The old version: a record (.json), an article, or a folder of either."),
    ],
    new: Annotated[Path, typer.Argument(metavar="NEW", help="The new version, of the same shape as OLD.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="JSON Lines: one object per changed article (see 'schema --diff').")
    ] = False,
    stat: Annotated[bool, typer.Option("--stat", help="Print only the summary.")] = False,
    only: Annotated[
        str,
        typer.Option(
            "--only",
            metavar="KINDS",
            help="Comma-separated kinds to compare: title, people, places, organizations, labels, amounts, "
            "dates, text, chrome, warnings.",
        ),
    ] = "",
    max_mb: MaxMb = 5.0,
) -> None:
    """Show what changed between two versions of articles: their facts first, then their text.

    OLD and NEW are each a record, a raw article (extracted on the fly) or a folder of either.
    Folders pair articles by relative path (a/b.json with a/b.txt), then renamed files by content;
    the rest are added or removed articles. People, places, organizations and labels are matched
    by name and aliases (a new role or mention changes that entity); amounts and dates by where
    they stand in the text, so a corrected figure is one change. Differences in extractor or
    source metadata alone (version, fingerprint, file hash, size, encoding) are not differences
    of the article.

    Exit status as diff(1): 0 no differences, 1 differences, 2 trouble (unreadable input, a file
    against a folder, bad option).

    Example: ftextract diff old/ new/ --only people,amounts
    """
    from ftextract import render, versions
    from ftextract.diff_record import Kind, dumps

    names = [k.strip() for k in only.split(",") if k.strip()]
    unknown = [k for k in names if k not in set(Kind)]
    if unknown:
        raise _usage(f"--only: unknown kind {', '.join(unknown)} (kinds: {', '.join(Kind)})")
    if as_json and stat:
        raise _usage("give --json or --stat, not both")
    kinds = tuple(Kind(k) for k in names) or tuple(Kind)
    try:
        pairs = versions.pairs(old, new)
    except versions.Trouble as exc:
        raise _usage(str(exc)) from exc
    options = _options(max_mb)
    troubles: list[str] = []

    def extract(data: bytes, name: str):
        from ftextract.pipeline import extract as run_extract

        return run_extract(data, name, options)

    def report(message: str) -> None:
        troubles.append(message)
        _err(f"ftextract: {message}")

    found = versions.diffs(pairs, extract, kinds, report)
    changed = 0
    if as_json:
        for article in found:
            _emit_line(dumps(article))
            changed += 1
    else:
        articles = list(found)
        changed = len(articles)
        render.diff(articles, len(pairs), sys.stdout, stat=stat)
    if troubles:
        raise typer.Exit(EXIT_TROUBLE)
    if changed:
        raise typer.Exit(EXIT_FAILED)


def main() -> None:
    app()
