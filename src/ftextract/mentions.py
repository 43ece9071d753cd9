"""Every occurrence of a name the article's entities bear is a mention of it.

The model reads each sentence on its own and often finds a name in one and misses it in the
next ("le groupe pétrolier Elf" found, "les fonds secrets d'Elf" not). A record lists every
mention of an entity, so each further occurrence of a found name, written the same way as a
whole word and lying outside every other entity span, becomes a mention of the same kind. A
name the article gives two kinds (a town and its club) is left as found: which one a further
occurrence means is not known.
"""

from __future__ import annotations

import re

from ftextract.document import Document, Span, SpanKind

_NAMED = (SpanKind.PERSON, SpanKind.PLACE, SpanKind.ORGANIZATION)
_ENTITY = frozenset({*_NAMED, SpanKind.LABEL})


def complete(doc: Document, spans: list[Span]) -> list[Span]:
    """`spans` and a mention for every further occurrence of an entity's name, in text order."""
    kinds: dict[str, set[SpanKind]] = {}
    for s in spans:
        if s.kind in _NAMED:
            kinds.setdefault(doc.norm[s.start : s.end], set()).add(s.kind)
    names = sorted(
        (n for n, k in kinds.items() if len(k) == 1 and len(n) >= 2 and n[0].isupper()), key=len, reverse=True
    )
    if not names:
        return spans
    taken = sorted((s.start, s.end) for s in spans if s.kind in _ENTITY)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
    found: list[Span] = []
    for m in pattern.finditer(doc.norm):
        start, end = m.span()
        if any(a < end and start < b for a, b in taken):
            continue
        taken.append((start, end))
        (kind,) = kinds[m.group()]
        found.append(doc.span(start, end, kind, "mentions:again"))
    if not found:
        return spans
    return sorted([*spans, *found], key=lambda s: (s.start, s.end))
