"""Roles: the functions and titles that appositions give a person.

Press French names a role in a few shapes, all read here around each person mention:
- before the name: "le ministre de la Ville et du Logement Olivier Klein",
  "l'épidémiologiste Roman Prymula", "son représentant légal M. Toupou Goéguai",
  and a chain of two: "le commandant des marins-pompiers, le vice-amiral Lionel Mathieu";
- after the name: "Pascal Lorne, le président d'Aix-Marseille French Tech",
  "Antony Fastier, toxicologue, ancien de l'Anses" (each comma-separated title),
  "Zakaria Shehab, 37 ans, est professeur de français", "Jean Roux (maire de Vic)",
  and a caption's "Barrêt Koivogui chef d'antenne" (the title a noun to the model);
- shared by coordination: "Foromo et Mory Koivogui, braconniers" gives both the plural title.
A role phrase starts with a head word of `role_titles.tsv` (prefixed "vice-", "ex-"... or
after "ancien") and runs to the name, or to a clause boundary: punctuation, a word of
`role_stops.tsv`, a verb the model tags (a participle: "otage libérée par"), another person.
"A et B" where B opens with a head word is two roles ("vice-Premier ministre et ministre de l'Intérieur").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import pairwise

from ftextract import resources
from ftextract.document import Document, Span, SpanKind

_MAX_WORDS = 12
_DET = r"(?:(?:le|la|les|l'|un|une|son|sa|ses|leur|leurs|notre|cet|cette|ce)\s*)?"
_DANGLING = re.compile(r"(?:\s+(?:de|du|des|d'|à|au|aux|et|le|la|les|l'|en|sur|par|pour))+$", re.IGNORECASE)
_LEFT_OK = " \t\n(«\"'"
_AGE = r"(?:\d{1,3}\s+ans\s*,\s*)?"
_COPULA = r"(?:(?:est|était|sera|devient|reste|fut)\s+)?"
_CLAUSE_POS = frozenset({"VERB", "AUX"})


@cache
def _stop_words() -> str:
    return "|".join(re.escape(w) for w in sorted(resources.words("role_stops.tsv"), key=len, reverse=True))


@cache
def _stop_after() -> re.Pattern[str]:
    """Where a role phrase ends: clause punctuation, or a verb or pronoun that opens a clause."""
    return re.compile(r"[,;:.!?()\[\]«»\"\n]|\s(?:" + _stop_words() + r")(?=[\s,.])", re.IGNORECASE)


@cache
def _heads() -> str:
    heads = sorted(resources.words("role_titles.tsv"), key=len, reverse=True)
    return "|".join(re.escape(h) for h in heads)


@cache
def head() -> re.Pattern[str]:
    """Any role head word ("ministre", "vice-président", "ancien ministre", "braconniers"), as a whole word."""
    return re.compile(
        r"(?:(?:vice|ex|co|sous|vice-premier|ex-premier)-)?(?:(?:ancien|ancienne|ex|futur|future)[\s-]+)?"
        r"(?:" + _heads() + r")(?P<plural>s|x)?(?![\w-])",
        re.IGNORECASE,
    )


@cache
def _head_after_space() -> re.Pattern[str]:
    """`head()` where a role may begin: at the start of the text searched, or after a _LEFT_OK character.

    The lookbehind lets the regex engine skip mid-word positions at once, where `head()` alone
    tries its whole alternation of titles at every character.
    """
    left = "".join(re.escape(c) for c in _LEFT_OK)
    return re.compile(rf"(?:^|(?<=[{left}])){head().pattern}", re.IGNORECASE)


@cache
def _honorific_end() -> re.Pattern[str]:
    forms = sorted(resources.words("honorifics.tsv"), key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(f) for f in forms) + r")\s*$")


@cache
def _and_head() -> re.Pattern[str]:
    return re.compile(r"\s+et\s+" + _DET + r"(?=(?:" + _heads() + r")(?![\w-]))", re.IGNORECASE)


def _pos_at(doc: Document) -> dict[int, str]:
    return {t.start: t.pos for t in doc.tokens}


def _clause_verb(doc: Document, pos: dict[int, str], start: int, end: int) -> int:
    """Start of the first verb the model tags in [start, end) that is not itself a head word, else end."""
    for i in range(bisect_left(doc.tokens, start, key=lambda t: t.start), len(doc.tokens)):
        t = doc.tokens[i]
        if t.start >= end:
            break
        if pos.get(t.start) in _CLAUSE_POS and not head().fullmatch(doc.norm, t.start, t.end):
            return t.start
    return end


def _phrase_end(doc: Document, pos: dict[int, str], start: int, limit: int) -> int:
    """End of a role phrase starting at a head word at `start`, within [start, limit)."""
    title = head().match(doc.norm, start)
    after = title.end() if title else start
    stop = _stop_after().search(doc.norm, after, limit)
    end = stop.start() if stop else limit
    end = _clause_verb(doc, pos, after, end)
    phrase = _DANGLING.sub("", doc.norm[start:end].rstrip(" '-"))
    if len(phrase.split()) > _MAX_WORDS and (cut := re.search(r"\s+et\s+", phrase)):
        phrase = phrase[: cut.start()]
    if len(phrase.split()) > _MAX_WORDS:
        return start
    return start + len(phrase)


def _split(doc: Document, start: int, end: int, rule: str) -> list[Span]:
    """One span per role of "A et B" when B opens with a head word; otherwise the whole phrase."""
    out, left = [], start
    for m in _and_head().finditer(doc.norm, start, end):
        out.append(doc.span(left, m.start(), SpanKind.ROLE, rule))
        left = m.end()
    out.append(doc.span(left, end, SpanKind.ROLE, rule))
    return out


def _role_ending_at(doc: Document, pos: dict[int, str], end: int, others: list[Span], blocked: int) -> int | None:
    """Start of the earliest role phrase that runs up to `end` with no clause boundary inside."""
    line_start = doc.norm.rfind("\n", 0, end) + 1
    window_start = max(line_start, end - 120, blocked)
    window = doc.norm[window_start:end]
    for found in _head_after_space().finditer(window):
        start, stop = found.start() + window_start, found.end() + window_start
        if doc.norm[start - 1 : start] == "'" and not re.search(
            r"(?:^|\s)[ld]'$", doc.norm[start - 3 : start], re.IGNORECASE
        ):
            continue
        rest = doc.norm[stop:end]
        if len(doc.norm[start:end].split()) > _MAX_WORDS or _stop_after().search(f" {rest} "):
            continue
        if any(start < o.end and o.start < end for o in others):
            continue
        if _clause_verb(doc, pos, stop, end) < end:
            continue
        return start
    return None


def _before(doc: Document, person: Span, others: list[Span], pos: dict[int, str]) -> list[Span]:
    """'[le] TITLE ... [,] [M.] Name', and one more title chained before it by a comma."""
    left = doc.norm[: person.start]
    if h := _honorific_end().search(left, max(0, person.start - 16)):
        left = left[: h.start()]
    end = len(left.rstrip(" ,"))
    limit = max((o.end for o in others if o.end <= person.start), default=0)
    start = _role_ending_at(doc, pos, end, others, limit)
    if start is None:
        return []
    found = _split(doc, start, end, "roles:before-name")
    chain = re.search(r",\s*" + _DET + r"$", doc.norm[max(0, start - 12) : start], re.IGNORECASE)
    if chain:
        chain_end = start - len(chain.group(0))
        earlier = _role_ending_at(doc, pos, chain_end, others, limit)
        if earlier is not None and chain_end > earlier:
            found = _split(doc, earlier, chain_end, "roles:before-name") + found
    return found


_AFTER = re.compile(r"(?:\s*,\s*" + _AGE + _COPULA + r"|\s*\(\s*)" + _DET, re.IGNORECASE)
_BARE = re.compile(r"[ \t]+(?:(?:est|était|devient|reste)\s+" + _DET + r")?", re.IGNORECASE)


def _after(doc: Document, person: Span, others: list[Span], pos: dict[int, str]) -> list[Span]:
    """'Name, [le] TITLE ...' (and a second title after another comma), 'Name (TITLE)', 'Name TITLE' in captions."""
    limit = min((o.start for o in others if o.start >= person.end), default=len(doc.norm))
    found: list[Span] = []
    at = person.end
    for _ in range(2):
        m = _AFTER.match(doc.norm, at)
        bare = not found and not m and _BARE.match(doc.norm, at)
        opener = m or bare
        if not opener:
            break
        title = head().match(doc.norm, opener.end())
        if not title or title.start() >= limit:
            break
        if bare and pos.get(title.start()) != "NOUN":
            break
        end = _phrase_end(doc, pos, title.start(), limit)
        if end <= title.start():
            break
        found += _split(doc, title.start(), end, "roles:apposition")
        at = end
    return found


def _plural(span: Span) -> bool:
    m = head().match(span.text)
    return bool(m and m.group("plural"))


def find(doc: Document, people: list[Span]) -> dict[Span, list[Span]]:
    """Role spans for each person mention that has one, in text order."""
    pos = _pos_at(doc)
    ordered = sorted(people, key=lambda p: p.start)
    roles: dict[Span, list[Span]] = {}
    for person in ordered:
        others = [o for o in ordered if o is not person]
        found = _before(doc, person, others, pos) + _after(doc, person, others, pos)
        if found:
            roles[person] = found
    for person, following in pairwise(ordered):
        joined = re.fullmatch(r"\s+et\s+", doc.norm[person.end : following.start])
        if joined and person not in roles and (shared := [r for r in roles.get(following, []) if _plural(r)]):
            roles[person] = shared
    return roles
