"""People, places and organizations from the model's entities, with their edges cleaned.

The model's spans often carry a leading article or honorific ("Mme Laurens",
"la Région"), surrounding quotes or trailing punctuation; those are trimmed so
mentions of one entity look alike. MISC entities are left to the label and
gazetteer recognizers.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import entity_kinds

_KINDS = {"PER": SpanKind.PERSON, "LOC": SpanKind.PLACE, "ORG": SpanKind.ORGANIZATION}
_ARTICLE = re.compile(r"(?:l'|d'|(?:le|la|les|du|des|de|au|aux)\s+)", re.IGNORECASE)
_EDGE = " \t'\"«»“”‘’()[]{},;:.!?-–—/|*•·"
_HAS_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


@cache
def _honorific() -> re.Pattern[str]:
    forms = sorted(resources.words("honorifics.tsv"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(f) for f in forms) + r")(?=\s)\s*")


def trim(doc: Document, start: int, end: int, kind: SpanKind) -> tuple[int, int]:
    """Shrink [start, end) past articles, honorifics, quotes and punctuation at its edges."""
    norm = doc.norm
    while True:
        before = (start, end)
        while start < end and norm[start] in _EDGE:
            start += 1
        while end > start and norm[end - 1] in _EDGE:
            # keep the period of an abbreviation or initial ("Jr.", "J.") only inside the name
            end -= 1
        if (m := _ARTICLE.match(norm, start, end)) and m.end() < end and norm[m.end()].isupper():
            start = m.end()
        if kind is SpanKind.PERSON and (m := _honorific().match(norm, start, end)) and m.end() < end:
            start = m.end()
        if norm.endswith("'s", start, end):
            end -= 2
        if (start, end) == before:
            return start, end


def _plausible(text: str, kind: SpanKind) -> bool:
    if len(text) < 2 or not _HAS_UPPER.search(text):
        return False
    return not (kind is SpanKind.PERSON and not any(c.isalpha() for c in text))


def find(doc: Document) -> list[Span]:
    spans = []
    for ent in doc.ents:
        kind = _KINDS.get(ent.label)
        if kind is None:
            continue
        start, end = trim(doc, ent.start, ent.end, kind)
        if end > start and _plausible(doc.text[start:end], kind):
            spans.append(doc.span(start, end, kind, f"ner:{ent.label}"))
    return entity_kinds.settle(doc, spans)
