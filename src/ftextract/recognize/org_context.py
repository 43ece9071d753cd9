"""Context that shows a name is an organization or a person, not the place the model saw.

- Sport: in an article about sport (match scores, words of sport reporting), a city named
  with a cue of `org_cues.tsv` is the club ("la défaite de Chelsea", "face à un Chelsea",
  "Crystal Palace 3-0", "Leicester (27 pts)"); a score on the cue's own line is evidence
  enough ("s'inclina devant Joeuf par 70-61"). The same city named as a venue ("à
  Leicester") stays a place: the cue speaks for one mention only.
- Media: a name cited as a source ("selon Elabe", "a indiqué à Blesk") is a title or an
  institute when the model took it for a place and no gazetteer knows it as one.
- Employer: a one-word name after a word of employment and "chez" ("elle travaille chez Japy")
  is the firm.
- Actor: a country or city opening its sentence as the subject of a verb of stance or speech
  ("La France a dénoncé hier", "Paris est préoccupé") names its government, an organization.
- Kinship: a one-word name right after a word of kinship ("marié à Soha", "son fils
  Adam") is a person (`person_cues.tsv`).
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span

_SCORE = re.compile(r"(?<![\w/.-])\(?\d{1,2}-\d{1,2}(?:,\s*\d{1,3}e)?\)?(?![\w/.-])")
_LINE_SCORE = re.compile(r"(?<![\w/.-])\d{1,3}-\d{1,3}(?![\w/-]|\.\d)")  # "par 70-61.", basket scores too
_POINTS = re.compile(r"\s*\(\d{1,3}\s*pts?\)")


@cache
def _cues(use: str) -> tuple[str, ...]:
    return tuple(cue for cue, kind in resources.table("org_cues.tsv", 2) if kind == use)


@cache
def _before(use: str) -> re.Pattern[str]:
    cues = sorted(_cues(use), key=len, reverse=True)
    return re.compile(r"(?:^|[\s(«\"'])(?:" + "|".join(re.escape(c) for c in cues) + r")\s*(?:un\s+|une\s+)?$", re.I)


@cache
def _after() -> re.Pattern[str]:
    cues = sorted(_cues("sport-after"), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(re.escape(c) for c in cues) + r")(?![\w-])", re.I)


@cache
def _kin() -> re.Pattern[str]:
    cues = sorted(resources.words("person_cues.tsv"), key=len, reverse=True)
    return re.compile(r"(?:^|[\s(,])(?:" + "|".join(re.escape(c) for c in cues) + r")\s*,?\s*$", re.I)


def sport_article(doc: Document) -> bool:
    """Whether the article reports sport: two match scores, or three words of sport reporting."""
    if len(_SCORE.findall(doc.norm)) >= 2:
        return True
    words = re.findall(r"[\w'-]+", doc.norm.casefold())
    sport = frozenset(_cues("sport-word"))
    return sum(w in sport for w in words) >= 3


def scored_line(doc: Document, span: Span) -> bool:
    """Whether the span's line holds a match score ("L'EBM s'inclina devant Joeuf par 70-61")."""
    line_start = doc.norm.rfind("\n", 0, span.start) + 1
    line_end = doc.norm.find("\n", span.end)
    return bool(_LINE_SCORE.search(doc.norm, line_start, len(doc.norm) if line_end == -1 else line_end))


def sport_cued(doc: Document, span: Span) -> bool:
    before = doc.norm[max(0, span.start - 40) : span.start]
    if _before("sport-before").search(before):
        return True
    after = doc.norm[span.end : span.end + 30]
    return bool(
        (_SCORE.match(after.lstrip(" "), 0) and after[:1] in " (") or _POINTS.match(after) or _after().match(after)
    )


_AUXILIARY = r"(?:(?:a|ont|avait|avaient|aurait|est|sont|était|s'est|se\s+sont|se\s+dit|se\s+montre)\s+)?"


@cache
def _actor_after() -> re.Pattern[str]:
    verbs = sorted(_cues("actor-after"), key=len, reverse=True)
    alternatives = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    quote = r"(?:[\"«“]\s*)?"  # 'Paris est "préoccupé par..."'
    return re.compile(r"\s+" + _AUXILIARY + r"(?:[a-zé]+\s+)?" + quote + r"(?:" + alternatives + r")(?![\w-])")


def actor_cued(doc: Document, span: Span) -> bool:
    """Whether the name opens its sentence (an article allowed) as the subject of a verb of stance."""
    start = span.start
    if (m := re.search(r"(?:^|\s)(?:La|Le|L'|Les)\s*$", doc.norm[max(0, start - 5) : start])) is not None:
        start -= len(m.group().lstrip())
    return doc.opens_sentence(start) and bool(_actor_after().match(doc.norm, span.end))


def employer_cued(doc: Document, span: Span) -> bool:
    return " " not in span.text and bool(
        _before("employer-before").search(doc.norm[max(0, span.start - 40) : span.start])
    )


def media_cued(doc: Document, span: Span) -> bool:
    return bool(_before("media-before").search(doc.norm[max(0, span.start - 40) : span.start]))


def kin_cued(doc: Document, span: Span) -> bool:
    return " " not in span.text and bool(_kin().search(doc.norm[max(0, span.start - 30) : span.start]))
