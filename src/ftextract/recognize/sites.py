"""Named streets and sites: a place noun and the name it opens ("place Cuvier", "rue de Tivoli",
"église Notre-Dame", "salle du Parc", "col du Tourmalet").

The model tags the name alone, often as a person ("Cuvier", "Jean-Mathieu"), or not at all.
A noun of `place_nouns.tsv` written in lower case and followed, on its line, by a capitalised
name makes one place that starts with the noun, as gazetteers and annotators write them. The
name runs over capitalised words joined by spaces, hyphens or connectors (de, du, des, de la,
d'). How the noun and the name may be joined depends on the noun's kind: a street or a
landmark (a relief, a sea, a site named after its town) takes any connector ("rue de Tivoli",
"col de la Schlucht", "mer de Chine"), but a landmark "de" a town is the town's ("le centre
pénitentiaire de Fresnes", "la baie de Taipei": Fresnes, Taipei, as Sequoia's annotators of
L'Est Républicain mark "le centre hospitalier de Belfort"); a site (a building or venue) takes its
name directly or after "du" or "des" ("église Notre-Dame", "salle du Parc"),
since "l'église de Vignot" is the church of Vignot, whose place is Vignot; for the same
reason a site's name stops before "de" and another name ("église Notre-Dame de Void-Vacon"),
and an acronym after "du" or "des" is the body that owns the site ("la salle du COSEC", "le
gymnase du CREPS"): an organization, not the site's name.
A street noun before "de" and a person the model saw is no street ("la place de Dupont").
A city's numbered district is a place too ("le 3e arrondissement").
"""

from __future__ import annotations

import re
from functools import cache

from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import gazetteer

_WORD = r"[A-ZÀ-Þ][\w'-]*"
_ARTICLE = r"(?:du[ \t]+|des[ \t]+)"  # "de la", "de l'" often open a town's name ("de L'Isle-sur-le-Doubs")
_ANY = r"(?:de[ \t]+la[ \t]+|de[ \t]+l'|du[ \t]+|des[ \t]+|de[ \t]+|d')"  # on one line, as all of a name
_TRAILING = re.compile(r"(?:\s+(?:de\s+la|de\s+l'|du|des|de|d'))?\s*$")


@cache
def _pattern() -> re.Pattern[str]:
    open_ = gazetteer.place_nouns("street", "landmark")
    site = gazetteer.place_nouns("site")
    name = rf"{_WORD}(?:(?:[ \t]+|-){_WORD})*"
    joined = rf"{name}(?:[ \t]+{_ANY}{name}){{0,3}}"  # "avenue du Général de Gaulle"
    return re.compile(
        rf"(?<![\w-])(?:(?P<open>{open_})[ \t]+(?P<link>{_ANY})?(?P<joined>{joined})"
        rf"|(?P<site>{site})[ \t]+{_ARTICLE}?(?P<name>{name}(?:[ \t]+{_ARTICLE}{name})*))"
    )


@cache
def _landmark() -> re.Pattern[str]:
    return re.compile(gazetteer.place_nouns("landmark"), re.IGNORECASE)


@cache
def _led() -> re.Pattern[str]:
    street, landmark = gazetteer.place_nouns("street"), gazetteer.place_nouns("landmark")
    site = gazetteer.place_nouns("site")
    return re.compile(
        rf"(?:(?i:{street})\s+(?:{_ANY})?|(?i:{landmark})\s+(?P<link>{_ANY})?|(?i:{site})\s+{_ARTICLE}?)(?=[A-ZÀ-Þ])"
    )


def led(text: str) -> bool:
    """Whether a name opens with a street or site noun joined as `find` joins them ("salle
    Jean-Mathieu", "col de la Schlucht"): a place, whatever the model said. A site or a landmark
    "de" a town is the town's ("l'aéroport de Villacoublay", "la baie de Taipei")."""
    m = _led().match(text)
    if m and _owner(text[m.start() : m.end()], text[m.end() :]):
        return False
    return bool(m) and not (_bare(m.group("link")) and gazetteer.settlement(text[m.end() :]))


_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,5}")


def _owner(noun_and_link: str, name: str) -> bool:
    """Whether the name after a site noun and "du"/"des" is an acronym, the body owning the site."""
    return bool(re.search(r"\s(?:du|des)\s*$", noun_and_link)) and bool(_ACRONYM.fullmatch(name.strip()))


def _bare(link: str | None) -> bool:
    return (link or "").strip() in ("de", "d'")


def pieces(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """A model span that opens with a street or site noun, as the places it names: the site as
    `find` reads it, and the name after it ("église Notre-Dame" and "Void-Vacon")."""
    m = _pattern().match(doc.norm, start, end)
    if not m or m.end() >= end:
        return [(start, end)]
    rest = re.match(rf"\s+{_ANY}", doc.norm[m.end() : end])
    after = m.end() + rest.end() if rest else end
    if after < end and doc.norm[after].isupper():
        return [(start, m.end()), (after, end)]
    return [(start, end)]


def _person_after(doc: Document, start: int, end: int) -> int | None:
    """Start of a person the model saw inside the name after its first word, else None."""
    return min((e.start for e in doc.ents if e.label == "PER" and start < e.start < end), default=None)


@cache
def _district() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])\d{{1,2}}(?:e|er|ème)[ \t]+(?:{gazetteer.place_nouns('district')})(?![\w-])")


def find(doc: Document) -> list[Span]:
    spans = [doc.span(m.start(), m.end(), SpanKind.PLACE, "sites:district") for m in _district().finditer(doc.norm)]
    for m in _pattern().finditer(doc.norm):
        street = bool(m.group("open"))
        name_start = m.start("joined") if street else m.start("name")
        bare = (m.group("link") or "").strip() in ("de", "d'")
        if street and bare and any(e.label == "PER" and e.start == name_start for e in doc.ents):
            continue  # "la place de Dupont au gouvernement"
        end = m.end()
        if not street and _owner(doc.norm[m.start() : name_start], m.group("name")):
            continue  # "la salle du COSEC": the COSEC owns the hall
        if street and bare and _landmark().fullmatch(m.group("open")) and gazetteer.settlement(m.group("joined")):
            spans.append(doc.span(name_start, end, SpanKind.PLACE, "sites:town"))  # "la baie de Taipei"
            continue
        first_word_end = doc.norm.find(" ", name_start, end)
        if first_word_end != -1 and (cut := _person_after(doc, first_word_end, end)) is not None:
            end = name_start + len(_TRAILING.sub("", doc.norm[name_start:cut]))
        spans.append(doc.span(m.start(), end, SpanKind.PLACE, "sites:street" if street else "sites:site"))
    return spans
