"""News media, agencies, pollsters and networks, from a list and from the words that cite them.

The model reads a newspaper's name as a place or a person ("Elabe", "Les Echos") or
misses it. Two sources of evidence, both organizations:
- a name of `media.tsv` written as listed ("Le Figaro", "AFP", "Twitter"), as whole words,
  with the place of a broadcaster's regional edition that follows it ("France 3 Limousin",
  "France Bleu Isère": the place names the station, not where the story is);
- a capitalised name right after a noun that cites a title or institute ("le tabloïd
  Blesk", "l'institut Ifop", "le baromètre Elabe pour « Les Echos »": the name after
  "pour" is the title that ordered the poll).
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import gazetteer

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


@cache
def _broadcasters() -> frozenset[str]:
    return frozenset(name for name, kind in resources.table("media.tsv", 2) if kind == "broadcaster")


_EDITION = re.compile(r" ([A-ZÀ-Þ][\w'’-]*(?: (?:[A-ZÀ-Þ][\w'’-]*|de|du|des|d'))*)")


def _edition_end(doc: Document, end: int) -> int:
    """Where a broadcaster's regional edition ends: after the longest run of words right after the
    name that the gazetteer knows as a place ("France 3 Côte d'Azur"), or at `end`."""
    if not (m := _EDITION.match(doc.norm, end)):
        return end
    words = m.group(1).split(" ")
    for n in range(len(words), 0, -1):
        if gazetteer.key(" ".join(words[:n])) in gazetteer.places():
            return end + 1 + len(" ".join(words[:n]))
    return end


def _trimmed(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The name without a trailing connector or dot ("Blesk." , "Ifop de")."""
    text = doc.norm[start:end]
    text = re.sub(r"(?:\s+(?:du|de|des|d'))+$|[.]+$", "", text)
    return start, start + len(text)


def find(doc: Document) -> list[Span]:
    spans = []
    for m in _listed().finditer(doc.norm):
        end = _edition_end(doc, m.end()) if m.group() in _broadcasters() else m.end()
        spans.append(doc.span(m.start(), end, SpanKind.ORGANIZATION, "media:list"))
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
