"""Roles: the function or title an apposition gives a person.

Two shapes cover most press usage: the title before the name ("le ministre de
la Ville et du Logement Olivier Klein", "le maire de Marseille, Benoît Payan")
and the apposition after it ("Pascal Lorne, le président d'Aix-Marseille French
Tech"). A role phrase starts with a head word from `role_titles.tsv` and runs to
the name, or to the next clause boundary.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_MAX_WORDS = 12
_DET = r"(?:(?:le|la|les|l'|un|une|son|sa|ses|leur|notre|cet|cette|ce)\s*)?"
_DANGLING = re.compile(r"(?:\s+(?:de|du|des|d'|à|au|aux|et|le|la|les|l'))+$", re.IGNORECASE)


@cache
def _stop_after() -> re.Pattern[str]:
    """Where an apposition after a name ends: clause punctuation, or a verb or pronoun that opens a clause."""
    stops = sorted(resources.words("role_stops.tsv"), key=len, reverse=True)
    return re.compile(r"[,;:.!?()\n]|\s(?:" + "|".join(re.escape(w) for w in stops) + r")(?=[\s,.])")


@cache
def head() -> re.Pattern[str]:
    """Any role head word, matched case-insensitively as a whole word."""
    heads = sorted(resources.words("role_titles.tsv"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])", re.IGNORECASE)


def _before(doc: Document, person: Span, others: list[Span]) -> Span | None:
    """The role phrase that ends right before the name: '[le] TITLE ... [,] Name'."""
    line_start = doc.norm.rfind("\n", 0, person.start) + 1
    window_start = max(line_start, person.start - 120)
    window = doc.norm[window_start : person.start]
    stripped = window.rstrip(" ,")
    best = None
    for m in head().finditer(stripped):
        prefix = stripped[: m.start()]
        if prefix and (prefix[-1].isalnum() or prefix[-1] in "-'"):
            continue
        phrase = stripped[m.start() :]
        if len(phrase.split()) > _MAX_WORDS or _stop_after().search(f" {phrase} "):
            continue
        start = window_start + m.start()
        if any(start < o.end and o.start < person.start for o in others if o is not person):
            continue
        best = start
        break
    if best is None:
        return None
    end = window_start + len(stripped)
    return doc.span(best, end, SpanKind.ROLE, "roles:before-name")


def _after(doc: Document, person: Span) -> Span | None:
    """The apposition after the name: 'Name, [le] TITLE ...'."""
    m = re.compile(r",\s*" + _DET).match(doc.norm, person.end)
    if not m:
        return None
    title = head().match(doc.norm, m.end())
    if not title:
        return None
    stop = _stop_after().search(doc.norm, title.end())
    end = stop.start() if stop else len(doc.norm)
    phrase = _DANGLING.sub("", doc.norm[title.start() : end].rstrip(" «»\"'"))
    if not phrase or len(phrase.split()) > _MAX_WORDS:
        return None
    return doc.span(title.start(), title.start() + len(phrase), SpanKind.ROLE, "roles:apposition")


def find(doc: Document, people: list[Span]) -> dict[Span, list[Span]]:
    """Role spans for each person mention that has one, in text order."""
    roles: dict[Span, list[Span]] = {}
    for person in people:
        found = [r for r in (_before(doc, person, people), _after(doc, person)) if r is not None]
        if found:
            roles[person] = found
    return roles
