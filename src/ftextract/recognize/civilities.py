"""People named after a civility: "M. Martin a remercié...", "Mme Leblanc", "Me Dupond-Moretti".

A civility of `honorifics.tsv` is the surest sign of a person, and the model often sees
nothing after one at a sentence's start or before a surname in capitals ("M. MARTIN"). The
name is the capitalised words after the civility, with a particle inside or before them
("M. de Villepin", "Mme Van der Meer"), the civility left out; "M. le maire" names no one.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_WORD = r"(?:[A-ZÀ-Þ]\.(?:-[A-ZÀ-Þ]\.)?|[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)*)"  # "J.-P.", "Dupond-Moretti"
_PARTICLE = r"(?:de[ \t]+|d'|du[ \t]+|van[ \t]+(?:der[ \t]+|den[ \t]+)?|von[ \t]+|di[ \t]+|da[ \t]+)"
_NAME = rf"{_PARTICLE}?{_WORD}(?:[ \t]+{_PARTICLE}?{_WORD}){{0,3}}"
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-Þ][\w.'’-]*)[ \t]+$")


@cache
def _pattern() -> re.Pattern[str]:
    forms = sorted(resources.words("honorifics.tsv"), key=len, reverse=True)
    civility = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w.])(?:{civility})[ \t]+(?P<name>{_NAME})(?![\w'’-])")


def find(doc: Document) -> list[Span]:
    spans = []
    for m in _pattern().finditer(doc.norm):
        before = _NAME_BEFORE.search(doc.norm, max(0, m.start() - 30), m.start())
        if before and before.group(1).casefold() not in resources.function_words():
            continue  # "John M. Ford", "W. M. Keck": a middle initial, no civility ("Selon M. Martin" is one)
        last = m.group("name").split()[-1]
        if last.casefold() in resources.function_words() or last.endswith("."):
            continue  # "M. Le" before a common noun; "Nielsen, M. W. (2019)": initials, no civility
        spans.append(doc.span(m.start("name"), m.end("name"), SpanKind.PERSON, "civilities:name"))
    return spans
