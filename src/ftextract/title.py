"""The article's title: its headline, not the site name, a section or a breadcrumb.

A dump's first line is usually the page's <title> ("Headline | Site", "Site - Section -
Headline"); the headline is the part of it that the page repeats as a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ftextract.document import Line
from ftextract.normalize import fold

TITLE_SEPARATOR = re.compile(r"\s+[|\-–—‹›·»]\s+|\s*::\s*|:\s+")
_CLAUSE_END = re.compile(r"[.,;:]$")


def _title_parts(first: str) -> list[str]:
    """Runs of the page-title line between site separators (and kicker colons), longest first."""
    cuts = [(0, 0), *((m.start(), m.end()) for m in TITLE_SEPARATOR.finditer(first)), (len(first), len(first))]
    parts = {first[cuts[i][1] : cuts[j][0]].strip() for i in range(len(cuts) - 1) for j in range(i + 1, len(cuts))}
    return sorted((p for p in parts if len(p.split()) >= 2), key=lambda p: (-len(p), p))


def headline(lines: Sequence[Line], before: int) -> tuple[int, str]:
    """Index of the headline line (the page title without its site name), or -1, and the title text.

    Of the lines equal to a part of the page title, the last one at or above `before` (the
    start of the article core) wins; without such a line, the page title's longest part when
    the first line reads as a page title.
    """
    if not lines:
        return -1, ""
    parts = _title_parts(lines[0].text)
    folded = [fold(line.text) for line in lines]
    for part in parts:
        target = fold(part)
        hits = [i for i in range(1, len(lines)) if folded[i] == target]
        if hits:
            usable = [i for i in hits if i <= before] or hits
            exact = [i for i in usable if lines[i].text == part]
            index = (exact or usable)[-1]
            return index, lines[index].text
    page_title = len(parts) > 1 and len(lines[0].text.split()) <= 30
    return -1, parts[0] if page_title and len(parts[0].split()) >= 3 else ""


def fallback(kept: Sequence[str]) -> str:
    """Without a headline line: the first kept line when it reads as a heading, else ""."""
    first = kept[0] if kept else ""
    return first if len(first.split()) <= 16 and not _CLAUSE_END.search(first) else ""
