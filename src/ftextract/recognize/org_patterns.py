"""Organizations named by a head word and a proper name: "Ville de Marseille", "université
Al-Azhar de Gaza", "école Centrale de Marseille", "centre Hospitalier de la Côte Basque".

The model misses such names or keeps only a piece of them ("Centrale", "Hospitalier").
A head of `organization_heads.tsv` (capitalised, or in lower case when a capitalised word
follows it) or a public body of `public_bodies.tsv` ("la Mission locale de Toul") opens the
name; it runs over capitalised words and the connectors between them ("de", "du", "de la",
"d'"), on one line. A capitalised head needs at least one capitalised
word after a connector ("Ville de Marseille", not "Ville" alone); the longest-span policy of
`ftextract.overlaps` then lets the whole name win over the model's pieces. A name in quotes
right after a lower-case head is the organization's ('la société de pêche "La Gaule
vidusienne"', 'le collectif « Nous Toutes »').
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import entity_kinds, gazetteer

_WORD = r"[A-ZÀ-Þ][\w'’-]*"
_LINK = r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+l'|du|des|de|d')[ \t]*|[ \t]+)"  # on one line
_TAIL = r"(?:" + _LINK + _WORD + r"){1,6}"
# lower-case heads that name a territory ("la région Bretagne") or a mere category, whose
# name is the proper part after them ("l'entreprise Devisubox", "le groupe Renault")
_TERRITORIAL = frozenset({"région", "département", "ville", "métropole", "communauté", "mairie", "préfecture"})
_GENERIC = frozenset(
    {
        "entreprise",
        "société",
        "groupe",
        "compagnie",
        "parti",
        "mouvement",
        "association",
        "collectif",
        "syndicat",
        "coopérative",
        "banque",
        "agence",
        "service",
    }
)


@cache
def _heads() -> str:
    """The heads of organization_heads.tsv, longest first, as a regex alternation."""
    return "|".join(re.escape(h) for h in sorted(resources.words("organization_heads.tsv"), key=len, reverse=True))


@cache
def _pattern() -> re.Pattern[str]:
    # a public body, as listed or in capitals, heads a name too: "la Mission locale de Toul"
    bodies = "|".join(map(re.escape, sorted(entity_kinds.public_body_forms(), key=len, reverse=True)))
    # "école primaire Jules-Romains": a lower-case word that is no connector, before the name
    adjective = r"(?P<adj>[ \t]+(?!(?:de|du|des|la|le|les|et)[ \t])[a-zà-ÿ]+(?=[ \t]+[A-ZÀ-Þ]))?"
    head = r"((?i:" + _heads() + r")|" + bodies + r")"
    return re.compile(r"(?<![\w-])" + head + r"(?![\w-])" + adjective + r"(" + _TAIL + r")")


def _connector_then_capital(tail: str) -> bool:
    return bool(re.match(r"\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*[A-ZÀ-Þ]", tail))


def _before_person(doc: Document, start: int, end: int, named_for: int | None) -> int:
    """End of the name before a person the model found inside it ("Ville de Paris Anne Hidalgo");
    a person at `named_for` is the one the name is for ("boulangerie Leroy", "université Jean Moulin")."""
    for e in doc.ents:
        if e.label == "PER" and start <= e.start < end and e.start != named_for:
            end = e.start
    return start + len(re.sub(_LINK + r"$", "", doc.norm[start:end]))


_QUOTED = re.compile(r"[«\"“][ \t]*([A-ZÀ-Þ][^«»\"“”\n]{1,60}?)[ \t]*[»\"”]")


@cache
def _head_before_quote() -> re.Pattern[str]:
    alternatives = _heads()
    complement = r"(?:[ \t]+(?:de|du|des|d')[ \t]*[a-zà-ÿ][\w'-]*){0,2}"  # "la société de pêche"
    return re.compile(r"(?<![\w-])(?:" + alternatives + r")(?![\w-])" + complement + r"[ \t]*$")


def _quoted_names(doc: Document) -> list[Span]:
    """A name in quotes right after a lower-case head: 'la société de pêche "La Gaule vidusienne"'."""
    spans = []
    for m in _QUOTED.finditer(doc.norm):  # quotes are few: the heads are looked for only before them
        head = _head_before_quote().search(doc.norm, max(0, m.start() - 60), m.start())
        if head and head.group(0)[0].islower() and len(m.group(1).split()) <= 8:
            spans.append(doc.span(m.start(1), m.end(1), SpanKind.ORGANIZATION, "org_patterns:quoted"))
    return spans


@cache
def _bare_head() -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w-])(?:(?i:l['’]|la|le|du|au|de\s+la|à\s+la)[ \t]*)((?:" + _heads().title() + r"))(?![\w'’-])"
        r"(?:[ \t]+(?P<adj>[a-zà-ÿ]+))?"
    )


@cache
def _site_noun() -> re.Pattern[str]:
    return re.compile(rf"(?:{gazetteer.place_nouns('site', 'landmark')})", re.IGNORECASE)


def _bare_heads(doc: Document) -> list[Span]:
    """A capitalised head alone amid a sentence names the body: "le président de l'Harmonie",
    "son élection à l'Assemblée", "l'Harmonie municipale" (an adjective after it belongs to it).
    Not a territorial head: "la Ville", "la Région" alone name the territory as often as the body."""
    spans = []
    for m in _bare_head().finditer(doc.norm):
        end = m.end(1)
        if m.group(1).casefold() in _TERRITORIAL:
            continue
        if m.group("adj") and doc.pos_at(m.start("adj")) == "ADJ":
            end = m.end("adj")
        if not _connector_then_capital(doc.norm[end : end + 40]) and not doc.norm[end + 1 : end + 2].isupper():
            spans.append(doc.span(m.start(1), end, SpanKind.ORGANIZATION, "org_patterns:bare"))
    return spans


def find(doc: Document) -> list[Span]:
    spans = _quoted_names(doc) + _bare_heads(doc)
    adjectives = {t.start for t in doc.tokens if t.pos == "ADJ"}
    for m in _pattern().finditer(doc.norm):
        head, tail = m.group(1), m.group(3)
        start = m.start()
        if m.group("adj") and (head[0].isupper() or m.start("adj") + 1 not in adjectives):
            continue  # only a lower-case head takes an adjective before the name, and a real one
        if m.group("adj") and _site_noun().fullmatch(f"{head} {m.group('adj')}"):
            continue  # "le centre commercial Les Nations" is a site (place_nouns.tsv), not a body
        if any(w[0].isupper() for w in head.split()):
            if not _connector_then_capital(tail) or (" " not in head and doc.opens_sentence(start)):
                continue
        elif head.casefold() in _TERRITORIAL or not tail.startswith(" ") or not tail[1:2].isupper():
            continue  # lower-case head: a capitalised name right after it ("université Al-Azhar")
        elif head.casefold() in _GENERIC:
            start = m.start(3) + 1  # "l'entreprise Devisubox": the name is what follows
        # a person where the name begins is the name, unless the head is generic ("groupe Djamel B.")
        named_for = m.start(3) + len(tail) - len(tail.lstrip()) if start == m.start() else None
        if m.group("adj") and named_for is not None and " " in tail.strip():
            named_for = None  # "conseil régional Renaud Muselier" is a person; "école primaire Jules-Ferry" a school
        end = _before_person(doc, start, m.end(), named_for)
        named_after = m.end("adj") if m.group("adj") else start + (0 if start > m.start() else len(head) + 1)
        if end > named_after:  # a name is left after the head (and its adjective)
            spans.append(doc.span(start, end, SpanKind.ORGANIZATION, "org_patterns:head"))
    return spans
