"""Align two versions of an article's text: lines first, words inside changed lines.

The alignment is what lets the diff say where a fact of the old text stands in
the new one: an amount in an unchanged line keeps its column, an amount in an
edited line follows the words around it. difflib is enough here: texts are a
few hundred lines, and identical lines are matched before any word is compared.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import accumulate

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_SIMILAR = 0.5  # two edited lines below this ratio are a removal and an addition, not one change


@dataclass(frozen=True, slots=True)
class LineChange:
    """One changed line: removed (new is None), added (old is None) or replaced, 0-based indexes."""

    old: int | None
    new: int | None
    words: tuple[tuple[str, str], ...] = ()  # replaced lines: ("=", "-", "+", text) segments


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def words(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """Word-level marks of an edited line: equal, removed and added segments, in reading order.

    A lone space between two changes joins them, so « Secrétaire d'État au » -> « ministre du »
    reads as one replacement rather than two.
    """
    a, b = _tokens(old), _tokens(new)
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    segments: list[tuple[str, str]] = []
    removed, added = "", ""
    for n, (op, i1, i2, j1, j2) in enumerate(opcodes):
        kept = "".join(a[i1:i2])
        between = 0 < n < len(opcodes) - 1 and kept.isspace()
        if op == "equal" and not between:
            segments += [(m, t) for m, t in (("-", removed), ("+", added)) if t]
            removed, added = "", ""
            segments.append(("=", kept))
        else:
            removed += kept
            added += "".join(b[j1:j2])
    segments += [(m, t) for m, t in (("-", removed), ("+", added)) if t]
    return tuple(segments)


def _pair_lines(old: list[str], new: list[str], i0: int, j0: int) -> list[LineChange]:
    """Inside a replaced block, pair each old line with the most similar later new line, in order."""
    changes: list[LineChange] = []
    j = 0
    for i, line in enumerate(old):
        best, best_ratio = None, _SIMILAR
        for k in range(j, len(new)):
            matcher = SequenceMatcher(None, line, new[k], autojunk=False)
            if matcher.real_quick_ratio() >= best_ratio and matcher.quick_ratio() >= best_ratio:
                ratio = matcher.ratio()
                if ratio >= best_ratio:
                    best, best_ratio = k, ratio
        if best is None:
            changes.append(LineChange(i0 + i, None))
            continue
        changes.extend(LineChange(None, j0 + k) for k in range(j, best))
        changes.append(LineChange(i0 + i, j0 + best, words(line, new[best])))
        j = best + 1
    changes.extend(LineChange(None, j0 + k) for k in range(j, len(new)))
    return changes


@dataclass(frozen=True, slots=True)
class _Block:
    """A replaced block: old and new lines joined, and the word alignment between them."""

    old_start: int  # offset of the block in the old text
    new_start: int
    opcodes: tuple[tuple[str, int, int, int, int], ...]  # in character offsets within the blocks


def _char_opcodes(old: str, new: str) -> tuple[tuple[str, int, int, int, int], ...]:
    a, b = _tokens(old), _tokens(new)
    ca = [0, *accumulate(len(t) for t in a)]
    cb = [0, *accumulate(len(t) for t in b)]
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return tuple((op, ca[i1], ca[i2], cb[j1], cb[j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes())


@dataclass(frozen=True, slots=True)
class Alignment:
    """Where each stretch of the old text stands in the new text."""

    old_lines: tuple[str, ...]
    new_lines: tuple[str, ...]
    old_starts: tuple[int, ...]
    new_starts: tuple[int, ...]
    line_map: tuple[int | _Block | None, ...]  # per old line: its new line, its block, or None (removed)
    changes: tuple[LineChange, ...] = field(default=())

    def project(self, start: int, end: int) -> tuple[int, int] | None:
        """The new-text span that stands where old text[start:end] stood; None if its line was removed."""
        line = bisect_right(self.old_starts, start) - 1
        target = self.line_map[line]
        if target is None:
            return None
        if isinstance(target, int):
            shift = self.new_starts[target] - self.old_starts[line]
            return start + shift, end + shift
        s, e = start - target.old_start, end - target.old_start
        return target.new_start + _map(target.opcodes, s, False), target.new_start + _map(target.opcodes, e, True)


def _map(opcodes: tuple[tuple[str, int, int, int, int], ...], offset: int, is_end: bool) -> int:
    """An offset of the old block in the new block: exact in equal stretches, the edge of a replacement else."""
    for op, i1, i2, j1, j2 in opcodes:
        if i1 <= offset < i2 or (is_end and offset == i2):
            if op == "equal":
                return j1 + offset - i1
            return j2 if is_end else j1
    return opcodes[-1][4] if opcodes else 0


def _starts(lines: list[str]) -> tuple[int, ...]:
    return tuple(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))


def align(old: str, new: str) -> Alignment:
    """Line alignment of two texts, with word alignment inside replaced blocks."""
    a, b = old.split("\n"), new.split("\n")
    a_starts, b_starts = _starts(a), _starts(b)
    line_map: list[int | _Block | None] = [None] * len(a)
    changes: list[LineChange] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            for k in range(i2 - i1):
                line_map[i1 + k] = j1 + k
        elif op == "delete":
            changes.extend(LineChange(i, None) for i in range(i1, i2))
        elif op == "insert":
            changes.extend(LineChange(None, j) for j in range(j1, j2))
        else:
            block = _Block(a_starts[i1], b_starts[j1], _char_opcodes("\n".join(a[i1:i2]), "\n".join(b[j1:j2])))
            for i in range(i1, i2):
                line_map[i] = block
            changes.extend(_pair_lines(a[i1:i2], b[j1:j2], i1, j1))
    return Alignment(tuple(a), tuple(b), a_starts, b_starts, tuple(line_map), tuple(changes))
