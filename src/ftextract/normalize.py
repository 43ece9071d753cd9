"""Text to lines, with per-line cleanup that keeps every line findable in the input."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from ftextract.document import Line, normalize_chars

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
    # clean_line on the whole text at once: the line breaks are made plain "\n" first, which is no control
    for raw in _CONTROLS.sub("", _NEWLINES.sub("\n", text)).replace("\t", " ").split("\n"):
        line = raw.strip()
        if not line:
            blank = True
            continue
        lines.append(Line(line, blank_before=blank and bool(lines)))
        blank = False
    return lines


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_BRACKETS = re.compile(r"[()\[\]«»\"-]")
_FOLD_EDGE = " .,;:!?|·•>*-_/\\'\"«»()[]{}+=~#"


class CharMap(dict):
    """A str.translate table filled on demand: each character's image computed once, then looked up."""

    def __init__(self, image: Callable[[str], str]) -> None:
        super().__init__()
        self._image = image

    def __missing__(self, code: int) -> str:
        self[code] = value = self._image(chr(code))
        return value


def _fold_char(char: str) -> str:
    char = _COMBINING.sub("", unicodedata.normalize("NFD", normalize_chars(char)))
    return _BRACKETS.sub(" ", char.casefold())


_FOLD = CharMap(_fold_char)  # typographic variants, accents, case and brackets, character by character


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Case-, accent-, apostrophe-, dash- and spacing-insensitive key of a line or a name.

    Chrome lexicon and repetition, and entity grouping, compare texts through it;
    memoized, since the chrome passes ask for the same lines several times. After NFKC, every
    step works character by character, so one cached table does them all.
    """
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(_FOLD).split()).strip(_FOLD_EDGE)  # runs of blanks as one space
