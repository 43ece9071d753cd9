"""Text to lines, with per-line cleanup that keeps every line findable in the input."""

from __future__ import annotations

import re

from ftextract.document import Line

# \r\n, \r, and the Unicode line and paragraph separators all end a line.
_NEWLINES = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]")
# Control characters other than tab: never article text, and they break JSON readers downstream.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def clean_line(line: str) -> str:
    """Strip surrounding blanks and control characters; inner text stays as written."""
    return _CONTROLS.sub("", line).replace("\t", " ").strip()


def split(text: str) -> list[Line]:
    """The non-blank lines of a text dump; `blank_before` marks a block boundary above a line."""
    lines: list[Line] = []
    blank = False
    for raw in _NEWLINES.split(text):
        line = clean_line(raw)
        if not line:
            blank = True
            continue
        lines.append(Line(line, blank_before=blank and bool(lines)))
        blank = False
    return lines
