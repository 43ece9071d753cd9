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


_LEADING_ARTICLE = re.compile(r"(?:the|le|la|les|l')\s*(?=\w)")
_SMALL_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "of", "the", "and", "à", "au", "aux"})
_STREET = frozenset(
    {
        "rue",
        "avenue",
        "boulevard",
        "bd",
        "place",
        "quai",
        "chemin",
        "allée",
        "impasse",
        "route",
        "cours",
        "passage",
        "square",
        "pont",
        "gare",
        "porte",
    }
)
_OF_PLACE = re.compile(
    r"((?i:technopôle|pôle|parc|zone|massif|canton|bande|vallée|île|lac|forêt)|[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?)\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*(.+)"
)


def _key(span: Span, canonical: str) -> str:
    """Grouping key: folded; an organization's leading article ("The Wall Street Journal") dropped."""
    key = fold(canonical or span.text)
    return _LEADING_ARTICLE.sub("", key, count=1) if span.kind is SpanKind.ORGANIZATION else key


def _initials(name: str) -> str:
    words = re.findall(r"[^\W\d_]+", name.replace("'", " ").replace("’", " "))
    return "".join(w[0] for w in words if w.casefold() not in _SMALL_WORDS).upper()


def _home(group: Group, groups: list[Group]) -> Group | None:
    """The fuller entity a short form names: an organization's acronym ("CCIMP") or lone head
    word ("la Fondation"), or a place named through a feature of it ("massif du Ziama")."""
    name = group.name
    others = [g for g in groups if g is not group and g.kind is group.kind]
    if group.kind is SpanKind.ORGANIZATION and " " not in name:
        if name.isupper() and len(name) >= 3:
            return next((g for g in others if " " in g.name and _initials(g.name) == name), None)
        starts = [g for g in others if g.name.split()[0].casefold() == name.casefold() and " " in g.name]
        return starts[0] if starts else None
    if group.kind is SpanKind.PLACE and " " not in name and "-" not in name:
        longer = [g for g in others if fold(g.name).startswith(fold(name) + " ") and "-" in g.name.split()[0]]
        return longer[0] if longer else None  # "Aix" for "Aix-en-Provence"
    if group.kind is SpanKind.PLACE and (m := _OF_PLACE.fullmatch(name)) and m.group(1).split()[0] not in _STREET:
        inner = fold(m.group(2))
        return next((g for g in others if inner in {fold(x.text) for x in g.mentions}), None)
    return None


def _absorb(groups: list[Group]) -> list[Group]:
    for g in list(groups):
        if g.kind not in (SpanKind.ORGANIZATION, SpanKind.PLACE) or g.canonical:
            continue
        if (home := _home(g, groups)) is not None:
            home.mentions += g.mentions
            home.roles += [r for r in g.roles if r not in home.roles]
            groups.remove(g)
    return groups


def group(doc: Document, spans: list[Span], roles: dict[Span, list[Span]]) -> list[Group]:
    """Entities of every kind, each with its mentions in text order, sorted by first mention."""
    groups: list[Group] = []
    by_key: dict[tuple[SpanKind, str], Group] = {}
    ordered = sorted(spans, key=lambda s: (len(s.text.split()) < 2, s.start))  # full names first
    for span in ordered:
        canonical = span.value if span.kind is SpanKind.LABEL and isinstance(span.value, str) else ""
        key = (span.kind, _key(span, canonical))
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
    groups = _absorb(groups)
    for g in groups:
        g.mentions.sort(key=lambda m: (m.start, m.end))
        for m in g.mentions:
            for role in roles.get(m, []):
                if role.text not in g.roles:
                    g.roles.append(role.text)
    return sorted(groups, key=lambda g: (g.first, g.kind))
