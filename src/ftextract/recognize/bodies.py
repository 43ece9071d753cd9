"""Public bodies and services named as the press writes them: "l'Urssaf", "le Sdis", "du Samu",
"Pôle emploi", "le CHU" (`public_bodies.tsv`).

The model reads these acronyms written as words as places or people, or misses them
("Pôle emploi" at a sentence's start). A name of the list, written as listed or in capitals,
as whole words, is an organization; `entity_kinds` also takes one as the head of a longer name
("la Caf de la Moselle", "le CHU de Nancy"), which then wins by its length.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import entity_kinds


@cache
def _pattern() -> re.Pattern[str]:
    forms = sorted(entity_kinds.public_body_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


def find(doc: Document) -> list[Span]:
    return [doc.span(m.start(), m.end(), SpanKind.ORGANIZATION, "bodies:list") for m in _pattern().finditer(doc.norm)]
