"""Group mentions into entities: one per real-world referent, with its aliases and roles.

Mentions of a kind are keyed by a folded form (case, accents, apostrophes,
hyphens). A person's lone surname or given name joins the one full name that
ends (or starts) with it; when two people share it, it joins the nearest one
named before it, and the two people stay apart. An organization's acronym
written in brackets after its long form is an alias of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ftextract.document import Document, Span, SpanKind
from ftextract.normalize import fold

_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÀ-Þ][A-ZÀ-Þ0-9&.\-]{1,11})\s*\)")


@dataclass(slots=True)
class Group:
    """An entity being built: its mentions, and the roles found next to them."""

    kind: SpanKind
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    canonical: str = ""  # a recognizer's own name for the entity (labels), if any

    @property
    def name(self) -> str:
        if self.canonical:
            return self.canonical
        # the fullest form: most words, then most characters, then first written
        best = max(self.mentions, key=lambda m: (len(m.text.split()), len(m.text), -m.start))
        return best.text

    @property
    def aliases(self) -> list[str]:
        name = self.name
        return sorted({m.text for m in self.mentions if m.text != name})

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions)


def _person_key(group: Group) -> set[str]:
    return {fold(m.text) for m in group.mentions}


def _join_person(groups: list[Group], span: Span) -> Group | None:
    """The person a mention belongs to: same folded name, or a full name it is part of."""
    key = fold(span.text)
    exact = [g for g in groups if key in _person_key(g)]
    if exact:
        return exact[-1]
    words = key.split()
    candidates = []
    for g in groups:
        for m in g.mentions:
            full = fold(m.text).split()
            if len(full) > len(words) and (full[-len(words) :] == words or full[: len(words)] == words):
                candidates.append(g)
                break
    if not candidates:
        return None
    # never merge two people: a shared surname joins the nearest one named before it
    before = [g for g in candidates if g.first < span.start] or candidates
    return max(
        before,
        key=lambda g: (
            max(m.start for m in g.mentions if m.start <= span.start)
            if any(m.start <= span.start for m in g.mentions)
            else -1
        ),
    )


def _acronym_of(doc: Document, span: Span) -> str | None:
    m = _ACRONYM_AFTER.match(doc.text, span.end)
    return m.group(1) if m else None


def group(doc: Document, spans: list[Span], roles: dict[Span, list[Span]]) -> list[Group]:
    """Entities of every kind, each with its mentions in text order, sorted by first mention."""
    groups: list[Group] = []
    by_key: dict[tuple[SpanKind, str], Group] = {}
    ordered = sorted(spans, key=lambda s: (len(s.text.split()) < 2, s.start))  # full names first
    for span in ordered:
        canonical = span.value if span.kind is SpanKind.LABEL and isinstance(span.value, str) else ""
        key = (span.kind, fold(canonical or span.text))
        target = by_key.get(key)
        if target is None and span.kind is SpanKind.PERSON:
            target = _join_person([g for g in groups if g.kind is SpanKind.PERSON], span)
        if target is None:
            target = Group(span.kind, canonical=canonical)
            groups.append(target)
        target.mentions.append(span)
        by_key.setdefault(key, target)
        if span.kind is SpanKind.ORGANIZATION and (acronym := _acronym_of(doc, span)):
            by_key.setdefault((span.kind, fold(acronym)), target)
    for g in groups:
        g.mentions.sort(key=lambda m: (m.start, m.end))
        for m in g.mentions:
            for role in roles.get(m, []):
                if role.text not in g.roles:
                    g.roles.append(role.text)
    return sorted(groups, key=lambda g: (g.first, g.kind))
