"""Places the model missed, from the generated gazetteer `places.tsv`.

The model overlooks well-known places in some contexts ("aux Pays-Bas", "aux
Etats-Unis"). Capitalised word sequences of the text are looked up, longest
first, against continents, countries, French regions and départements and
cities (case, accents and separators ignored), and the towns and villages of
communes.tsv whose names are written with hyphens ("Void-Vacon") or that follow a settlement
noun or a local service and "de" ("la commune de Marbache", "la gendarmerie de Mirecourt",
where the model often sees nothing). A match is kept only where the
model saw no person, place or organization (or only pieces of it: "Maine" and "Loire" of
"Maine et Loire"), where it stands alone (no
capitalised word glued before or after it: "Jean Nancy", "Paris Saint-Germain")
and, for one word, where the model reads a proper noun rather than a common word
("Tours", "Orange"); a country, region or département amid a sentence may be read as a common
noun ("la plaine des Vosges"), since none is written as one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.normalize import fold
from ftextract.recognize import org_context

_WORD = re.compile(r"\w+")
_NAMED = frozenset({"PER", "LOC", "ORG"})
_PROPER = frozenset({"PROPN", "X", ""})
TERRITORIES = frozenset({"continent", "country", "region", "department"})


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """Comparable form of a place name: folded, every run of separators one space, "œ" as "oe".
    Memoized: the gazetteer asks for the key of every capitalised word of every article."""
    return " ".join(_WORD.findall(fold(text).replace("œ", "oe").replace("æ", "ae")))


@cache
def places() -> dict[str, str]:
    """Folded name -> kind (continent, country, region, department, city)."""
    return {key(name): kind for name, kind in resources.table("places.tsv", 2)}


@cache
def _communes() -> frozenset[str]:
    return frozenset(key(name) for name in resources.words("communes.tsv"))


def commune(text: str) -> bool:
    """Whether the name is a town or village of communes.tsv ("Jœuf", "Marbache"): evidence for a
    place where the model hesitates, never a place by itself (many are words or surnames)."""
    return key(text) in _communes()


def settlement(text: str) -> bool:
    """Whether the name is a town or a city ("Fresnes", "Taipei"), not a country or a region."""
    return commune(text) or places().get(key(text)) == "city"


_ARTICLE_LED = re.compile(r"(?:L'|Le |La |Les )(\w.*-.*)")


@cache
def _compound_communes() -> dict[str, str]:
    """Folded name -> name of the towns and villages written with hyphens ("Void-Vacon",
    "L'Isle-sur-le-Doubs"): a shape no common word or person has, so the gazetteer may find them."""
    names = [n for n in resources.words("communes.tsv") if "-" in n]
    bare = [m.group(1) for n in names if (m := _ARTICLE_LED.match(n))]  # "de l'Isle-sur-le-Doubs"
    return {key(name): name for name in [*names, *bare]}


@cache
def _capitals() -> dict[str, tuple[bool, ...]]:
    """Folded name -> which of its words are capitalised ("La Défense" is not "la défense")."""
    names = [name for name, _ in resources.table("places.tsv", 2)] + list(_compound_communes().values())
    return {key(name): tuple(w[0].isupper() for w in _WORD.findall(name)) for name in names}


_CONNECTOR_AFTER = re.compile(r"\s+(?:de\s+la|de\s+l'|du|des|de|d')\s*")
_CONNECTOR = re.compile(r"(?:\s+(?:de|du|des|d'|l'|la|le|les)\s*)+$", re.IGNORECASE)


@cache
def place_nouns(*kinds: str) -> str:
    """The nouns of place_nouns.tsv of these kinds (settlement, street, site, feature), as a regex alternation."""
    nouns = sorted((n for n, k in resources.table("place_nouns.tsv", 2) if k in kinds), key=len, reverse=True)
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)


@cache
def _starts() -> dict[str, int]:
    """First word of a place name -> the most words a name starting with it has."""
    longest: dict[str, int] = {}
    for name in [*places(), *_compound_communes()]:
        words = name.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def _glued(doc: Document, words: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether a capitalised word touches [i, j] across one space, or a hyphen ends the word before it
    ("L'Isle-sur-le-Doubs"): the match is part of a longer name."""
    if doc.norm[words[i].start() - 1 : words[i].start()] == "-":
        return True
    if (m := _CONNECTOR.search(doc.norm, max(0, words[i].start() - 20), words[i].start())) and i > 0:
        before = doc.norm[: m.start()].rsplit(None, 1)[-1:] or [""]
        if before[0][:1].isupper():
            return True  # "Nord de l'Afrique", "Coupe d'Afrique des nations"
    if i > 0:
        prev = words[i - 1]
        gap = doc.norm[prev.end() : words[i].start()]
        if gap == " " and prev.group()[0].isupper() and prev.group().casefold() not in resources.function_words():
            return True
    if (m := _CONNECTOR_AFTER.match(doc.norm, words[j].end())) and doc.norm[m.end() : m.end() + 1].isupper():
        return True  # "Afrique des Nations", "Nord de l'Afrique"
    if j + 1 < len(words):
        nxt = words[j + 1]
        if doc.norm[words[j].end() : nxt.start()] in (" ", "-") and nxt.group()[0].isupper():
            return True
    return False


def _territory_noun(doc: Document, start: int, found: str, pos: dict[int, str]) -> bool:
    """A country, region or département amid a sentence that the tagger read as a common noun
    ("la plaine des Vosges", "les Landes"): no common word is written so, unlike a city ("Tours")."""
    return pos.get(start) == "NOUN" and places().get(found) in TERRITORIES and not doc.opens_sentence(start)


@cache
def _settlement_before() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{place_nouns('settlement', 'seat')})\s+(?:de\s+|d')$", re.IGNORECASE)


def after_settlement_noun(doc: Document, start: int) -> bool:
    """Whether a settlement noun and "de" stand right before `start` ("la localité de ", "la
    gendarmerie de "): the name after them is a town, whoever else bears it."""
    return _settlement_before().search(doc.norm, max(0, start - 30), start) is not None


def find(doc: Document) -> list[Span]:
    table = places()
    words = list(_WORD.finditer(doc.norm))
    taken = [(e.start, e.end) for e in doc.ents if e.label in _NAMED]
    pos = {t.start: t.pos for t in doc.tokens}
    spans: list[Span] = []
    i = 0
    while i < len(words):
        first = words[i].group()
        if not first[0].isupper() or (first.isupper() and len(first) > 3):
            i += 1
            continue
        longest = _starts().get(key(first), 0) or int(key(first) in _communes())  # most start no place name
        for n in range(min(longest, len(words) - i), 0, -1):
            j = i + n - 1
            start, end = words[i].start(), words[j].end()
            found = key(doc.norm[start:end])
            compound = found not in table and found in _compound_communes() and "-" in doc.norm[start:end]
            settled = n == 1 and found not in table and found in _communes() and after_settlement_noun(doc, start)
            if "\n" in doc.norm[start:end] or (found not in table and not compound and not settled):
                continue
            if any(
                cap and not w.group()[0].isupper()
                for cap, w in zip(_capitals().get(found, (True,)), words[i : j + 1], strict=False)
            ):
                continue
            overlapped = [(s, e) for s, e in taken if start < e and s < end]
            # the model may cut a name in pieces ("Maine" and "Loire" of "Maine et Loire"): the whole wins
            pieces = overlapped and all(start <= s and e <= end and e - s < end - start for s, e in overlapped)
            if (overlapped and not pieces) or _glued(doc, words, i, j):
                break
            if n == 1 and pos.get(start, "") not in _PROPER and not _territory_noun(doc, start, found, pos):
                break
            spans.append(doc.span(start, end, SpanKind.PLACE, f"gazetteer:{table.get(found, 'commune')}"))
            i = j
            break
        i += 1
    spans = [s for s in spans if org_context.portfolio_cue(doc, s) != ""]  # "le ministre de la Défense"
    if spans and org_context.sport_article(doc):  # a city named as a club ("la défaite de Toulouse")
        spans = [
            replace(s, kind=SpanKind.ORGANIZATION, rule="gazetteer:club")
            if s.rule == "gazetteer:city" and org_context.sport_cued(doc, s)
            else s
            for s in spans
        ]
    return spans
