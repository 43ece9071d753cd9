"""The conflict policy between spans, written once.

Entity spans (people, places, organizations, labels) compete with each other,
and number spans (amounts, dates) with each other; the two groups never
compete, since one text can be both "Quatre corps" and part of a name.
Within a group: the longest span wins; on equal length, the kind earlier in
PRIORITY; then the earlier start. The result is sorted by (start, end).
Across the article, one name keeps one kind (`agree`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ftextract.document import Span, SpanKind

PRIORITY = (
    SpanKind.LABEL,
    SpanKind.ORGANIZATION,
    SpanKind.PERSON,
    SpanKind.PLACE,
    SpanKind.DATE,
    SpanKind.AMOUNT,
)
_GROUPS = (
    frozenset({SpanKind.PERSON, SpanKind.PLACE, SpanKind.ORGANIZATION, SpanKind.LABEL}),
    frozenset({SpanKind.AMOUNT, SpanKind.DATE}),
)


def _rank(span: Span) -> tuple[int, int, int, int]:
    return (-(span.end - span.start), PRIORITY.index(span.kind), span.start, span.end)


def _select(spans: list[Span]) -> list[Span]:
    kept: list[Span] = []
    for span in sorted(spans, key=_rank):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return kept


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Non-overlapping spans within each group, by the policy above; duplicates collapse."""
    unique = list(dict.fromkeys(spans))
    kept: list[Span] = []
    for group in _GROUPS:
        kept += _select([s for s in unique if s.kind in group])
    return sorted(kept, key=lambda s: (s.start, s.end, PRIORITY.index(s.kind)))


def agree(spans: list[Span]) -> list[Span]:
    """One name, one kind in an article: a lone word read as a person that names, or opens the
    name of, an organization of the same article is that organization ("le dirigeant de Thomson"
    beside "Thomson CSF"), unless a person's full name holds the word ("Louis Renault")."""
    organizations = [s.text for s in spans if s.kind is SpanKind.ORGANIZATION]
    if not organizations:
        return spans
    openers = {text.split()[0] for text in organizations} | set(organizations)
    names = {w for s in spans if s.kind is SpanKind.PERSON and " " in s.text for w in s.text.split()}
    return [
        replace(s, kind=SpanKind.ORGANIZATION)
        if s.kind is SpanKind.PERSON and " " not in s.text and s.text in openers and s.text not in names
        else s
        for s in spans
    ]
