"""Organizations named by an acronym the model left out ("WCF", "EAGLE-Guinée", "CCIMP").

A word of two to five capitals (digits and "&" allowed, one "-Name" suffix
allowed) on a line written in mixed case is an organization when the article
gives evidence of it: it is written in brackets after a capitalised name
("Faune et Flore Internationale (FFI)"), or the model names it elsewhere in the
article. Never when it is a common abbreviation of a thing (`acronym_stops.tsv`:
"PIB", "CDI", "TVA", "ONG") or a Roman numeral. Lines mostly in capitals
(headlines, bylines) are skipped: there every word looks like an acronym.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_ACRONYM = re.compile(r"(?<![\w.'-])[A-Z][A-Z0-9&]{1,4}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?![\w'-]|\.\w)")
_NAMED = frozenset({"PER", "LOC", "ORG"})
_LINE = re.compile(r"[^\n]+")


@cache
def _stops() -> frozenset[str]:
    return frozenset(resources.words("acronym_stops.tsv"))


def _mostly_capitals(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line))
    return not letters or sum(map(str.isupper, letters)) > 0.5 * len(letters)


_BRACKETED = re.compile(r"[A-ZÀ-Þ][\w'-]*(?:\s+[\w'-]+){0,8}\s*\(\s*$")


def _evidence(doc: Document, m: re.Match[str], named: set[str]) -> bool:
    if m.group() in named:
        return True
    line_start = doc.norm.rfind("\n", 0, m.start()) + 1
    return doc.norm[m.end() : m.end() + 2].lstrip().startswith(")") and bool(
        _BRACKETED.search(doc.norm, line_start, m.start())
    )


def find(doc: Document) -> list[Span]:
    taken = [(e.start, e.end) for e in doc.ents if e.label in _NAMED]
    named = {doc.norm[e.start : e.end] for e in doc.ents if e.label == "ORG"}
    spans = []
    for line in _LINE.finditer(doc.norm):
        if _mostly_capitals(line.group()):
            continue
        for m in _ACRONYM.finditer(doc.norm, line.start(), line.end()):
            word = m.group()
            if word.split("-")[0] in _stops() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not any(c.isalpha() for c in word[1:]) or not _evidence(doc, m, named):
                continue
            spans.append(doc.span(m.start(), m.end(), SpanKind.ORGANIZATION, "acronyms:capitals"))
    return spans
