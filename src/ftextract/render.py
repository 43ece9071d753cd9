"""Human views of a record, with rich: colours and a pager on a terminal, plain text when piped."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ftextract.record import Record

STYLES = {
    "people": "bold cyan",
    "places": "bold green",
    "organizations": "bold magenta",
    "labels": "bold yellow",
    "amounts": "bold red",
    "dates": "bold blue",
}


def _marked_text(record: Record) -> Text:
    text = Text(record.text)
    for kind in ("people", "places", "organizations", "labels"):
        for entity in getattr(record, kind):
            for m in entity.mentions:
                text.stylize(STYLES[kind], m.start, m.end)
    for kind in ("amounts", "dates"):
        for item in getattr(record, kind):
            text.stylize(STYLES[kind], item.start, item.end)
    return text


def _tables(record: Record) -> list[Table]:
    tables = []
    people = Table("name", "roles", "aliases", "mentions", title="people", title_justify="left")
    for p in record.people:
        people.add_row(p.name, "; ".join(p.roles), ", ".join(p.aliases), str(len(p.mentions)))
    tables.append(people)
    for kind in ("places", "organizations", "labels"):
        table = Table("name", "aliases", "mentions", title=kind, title_justify="left")
        for e in getattr(record, kind):
            table.add_row(e.name, ", ".join(e.aliases), str(len(e.mentions)))
        tables.append(table)
    amounts = Table("text", "value", "unit", "kind", title="amounts", title_justify="left")
    for a in record.amounts:
        amounts.add_row(a.text, f"{a.value:,}".replace(",", " "), a.unit, a.kind)
    tables.append(amounts)
    dates = Table("text", "value", title="dates", title_justify="left")
    for d in record.dates:
        dates.add_row(d.text, d.value)
    tables.append(dates)
    return tables


def show(record: Record, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    body = [Text(record.title or record.source.path, style="bold underline"), Text(""), _marked_text(record)]
    if console.is_terminal:
        with console.pager(styles=True):
            for part in body + _tables(record):
                console.print(part)
    else:
        for part in body + _tables(record):
            console.print(part)
