"""Human views of records and diffs, with rich: colours and a pager on a terminal, plain text when piped.

Piped output carries no escape codes and marks changed words as `[-old-]{+new+}`
(git's word-diff notation), so it stays readable in a file or a mail.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from typing import Any, TextIO

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from ftextract.diff_record import ENTITY_KINDS, ArticleDiff, Kind, Op, Status, Tally
from ftextract.record import Record

STYLES = {
    "people": "bold cyan",
    "places": "bold green",
    "organizations": "bold magenta",
    "labels": "bold yellow",
    "amounts": "bold red",
    "dates": "bold blue",
}
OP_STYLES = {"add": "green", "remove": "red", "replace": "yellow"}
OP_MARKS = {"add": "+", "remove": "-", "replace": "~"}
_CONTEXT = 40  # characters of unchanged text kept on each side of a change in an edited line


def _console(out: TextIO) -> Console:
    return Console(file=out, highlight=False, emoji=False, markup=False)


def _emit(out: TextIO, parts: list[RenderableType], *, wrap: bool = True) -> None:
    """On a terminal, colours and less as git pages (no pager when it fits one screen);
    piped, plain text without the blanks rich pads lines with."""
    console = _console(out)
    if console.is_terminal:
        os.environ.setdefault("LESS", "FRX")
        with console.pager(styles=True):
            for part in parts:
                console.print(part, soft_wrap=not wrap)
        return
    plain = Console(file=io.StringIO(), width=console.width, no_color=True, highlight=False, emoji=False, markup=False)
    with plain.capture() as captured:
        for part in parts:
            plain.print(part, soft_wrap=not wrap)
    out.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


def number(value: int | float) -> str:
    """A number as French readers write it: thin groups of three, decimal comma."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.6f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u202f").replace(".", ",")


# --- show -------------------------------------------------------------------------------------------------


def _marked_text(record: Record) -> Text:
    """The text, one paragraph per block, each entity kind in its colour."""
    text = Text(record.text)
    for kind in ("people", "places", "organizations", "labels"):
        for entity in getattr(record, kind):
            for m in entity.mentions:
                text.stylize(STYLES[kind], m.start, m.end)
    for kind in ("amounts", "dates"):
        for item in getattr(record, kind):
            text.stylize(STYLES[kind], item.start, item.end)
    return Text("\n\n").join(text.split("\n"))


def _table(kind: str, *columns: str) -> Table:
    return Table(
        *columns,
        title=f"{kind}",
        title_justify="left",
        title_style=STYLES.get(kind, "bold"),
        box=box.SIMPLE_HEAD,
        show_edge=False,
    )


def _tables(record: Record) -> list[Table]:
    tables = []
    if record.people:
        people = _table("people", "name", "roles", "aliases", "mentions")
        for p in record.people:
            people.add_row(p.name, "; ".join(p.roles), ", ".join(p.aliases), str(len(p.mentions)))
        tables.append(people)
    for kind in ("places", "organizations", "labels"):
        if getattr(record, kind):
            table = _table(kind, "name", "aliases", "mentions")
            for e in getattr(record, kind):
                table.add_row(e.name, ", ".join(e.aliases), str(len(e.mentions)))
            tables.append(table)
    if record.amounts:
        amounts = _table("amounts", "text", "value", "unit", "kind")
        amounts.columns[1].justify = "right"
        for a in record.amounts:
            amounts.add_row(a.text, number(a.value), a.unit, a.kind)
        tables.append(amounts)
    if record.dates:
        dates = _table("dates", "text", "TIMEX value")
        for d in record.dates:
            dates.add_row(d.text, d.value)
        tables.append(dates)
    return tables


def _counts(record: Record) -> Text:
    parts = [Text(f"{len(getattr(record, k))} {k}", style=STYLES[k]) for k in STYLES]
    return Text(" · ").join(parts)


def show(record: Record, out: TextIO) -> None:
    """The record for a person to read: title, what it holds, the marked text, a table per kind."""
    parts: list[RenderableType] = [
        Text(record.title or record.source.path, style="bold underline"),
        Text(f"{record.source.path} · {len(record.chrome)} chrome blocks removed", style="dim"),
        _counts(record),
        Text(""),
        _marked_text(record),
        Text(""),
    ]
    for table in _tables(record):
        parts += [table, Text("")]
    if record.warnings:
        parts.append(Text("warnings: " + "; ".join(record.warnings), style="yellow"))
    _emit(out, parts)


# --- diff -------------------------------------------------------------------------------------------------


def _head(text: str) -> str:
    """The first words of a long unchanged stretch, cut at a space."""
    if len(text) <= _CONTEXT + 3:
        return text
    cut = text.rfind(" ", 0, _CONTEXT)
    return text[: cut if cut > 0 else _CONTEXT] + " …"


def _tail(text: str) -> str:
    if len(text) <= _CONTEXT + 3:
        return text
    cut = text.find(" ", len(text) - _CONTEXT)
    return "… " + text[cut + 1 if cut >= 0 else len(text) - _CONTEXT :]


def _words(segments: Iterable[Any], plain: bool) -> Text:
    """An edited line with its changed words marked; long unchanged stretches shortened."""
    out = Text()
    segments = list(segments)
    for n, seg in enumerate(segments):
        if seg.mark == "=":
            head, tail = n > 0, n < len(segments) - 1
            body = seg.text
            if head and tail and len(body) > 2 * _CONTEXT + 5:
                body = _head(body).removesuffix(" …") + " … " + _tail(body).removeprefix("… ")
            elif head and not tail:
                body = _head(body)
            elif tail and not head:
                body = _tail(body)
            out.append(body)
        elif plain:
            out.append(f"[-{seg.text}-]" if seg.mark == "-" else f"{{+{seg.text}+}}")
        else:
            out.append(seg.text, style="red strike" if seg.mark == "-" else "bold green")
    return out


def _entity(kind: Kind, value: dict[str, Any]) -> str:
    text = value["name"]
    if value.get("roles"):
        text += f" ({'; '.join(value['roles'])})"
    if value.get("aliases"):
        text += f" aka {', '.join(value['aliases'])}"
    return text


def _entity_change(op: Op) -> str:
    change = op.changes
    parts = []
    if change is None:
        return op.old["name"]
    head = f"{change.name[0]} → {change.name[1]}" if change.name else op.old["name"]
    for field in ("roles", "aliases", "mentions"):
        delta = getattr(change, field)
        if delta is None:
            continue
        items = [f"+{x}" for x in delta.added] + [f"-{x}" for x in delta.removed]
        if field == "mentions":
            items = [f"+{len(delta.added)}"] * bool(delta.added) + [f"-{len(delta.removed)}"] * bool(delta.removed)
        parts.append(f"{field} {' '.join(items)}")
    return head + (": " + "; ".join(parts) if parts else "")


def _fact(kind: Kind, value: dict[str, Any]) -> str:
    if kind is Kind.AMOUNTS:
        return f"{value['text']} ({number(value['value'])} {value['unit']})"
    return f"{value['text']} ({value['value']})"


def _line_no(path: str) -> str:
    return "L" + str(int(path.rsplit("/", 1)[1]) + 1)


def _op_line(op: Op, plain: bool) -> Text:
    mark = Text(f"  {OP_MARKS[op.op]} ", style=OP_STYLES[op.op])
    if op.kind in ENTITY_KINDS:
        body = Text(_entity_change(op) if op.op == "replace" else _entity(op.kind, op.value or op.old))
    elif op.kind in (Kind.AMOUNTS, Kind.DATES):
        if op.op == "replace":
            body = Text(f"{_fact(op.kind, op.old)} → {_fact(op.kind, op.value)}")
        else:
            body = Text(_fact(op.kind, op.value or op.old))
    elif op.kind is Kind.TEXT:
        where = _line_no(op.path) + (f"→{_line_no(op.new_path)}" if op.new_path else "")
        if op.op == "replace":
            body = Text(f"{where}  ").append(_words(op.words or [], plain))
        else:
            body = Text(f"{_line_no(op.path)}  {op.value if op.op == 'add' else op.old}")
    elif op.kind is Kind.TITLE:
        body = Text(f"{op.old} → {op.value}")
    elif op.kind is Kind.CHROME:
        item = op.value or op.old
        body = Text(f"[{item['kind']}] {item['text']}".replace("\n", " / "))
    else:
        body = Text(str(op.value or op.old))
    return mark.append(body)


def _totals(diffs: list[ArticleDiff]) -> dict[Kind, Tally]:
    totals: dict[Kind, Tally] = {}
    for d in diffs:
        for kind, t in d.summary.items():
            acc = totals.get(kind, Tally())
            totals[kind] = Tally(
                added=acc.added + t.added, removed=acc.removed + t.removed, changed=acc.changed + t.changed
            )
    return {k: totals[k] for k in Kind if k in totals}


def summary(diffs: list[ArticleDiff], compared: int) -> list[Text]:
    """Articles changed, added, removed, renamed; then per kind: added, removed, changed."""
    by_status = {s: sum(d.status is s for d in diffs) for s in Status}
    equal = compared - len(diffs)
    head = ", ".join(f"{by_status[s]} {s.value}" for s in Status if by_status[s])
    head = f"articles: {head}" + (f" ({equal} equal)" if equal else "")
    lines = [Text(head, style="bold")]
    totals = _totals(diffs)
    if totals:
        lines.append(Text(f"  {'':15}{'added':>7}{'removed':>9}{'changed':>9}", style="dim"))
    for kind, t in totals.items():
        row = Text(f"  {kind.value:15}", style=STYLES.get(kind.value, "bold"))
        lines.append(row.append(f"{t.added:>7}{t.removed:>9}{t.changed:>9}", style=""))
    return lines


def _article(d: ArticleDiff, plain: bool) -> list[Text]:
    names = d.old or d.new or ""
    if d.old and d.new and d.old != d.new:
        names = f"{d.old} → {d.new}"
    lines = [Text(""), Text(f"=== {names} ({d.status.value})", style="bold")]
    kind = None
    for op in d.ops:
        if op.kind is not kind:
            kind = op.kind
            lines.append(Text(kind.value, style=STYLES.get(kind.value, "bold")))
        lines.append(_op_line(op, plain))
    return lines


def diff(diffs: list[ArticleDiff], compared: int, out: TextIO, *, stat: bool = False) -> None:
    """The summary first, then each article's changes grouped by kind; `stat` stops after the summary."""
    if not diffs:
        return
    plain = not _console(out).is_terminal
    lines = summary(diffs, compared)
    if not stat:
        for d in diffs:
            lines += _article(d, plain)
    _emit(out, lines, wrap=not plain)
