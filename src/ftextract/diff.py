"""What changed between two versions of an article's record, in the terms of its facts.

Generic JSON diffs pair list items by position or value, so a corrected figure
reads as one removal plus one addition. Here entities are matched by their
folded name and aliases (a new role or mention is a change of that entity),
and amounts, dates and mentions by where they stand in the text, through the
alignment of the two texts: « 2 millions d'euros » becoming « 3 millions
d'euros » is one replaced amount. Source and extractor metadata are not
compared: they describe the file and the program, not the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Sequence
from difflib import SequenceMatcher
from typing import Any, Protocol

from ftextract.diff_record import (
    ENTITY_KINDS,
    ArticleDiff,
    Delta,
    EntityChange,
    Kind,
    Op,
    Segment,
    Status,
    pointer,
    tally,
)
from ftextract.normalize import fold
from ftextract.record import Entity, Record
from ftextract.textdiff import Alignment, align

_NEARBY = 400  # how far before a projected span a candidate may start (spans are shorter than this)


class _Spanned(Protocol):
    start: int
    end: int


def match_positions(
    olds: Sequence[_Spanned],
    news: Sequence[_Spanned],
    alignment: Alignment,
    key: Callable[[Any], object],
) -> dict[int, int]:
    """Pair old and new items standing at the same place of the text; then moved ones by equal key.

    Each old span is projected into the new text; the new item overlapping it most
    is its counterpart, preferring one with the same key. Items left over on both
    sides with equal keys moved with their text and are paired too.
    """
    order = sorted(range(len(news)), key=lambda k: news[k].start)
    starts = [news[k].start for k in order]
    candidates: list[tuple[tuple[bool, int], int, int]] = []
    for i, item in enumerate(olds):
        projected = alignment.project(item.start, item.end)
        if projected is None:
            continue
        s, e = projected
        k = bisect_left(starts, max(e, s + 1))
        while k > 0 and starts[k - 1] >= s - _NEARBY:
            k -= 1
            other = news[order[k]]
            overlap = min(e, other.end) - max(s, other.start)
            if overlap > 0 or (s == e and other.start <= s <= other.end):
                candidates.append(((key(item) == key(other), overlap), i, order[k]))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _score, i, j in sorted(candidates, key=lambda c: (-c[0][0], -c[0][1], c[1], c[2])):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    left: dict[object, list[int]] = {}
    for j, other in enumerate(news):
        if j not in taken:
            left.setdefault(key(other), []).append(j)
    for i, item in enumerate(olds):
        if i not in pairs and left.get(key(item)):
            pairs[i] = left[key(item)].pop(0)
    return pairs


def _dump(item: Any) -> Any:
    return item.model_dump(mode="json")


def _positional(kind: Kind, old: Record, new: Record, alignment: Alignment, key: Callable[[Any], object]) -> list[Op]:
    """Amounts or dates: one replace where a fact changed in place, else add or remove."""
    olds, news = getattr(old, kind), getattr(new, kind)
    pairs = match_positions(olds, news, alignment, key)
    ops: list[Op] = []
    for i, item in enumerate(olds):
        j = pairs.get(i)
        if j is None:
            ops.append(Op(op="remove", path=pointer(kind, i), kind=kind, old=_dump(item)))
        elif key(item) != key(news[j]):
            new_path = pointer(kind, j) if j != i else None
            ops.append(
                Op(
                    op="replace",
                    path=pointer(kind, i),
                    new_path=new_path,
                    kind=kind,
                    old=_dump(item),
                    value=_dump(news[j]),
                )
            )
    paired = set(pairs.values())
    ops += [
        Op(op="add", path=pointer(kind, j), kind=kind, value=_dump(item))
        for j, item in enumerate(news)
        if j not in paired
    ]
    return ops


def _keys(entity: Entity) -> set[str]:
    return {fold(entity.name), *(fold(a) for a in entity.aliases)}


def match_entities(olds: Sequence[Entity], news: Sequence[Entity]) -> dict[int, int]:
    """Pair entities by folded name and aliases: same name first, then a name among aliases, then an alias."""
    old_keys, new_keys = [_keys(e) for e in olds], [_keys(e) for e in news]
    by_key: dict[str, list[int]] = {}
    for j, keys in enumerate(new_keys):
        for k in keys:
            by_key.setdefault(k, []).append(j)
    candidates: list[tuple[int, int, int]] = []
    for i, keys in enumerate(old_keys):
        for j in sorted({j for k in keys for j in by_key.get(k, ())}):
            old_name, new_name = fold(olds[i].name), fold(news[j].name)
            score = 3 if old_name == new_name else 2 if old_name in new_keys[j] or new_name in keys else 1
            candidates.append((-score, i, j))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _score, i, j in sorted(candidates):
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def _delta(old: Collection[str], new: Collection[str]) -> Delta | None:
    added, removed = sorted(set(new) - set(old)), sorted(set(old) - set(new))
    return Delta(added=added, removed=removed) if added or removed else None


def _entity_change(old: Entity, new: Entity, alignment: Alignment) -> EntityChange | None:
    pairs = match_positions(old.mentions, new.mentions, alignment, lambda m: m.text)
    kept = set(pairs.values())
    mentions = Delta(
        added=[m.text for j, m in enumerate(new.mentions) if j not in kept],
        removed=[m.text for i, m in enumerate(old.mentions) if i not in pairs],
    )
    change = EntityChange(
        name=[old.name, new.name] if old.name != new.name else None,
        aliases=_delta(old.aliases, new.aliases),
        roles=_delta(getattr(old, "roles", ()), getattr(new, "roles", ())),
        mentions=mentions if mentions.added or mentions.removed else None,
    )
    return change if change != EntityChange() else None


def _entities(kind: Kind, old: Record, new: Record, alignment: Alignment) -> list[Op]:
    olds, news = getattr(old, kind), getattr(new, kind)
    pairs = match_entities(olds, news)
    ops: list[Op] = []
    for i, entity in enumerate(olds):
        j = pairs.get(i)
        if j is None:
            ops.append(Op(op="remove", path=pointer(kind, entity.name), kind=kind, old=_dump(entity)))
            continue
        change = _entity_change(entity, news[j], alignment)
        if change is not None:
            new_path = pointer(kind, news[j].name) if news[j].name != entity.name else None
            ops.append(
                Op(
                    op="replace",
                    path=pointer(kind, entity.name),
                    new_path=new_path,
                    kind=kind,
                    old=_dump(entity),
                    value=_dump(news[j]),
                    changes=change,
                )
            )
    paired = set(pairs.values())
    ops += [
        Op(op="add", path=pointer(kind, e.name), kind=kind, value=_dump(e))
        for j, e in enumerate(news)
        if j not in paired
    ]
    return ops


def _text(alignment: Alignment) -> list[Op]:
    ops: list[Op] = []
    for change in alignment.changes:
        if change.new is None:
            ops.append(
                Op(op="remove", path=pointer("text", change.old), kind=Kind.TEXT, old=alignment.old_lines[change.old])
            )
        elif change.old is None:
            ops.append(
                Op(op="add", path=pointer("text", change.new), kind=Kind.TEXT, value=alignment.new_lines[change.new])
            )
        else:
            ops.append(
                Op(
                    op="replace",
                    path=pointer("text", change.old),
                    new_path=pointer("text", change.new) if change.new != change.old else None,
                    kind=Kind.TEXT,
                    old=alignment.old_lines[change.old],
                    value=alignment.new_lines[change.new],
                    words=[Segment(mark=m, text=t) for m, t in change.words],
                )
            )
    return ops


def _sequence(kind: Kind, olds: list[Any], news: list[Any]) -> list[Op]:
    """Chrome blocks or warnings: added and removed items, in order."""
    a = [_dump(x) if hasattr(x, "model_dump") else x for x in olds]
    b = [_dump(x) if hasattr(x, "model_dump") else x for x in news]
    keys_a = [repr(x) for x in a]
    keys_b = [repr(x) for x in b]
    ops: list[Op] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, keys_a, keys_b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        ops += [Op(op="remove", path=pointer(kind, i), kind=kind, old=a[i]) for i in range(i1, i2)]
        ops += [Op(op="add", path=pointer(kind, j), kind=kind, value=b[j]) for j in range(j1, j2)]
    return ops


def _same_article(old: Record, new: Record) -> bool:
    return all(getattr(old, k) == getattr(new, k) for k in Kind)


def compare(old: Record, new: Record, only: Collection[Kind] = tuple(Kind)) -> list[Op]:
    """The operations that turn the old record's facts into the new one's, kinds in `Kind` order."""
    if _same_article(old, new):
        return []
    alignment = align(old.text, new.text)
    ops: list[Op] = []
    for kind in Kind:
        if kind not in only:
            continue
        if kind is Kind.TITLE and old.title != new.title:
            ops.append(Op(op="replace", path="/title", kind=kind, old=old.title, value=new.title))
        elif kind in ENTITY_KINDS:
            ops += _entities(kind, old, new, alignment)
        elif kind is Kind.AMOUNTS:
            ops += _positional(kind, old, new, alignment, lambda a: (a.text, a.value, a.unit, a.kind))
        elif kind is Kind.DATES:
            ops += _positional(kind, old, new, alignment, lambda d: (d.text, d.value))
        elif kind is Kind.TEXT:
            ops += _text(alignment)
        elif kind in (Kind.CHROME, Kind.WARNINGS):
            ops += _sequence(kind, getattr(old, kind), getattr(new, kind))
    return ops


def article_diff(
    old: Record | None,
    new: Record | None,
    *,
    old_name: str | None,
    new_name: str | None,
    status: Status = Status.CHANGED,
    only: Collection[Kind] = tuple(Kind),
) -> ArticleDiff | None:
    """One article pair's diff line, or None when nothing reportable changed."""
    ops = compare(old, new, only) if old is not None and new is not None else []
    if status is Status.CHANGED and not ops:
        return None
    return ArticleDiff(status=status, old=old_name, new=new_name, summary=tally(ops), ops=ops)
