"""Where a long organization name ends, when its words are common nouns and adjectives.

French associations, federations and unions are named in lower case after their head:
"Union nationale des orphelins de déportés et fusillés", "Association nationale des anciens
combattants de la Résistance". The model stops early, often on a connector ("... combattants
de la"). After a name that opens with an organization head, the tail runs over groups of
connectors (de, du, des, d', de la, de l', aux, pour, et) each closed by nouns, adjectives or
proper nouns, on the same line, and over an enumeration that "et" closes ("des déportés,
internés, résistants et patriotes"); it stops at anything else: a verb (also one the model
read as an adjective, since a determiner follows it: "ferme le samedi"), a determiner ("et les
élus"), a number, a weekday or month, punctuation, a person the model saw.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract.document import Document
from ftextract.recognize import gazetteer

_LINKS = frozenset({"de", "du", "des", "d'", "la", "l'", "aux", "pour", "et"})
_ARTICLES = frozenset({"la", "l'"})  # links only after "de": "de la Résistance", not "et la"
_WORDS = frozenset({"NOUN", "ADJ", "PROPN"})
_CONTRACTIONS = frozenset({"des", "du"})
_MOST = 16  # tokens: a name, not a clause


def _verb_with_object(doc: Document, k: int) -> bool:
    """Whether a word the model read as a noun or adjective is a verb, since a determiner follows it
    ("la Caisse de la Moselle ferme le samedi"); "des" and "du" link a name's words instead."""
    if k >= len(doc.tokens) or doc.tokens[k].pos != "DET":
        return False
    return doc.norm[doc.tokens[k].start : doc.tokens[k].end].casefold() not in _CONTRACTIONS


@cache
def _units() -> re.Pattern[str]:
    return re.compile(gazetteer.place_nouns("settlement"))


@cache
def _unit_at_end() -> re.Pattern[str]:
    units = gazetteer.place_nouns("settlement")
    return re.compile(r"\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*(?:" + units + r")$", re.IGNORECASE)


def without_unit(doc: Document, start: int, end: int) -> int:
    """The end of a name the model closed on a territory's common noun, without it: "l'Education
    nationale de la circonscription" names the "Education nationale"."""
    m = _unit_at_end().search(doc.norm, start, end)
    return m.start() if m else end


def _unit(word: str) -> bool:
    """A territory's common noun closes no name: "l'Education nationale de la circonscription" is
    "Education nationale"; a name after it still does ("du canton de Mirecourt")."""
    return _units().fullmatch(word) is not None


def end(doc: Document, start: int, end: int, calendar: frozenset[str]) -> int:
    """The end of the name [start, end) once its lower-case tail is taken, never before `end`."""
    first, k = doc.token_index(start), doc.token_index(end)
    tokens = doc.tokens
    inside = [t for t in tokens[first:k] if t.end <= end]
    # a name the model ended on a connector ("... de la") resumes from that connector
    while inside and doc.norm[inside[-1].start : inside[-1].end].casefold() in _LINKS:
        k -= 1
        end = inside.pop().start
    people = {e.start for e in doc.ents if e.label == "PER"}
    best, at, previous, words = end, end, "", 1  # the name so far ends on a word
    listing = False  # inside "déportés, internés, résistants et patriotes": taken once "et" closes it
    for n, t in enumerate(tokens[k : k + _MOST], start=k):
        gap = doc.norm[at : t.start]
        folded = doc.norm[t.start : t.end].casefold()
        if "\n" in gap or (gap.strip() and not (folded == "," or previous == ",")) or t.start in people:
            break
        if folded == "," and words and t.start == at:
            listing, words = True, 0
        elif folded in _LINKS and (folded not in _ARTICLES or previous == "de") and previous not in _LINKS - {"de"}:
            words = 0
        elif (
            t.pos in _WORDS
            and folded not in calendar
            and (previous in _LINKS or previous == "," or words)
            and not _verb_with_object(doc, n + 1)
        ):
            words += 1
            if (not listing or previous == "et") and not _unit(folded):
                best, listing = t.end, False
        else:
            break
        previous, at = folded, t.end
    return best
