"""A town's council named in a list of bodies: "la ville de Marseille, la Communauté urbaine
Marseille Provence Métropole, la ville d'Aix-en-Provence ... ont démontré".

"la ville de Nancy" alone is the town, a place; listed beside an organization it is the
municipality acting with the others, so the whole "ville de Marseille" is an organization
(a capitalised "Ville de Marseille" is one anywhere: `org_patterns`). The lower-case heads
that name a local authority this way are the `council` rows of `org_cues.tsv`. The list
spreads along itself: "la ville de Metz, la ville de Nancy et la Région" are three bodies.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

# between two items of a list, with the determiner of the next: ", la ", " et l'", ", ainsi que le "
_LINK = re.compile(r"\s*(?:,\s*(?:et\s+|ainsi\s+que\s+)?|\s+et\s+|\s+ainsi\s+que\s+)(?:(?:la|le|les|l')\s*)?")


@cache
def _head_before() -> re.Pattern[str]:
    heads = sorted((cue for cue, use in resources.table("org_cues.tsv", 2) if use == "council"), key=len, reverse=True)
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(r"(?<![\w-])(?:" + alternation + r")[ \t]+(?:de[ \t]+|d')$")


def _linked(doc: Document, left: Span, right: Span) -> bool:
    return left.end <= right.start and bool(_LINK.fullmatch(doc.norm, left.end, right.start))


def listed(doc: Document, spans: list[Span]) -> list[Span]:
    """The spans with each listed "ville de X" made one organization span (see the module's note)."""
    out = list(spans)
    named = [i for i, s in enumerate(out) if s.kind in (SpanKind.PLACE, SpanKind.ORGANIZATION)]
    councils: dict[int, Span] = {}  # index of a place -> the council span it would become
    for i in named:
        s = out[i]
        if s.kind is SpanKind.PLACE and (head := _head_before().search(doc.norm, max(0, s.start - 30), s.start)):
            councils[i] = doc.span(head.start(), s.end, SpanKind.ORGANIZATION, "councils:listed")
    changed = bool(councils)
    while changed:  # a council listed beside a body is one; the bodies it makes spread along the list
        changed = False
        for a, b in pairwise(named):
            for place, other in ((a, b), (b, a)):
                if place not in councils or out[place] is councils[place]:
                    continue
                if out[other].kind is not SpanKind.ORGANIZATION:
                    continue
                left, right = (councils[place], out[other]) if place == a else (out[other], councils[place])
                if _linked(doc, left, right):
                    out[place] = councils[place]
                    changed = True
    return out
