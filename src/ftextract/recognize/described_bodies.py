"""Organizations named by a lower-case description: a national body ("l'office national des
forêts", "le centre national de recherche scientifique") or a research unit with its field and
its town ("le laboratoire d'astrophysique de Besançon").

The model sees no name in lower-case words and keeps at most the town. A head of
`organization_heads.tsv` and an adjective of national scope, or a research head
(`org_descriptions.tsv`), then the body's field: complements after "de", "du", "des", "d'"
(and "et des"), each of nouns and adjectives as the model tags them; the name ends at the
first word that is neither (a verb, a determiner, a punctuation mark). A research unit is
named only when its description ends with a capitalised name, its town ("le laboratoire de
chimie" alone is any laboratory). Descriptions of local services stay unnamed ("le tribunal
correctionnel de Montbéliard": the town is the name).
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_CONNECTOR = r"[ \t]+(?:et[ \t]+)?(?:de[ \t]+la[ \t]+|de[ \t]+l['’]|du[ \t]+|des[ \t]+|de[ \t]+|d['’])"
_WORDS = r"[\wà-ÿ'’-]+(?:[ \t]+(?!(?:de|du|des|d|et|la|le|les|l)\b)[\wà-ÿ'’-]+){0,3}"
_FIELD_POS = frozenset({"NOUN", "ADJ", "PROPN"})


def _uses(use: str) -> list[str]:
    return sorted((w for w, u in resources.table("org_descriptions.tsv", 2) if u == use), key=len, reverse=True)


@cache
def _pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in sorted(resources.words("organization_heads.tsv"), key=len, reverse=True))
    scope = "|".join(map(re.escape, _uses("scope")))
    research = "|".join(map(re.escape, _uses("research")))
    opening = r"(?:(?P<head>" + heads + r")[ \t]+(?:" + scope + r")|(?P<research>" + research + r"))"
    return re.compile(r"(?<![\w-])" + opening + r"(?P<field>(?:" + _CONNECTOR + _WORDS + r"){1,4})")


def _field_end(doc: Document, start: int, end: int) -> int:
    """End of the field's last word before the first one the model reads as no noun or adjective."""
    last, after_connector = start, False
    for word in re.finditer(r"[\wà-ÿ-]+['’]?", doc.norm[start:end]):
        at = start + word.start()
        if re.fullmatch(r"(?:et|de|la|du|des|d['’]|l['’])", word.group(0)):
            after_connector = True
            continue
        pos = doc.pos_at(at)
        if word.group(0)[0].islower() and pos and pos not in _FIELD_POS:
            break
        if word.group(0)[0].isupper() and not after_connector:
            break  # "le groupe européen de défense Airbus": the capitalised name is another's
        after_connector = False
        last = at + len(word.group(0).rstrip("'’"))
    return last


# a definite article or contraction before the head: "un centre national de formation" is any one
_DEFINITE = re.compile(r"(?:(?<![\w-])(?:le|la|du|au|à[ \t]+la|de[ \t]+la)[ \t]+|(?<![\w-])[lL]['’])$", re.IGNORECASE)


def find(doc: Document) -> list[Span]:
    spans = []
    for m in _pattern().finditer(doc.norm):
        if not _DEFINITE.search(doc.norm, max(0, m.start() - 8), m.start()):
            continue
        end = _field_end(doc, m.start("field"), m.end("field"))
        if end <= m.start("field"):
            continue
        name = doc.norm[m.start() : end]
        if m.group("research") and not re.search(r"(?:de|du|des|d['’])[ \t]*[A-ZÀ-Þ][\w'’-]*$", name):
            continue  # a research unit needs its town: "le laboratoire de chimie" is any laboratory
        spans.append(doc.span(m.start(), end, SpanKind.ORGANIZATION, "described_bodies:scope"))
    return spans
