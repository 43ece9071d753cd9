"""The page's main text as a boilerplate-removal library sees it, marked on our own lines.

trafilatura reads the HTML's structure (article, main, nav, link density, class names)
better than anything we could write in the time; its output, though, is re-flowed text
without the headline, standfirst or captions. So it only votes: each of our lines
(one per block, findable in the page) whose text it kept is tagged "extracted", and the
chrome stage keeps those plus the headline, standfirst and captions around them.
trafilatura is imported on the first HTML page only, so text dumps never pay for it; a page it
cannot read comes back unmarked and the rules decide alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from importlib import metadata

from ftextract.document import Line
from ftextract.normalize import fold

EXTRACTED = "extracted"
_KEEP_TAG = frozenset({"h1", "figcaption"})  # tags the chrome stage reads on its own
_SHORT = 4  # lines of fewer words must equal a whole extracted line, or sit next to one


@cache
def _trafilatura():
    try:
        import trafilatura
    except ImportError:
        return None
    return trafilatura


def extractor_id() -> str:
    """Name and version of the main-text library, for the extractor fingerprint (read without importing it)."""
    try:
        return f"trafilatura-{metadata.version('trafilatura')}"
    except metadata.PackageNotFoundError:
        return ""


def _extract(html: str) -> list[str]:
    module = _trafilatura()
    if module is None:
        return []
    try:
        text = module.extract(html, include_comments=False, include_tables=True, deduplicate=False) or ""
    except Exception:
        return []
    return [fold(line) for line in text.split("\n") if line.strip()]


def _occurs(needle: str, hay: str) -> bool:
    return bool(needle) and re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", hay) is not None


def mark(html: str, lines: Sequence[Line]) -> list[Line]:
    """Our lines, those the extractor kept tagged EXTRACTED (h1 and figcaption tags stay)."""
    extracted = _extract(html)
    if not extracted:
        return list(lines)
    whole, joined = set(extracted), "\n".join(extracted)
    folded = [fold(line.text) for line in lines]
    size = [len(f.split()) for f in folded]
    hit = [(size[i] >= _SHORT and _occurs(folded[i], joined)) or folded[i] in whole for i in range(len(lines))]
    for i in range(len(lines)):  # inline fragments: short lines inside an extracted paragraph
        if not hit[i] and size[i] and _occurs(folded[i], joined):
            hit[i] = any(0 <= k < len(lines) and hit[k] and size[k] >= _SHORT for k in (i - 1, i + 1))
    return [
        replace(line, tag=EXTRACTED) if h and line.tag not in _KEEP_TAG else line
        for line, h in zip(lines, hit, strict=True)
    ]
