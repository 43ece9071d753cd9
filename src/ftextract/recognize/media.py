"""News media, agencies, pollsters and networks, from a list and from the words that cite them.

The model reads a newspaper's name as a place or a person ("Elabe", "Les Echos") or
misses it. Two sources of evidence, both organizations:
- a name of `media.tsv` written as listed ("Le Figaro", "AFP", "Twitter"), as whole words;
- a capitalised name right after a noun that cites a title or institute ("le tabloïd
  Blesk", "l'institut Ifop", "le baromètre Elabe pour « Les Echos »": the name after
  "pour" is the title that ordered the poll).
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_NAME = r"(?:(?:Le|La|Les|L')\s*)?[A-ZÀ-Þ][\w'’&+.-]*(?:\s+(?:[A-ZÀ-Þ0-9][\w'’&+.-]*|du|de|des|d'))*"
_CITED = re.compile(
    r"(?<![\w-])(?:quotidien|hebdomadaire|mensuel|journal|magazine|tabloïd|tabloid|site|média|agence|chaîne|"
    r"radio|télévision|institut|baromètre|sondage|enquête)(?:\s+[a-zàâçéèêëîïôûùüÿœ-]+)?\s*[«\"“]?\s*(" + _NAME + r")"
)
_NOT_NAMES = frozenset({"Internet", "Web", "France", "Le", "La", "Les"})
_ORDERED_BY = re.compile(r"\s+pour\s+[«\"“]?\s*(" + _NAME + r")")


@cache
def _listed() -> re.Pattern[str]:
    names = sorted((name for name, _ in resources.table("media.tsv", 2)), key=len, reverse=True)
    return re.compile(r"(?<![\w@#-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-]|\+)")


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The name without a trailing connector or dot ("Blesk." , "Ifop de")."""
    text = doc.norm[start:end]
    text = re.sub(r"(?:\s+(?:du|de|des|d'))+$|[.]+$", "", text)
    return start, start + len(text)


def find(doc: Document) -> list[Span]:
    spans = []
    for m in _listed().finditer(doc.norm):
        spans.append(doc.span(m.start(), m.end(), SpanKind.ORGANIZATION, "media:list"))
    for m in _CITED.finditer(doc.norm):
        if "\n" in m.group(0):
            continue
        start, end = _trimmed(doc, m.start(1), m.end(1))
        if end - start >= 2 and doc.norm[start:end] not in _NOT_NAMES:
            spans.append(doc.span(start, end, SpanKind.ORGANIZATION, "media:cited"))
        if (after := _ORDERED_BY.match(doc.norm, m.end(1))) and "\n" not in after.group(0):
            start, end = _trimmed(doc, after.start(1), after.end(1))
            spans.append(doc.span(start, end, SpanKind.ORGANIZATION, "media:ordered"))
    return spans
