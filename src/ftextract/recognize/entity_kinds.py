"""Settle what kind of entity each model span is, from rules the model cannot see.

- A place or organization span that starts with a role title ("ministre de la
  Santé", "Secrétaire d'Etat au") names a function, not an entity.
- A one-word span that is a common noun, verb or adjective at the start of a
  sentence is a capitalised word, not a name; a road number ("A36", "RD192") and an
  inhabitant noun after an article ("les jeunes Maxévillois") name no place; so is a generic institutional
  noun alone ("Etat", "Ville") and a plural group after a plural determiner
  ("les Tchèques").
- A name that starts with an organization head word ("Région Sud", "Ville de
  Marseille", "Fédération togolaise de football"), holds a legal form or an
  organization word ("Devisubox SAS", "Aix-Marseille French Tech"), or is an
  acronym in capitals ("CCIMP"), is an organization, not a place.
- A name after an honorific ("M. Petit") or before an age ("Fadi (5 ans)") is
  a person, and so is a word of a person's full name seen alone ("Shehab"), and
  a name shaped like a person's right after a role and a comma ("le président
  de la Fondation, Ties van der Meer").
- A continent, country, French region or département of the gazetteer named
  alone is a place, not an organization ("Europe"); "Région Sud" keeps its head.
  So is a one-word name right after "à" ("existe à Vignot"; not a kin: "marié à
  Soha"), and a commune's compound name ("Sorcy-Saint-Martin", "Bouxières-aux-Dames").
- The same name gets the same kind throughout the article: a full name the
  model once calls a person is a person; otherwise the majority of its
  mentions decides, and on a tie the first mention does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import gazetteer, org_context, roles

_COMMON_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PRON", "DET", "ADP", "AUX"})
_PLURAL_DET = re.compile(r"(?:^|\s)(?:les|des|aux|ces|nos|vos|leurs)\s+$", re.IGNORECASE)
_LEAD = re.compile(r"(?:l'|la\s+|le\s+|les\s+)", re.IGNORECASE)


@cache
def _generic() -> frozenset[str]:
    return frozenset(w.casefold() for w in resources.words("generic_nouns.tsv"))


def common_word(word: str) -> bool:
    """A capitalised word that is no part of a name: a function word or a generic noun ("Sud")."""
    folded = word.casefold()
    return folded in _generic() or folded in resources.function_words()


@cache
def public_body_forms() -> frozenset[str]:
    """The names of public_bodies.tsv as listed and in capitals ("Urssaf", "URSSAF"), never in
    other cases: "Steven Chu" holds no CHU."""
    names = resources.words("public_bodies.tsv")
    return frozenset(names) | {n.upper() for n in names}


def public_body(word: str) -> bool:
    """Whether the word is a public body's name ("Sdis", "Urssaf"; public_bodies.tsv)."""
    return word in public_body_forms()


@cache
def org_head() -> re.Pattern[str]:
    """An organization head (any case) or a public body (as listed or in capitals), whole."""
    heads = sorted(resources.words("organization_heads.tsv"), key=len, reverse=True)
    bodies = sorted(public_body_forms(), key=len, reverse=True)
    any_case = "|".join(re.escape(h) for h in heads)
    return re.compile(r"(?:(?i:" + any_case + r")|" + "|".join(re.escape(b) for b in bodies) + r")(?![\w-])")


_AGE_AFTER = re.compile(r"\s*[(,]\s*\d{1,3}\s+ans\b")


@cache
def _honorific_before() -> re.Pattern[str]:
    forms = sorted(resources.words("honorifics.tsv"), key=len, reverse=True)
    return re.compile(r"(?:^|[\s(«\"'])(?:" + "|".join(re.escape(f) for f in forms) + r")\s+$")


def _after_honorific(doc: Document, start: int) -> bool:
    return bool(_honorific_before().search(doc.norm[max(0, start - 16) : start]))


@cache
def org_word() -> re.Pattern[str]:
    """The words of organization_words.tsv, whole; one written in capitals ("SA", "FC") only in
    capitals, so that "sa" in a name is no legal form."""
    words = sorted(resources.words("organization_words.tsv"), key=len, reverse=True)
    forms = [re.escape(w) if w.isupper() else f"(?i:{re.escape(w)})" for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")(?![\w-])")


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(resources.words("event_nouns.tsv"))


def event_title(text: str) -> bool:
    """Whether a name is an event's title, opened by a noun of event_nouns.tsv ("Festival
    international de géographie de Saint-Dié", "Foire de Champagne")."""
    first, _, rest = text.partition(" ")
    if not rest or not first[:1].isupper() or first.casefold() not in _event_nouns():
        return False
    return gazetteer.key(text) not in gazetteer.places() and not gazetteer.commune(text)  # "Salon de Provence"


@cache
def _after_event_noun() -> re.Pattern[str]:
    nouns = "|".join(sorted(map(re.escape, _event_nouns()), key=len, reverse=True))
    name = r"[A-ZÀ-Þ][\w'’-]*(?:[ \t]+[A-ZÀ-Þ][\w'’-]*)*"
    return re.compile(r"(?<![\w-])(?:" + nouns + r")[ \t]+(" + name + r")")


def event_names(doc: Document) -> frozenset[str]:
    """Names the article writes right after an event noun ("le festival Apollonies"): the event's
    title there, and wherever else the article writes it alone ("Apollonies." as a headline). A
    known town stays a town ("le rallye Monte-Carlo")."""
    names = (m.group(1) for m in _after_event_noun().finditer(doc.norm))
    return frozenset(n for n in names if gazetteer.key(n) not in gazetteer.places() and not gazetteer.commune(n))


@cache
def _club_prefixes() -> dict[str, str]:
    return dict(resources.table("club_prefixes.tsv", 2))


@cache
def _club_sports() -> frozenset[str]:
    return frozenset(resources.words("club_sports.tsv"))


def club_sport(word: str) -> bool:
    """Whether the word is a sport that closes a club's name, capitalised ("Handball"; club_sports.tsv)."""
    return word in _club_sports()


def _club(text: str) -> bool:
    """A name a club's abbreviation opens ("AS Nancy-Lorraine", "US Toul": a town after "US"),
    or that a sport closes ("Saint-Dié Vosges Basket")."""
    prefix, _, rest = text.partition(" ")
    if rest and club_sport(text.rsplit(" ", 1)[1]):
        return True
    needs = _club_prefixes().get(prefix)
    if needs is None or not rest[:1].isupper():
        return False
    return needs == "name" or gazetteer.settlement(rest)


@cache
def _member_nouns() -> frozenset[str]:
    return frozenset(resources.words("member_nouns.tsv"))


def group_name(text: str) -> bool:
    """A name led by a plural noun of members names their association: "Jardiniers de France",
    "Amis du vieux Toul", "Chasseurs d'Afrique" (member_nouns.tsv); the noun alone names nobody."""
    first, _, rest = text.partition(" ")
    return bool(rest) and first in _member_nouns()


_ACRONYM_LED = re.compile(r"[A-Z]{2,}-[A-ZÀ-Þ][\w-]+")


# "La Barisienne", "L'Alsacienne": a capitalised article and an inhabitant adjective in the
# feminine name a club or a society (la gaule "La Barisienne"), not a town
_SOCIETY = re.compile(r"(?:La |L')[A-ZÀ-Þ][a-zà-ÿ-]+(?:ienne|éenne|aise|oise|aine)")


def _organization_shape(span: Span) -> bool:
    text = span.text
    if group_name(text):
        return True
    if _SOCIETY.fullmatch(text) and gazetteer.key(text) not in gazetteer.places() and not gazetteer.commune(text):
        return True
    if org_head().match(text) and not _LEAD.match(text):
        return True
    if _club(text):
        return True
    if " " not in text:
        return (len(text) >= 3 and text.isupper() and text.isalpha()) or bool(_ACRONYM_LED.fullmatch(text))
    return bool(org_word().search(text))


def _sentence_initial(doc: Document, start: int) -> bool:
    return doc.opens_sentence(start) and not _after_honorific(doc, start)


_ROLE_COMMA = re.compile(r"(?:^|\s)(?:le|la|l')\s*([^,.;:!?()\n]{2,90}),\s*$", re.IGNORECASE)
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'.-]*|van|von|der|den|de|du|da|dos|ben|bin|el|al|le|la|di")


def _after_role(doc: Document, span: Span) -> bool:
    words = span.text.split()
    if not 2 <= len(words) <= 5 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    m = _ROLE_COMMA.search(doc.norm[max(0, span.start - 100) : span.start])
    return bool(m and roles.head().match(m.group(1)))


_WORD_BEFORE = re.compile(r"([\w'-]+)[ \t]+$")


def _title_before(doc: Document, span: Span) -> bool:
    """A title right before the name: "le colonel Mazères", "le juge Pons" (both villages too)."""
    m = _WORD_BEFORE.search(doc.norm, max(0, span.start - 30), span.start)
    return bool(m) and _title_word(m.group(1))


def _person_cue(doc: Document, span: Span) -> bool:
    return (
        _after_honorific(doc, span.start)
        or bool(_AGE_AFTER.match(doc.norm, span.end))
        or _after_role(doc, span)
        or (gazetteer.key(span.text) not in gazetteer.places() and org_context.kin_cued(doc, span))
    )


_DEMONYM = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ-]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|yen|yenne|éen|éenne|and|ande|an|ane|ate|ote|in|ine)s?"
)
# an article, and perhaps one adjective: "les Marseillais", "l'Uruguayen", "les jeunes Maxévillois"
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:le|la|les|l'|un|une|des|du|au|aux)\s*(?:([a-zà-ÿ]+)\s+)?$", re.IGNORECASE)


# endings that many proper names of places share with inhabitants ("le Kremlin", "le Rhin", "le
# Morvan" against "le Catalan", "l'Argentin"): the model's noun reading must show the inhabitant
_SHARED_ENDING = re.compile(r".*(?<!a|e)(?:an|ane|ate|ote|in|ine)")
# a preposition of place before the article: "dans le Beaujolais", "vers le Vexin"
_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:dans|vers|sur|sous|à travers|traverse|traversant|remonte|descend)\s+(?:le|la|les|l')\s*$", re.I
)
# a plural no town's name takes: "entre Lorrains", "huit Américains", "trois Allemands", "les Normands"
_PLURAL_DEMONYM = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ-]+(?:ain|aine|ien|ienne|yen|yenne|éen|éenne|and|ande)s")


def _demonym(doc: Document, span: Span) -> bool:
    """A nationality or inhabitant noun after an article ("le Portugais", "les Marseillais"), or
    in a plural of its own ("rencontre entre Lorrains"), names no place; after an article and a
    title it is a surname ("le colonel Pétain", "le docteur Martin"). A name the model reads as
    proper with an ending places share ("le Kremlin", "le Morvan"), or after a preposition of
    place ("dans le Beaujolais"), is the place."""
    if span.kind not in (SpanKind.PLACE, SpanKind.PERSON) or _DEMONYM.fullmatch(span.text) is None:
        return False
    if gazetteer.key(span.text) in gazetteer.places() or gazetteer.commune(span.text):
        return False  # "Amiens", "Valenciennes"
    if _PLURAL_DEMONYM.fullmatch(span.text):
        return True
    if _SHARED_ENDING.fullmatch(span.text) and doc.pos_at(span.start) != "NOUN":
        return False  # "le porte-parole du Kremlin", "le Rhin", "le Cotentin"
    if _LOCATIVE_BEFORE.search(doc.norm[max(0, span.start - 16) : span.start]):
        return False  # "ses vacances dans le Beaujolais"
    m = _ARTICLE_BEFORE.search(doc.norm[max(0, span.start - 16) : span.start])
    return bool(m) and not (m.group(1) and _title_word(m.group(1)))  # "le colonel Pétain"


def _title_word(word: str) -> bool:
    return bool(roles.head().fullmatch(word)) or word.capitalize() in resources.words("honorifics.tsv")


@cache
def _road() -> re.Pattern[str]:
    return re.compile(r"(?:" + gazetteer.place_nouns("road-code") + r")\s?-?\d{1,4}[a-z]?")


def _road_code(span: Span) -> bool:
    """A road number ("A36", "RD192", "N1") names a road, which the record does not list as a place."""
    return span.kind is SpanKind.PLACE and _road().fullmatch(span.text) is not None


_PLACE_AFTER = re.compile(r"\s+où\s|\s*\([A-Z]{2}\)")


# a commune's compound name: "Bouxières-aux-Dames", "Sorcy-Saint-Martin", "Isle-sur-le-Doubs"
_COMMUNE = re.compile(
    r"[A-ZÀ-Þ][\w']+(?:-[\w']+)*-(?i:sur|sous|lès|lez|en|aux|au|devant|Saint|Sainte|le|la|les)-[\w'-]+"
)


def _place_cue(doc: Document, span: Span) -> bool:
    """A name after "la localité de", or after "à" and before "où" or a canton code ("à Domdidier (FR)"),
    or shaped as a commune's compound name ("Sorcy-Saint-Martin")."""
    if span.kind is SpanKind.PLACE or _after_honorific(doc, span.start):
        return False
    if _COMMUNE.fullmatch(span.text):
        return True
    if gazetteer.after_settlement_noun(doc, span.start):
        return True
    before = doc.norm[max(0, span.start - 30) : span.start]
    if before.endswith(" à ") and " " not in span.text and span.kind is SpanKind.PERSON:
        # "arrivé à Void-Vacon", "qui existe à Vignot": a bare name after "à" is a place, save a kin's ("marié à Soha")
        return not org_context.kin_cued(doc, span)
    return before.endswith(" à ") and bool(_PLACE_AFTER.match(doc.norm, span.end))


def _village(doc: Document, span: Span) -> bool:
    """One word the model took for a person that names a city, town or village (places.tsv, communes.tsv),
    with nothing marking a person: "contre les voisins de Joeuf", "près de Metz". A word of a person's
    full name stays a person, and so does a name after a title ("le colonel Mazères")."""
    return (
        span.kind is SpanKind.PERSON
        and " " not in span.text
        and (gazetteer.commune(span.text) or gazetteer.places().get(gazetteer.key(span.text)) == "city")
        and not _person_cue(doc, span)
        and not _title_before(doc, span)
    )


def _cued_place(doc: Document, spans: list[Span], key: str) -> bool:
    return any(s.text.casefold() == key and _place_cue(doc, replace(s, kind=SpanKind.PERSON)) for s in spans)


def _cued_kind(doc: Document, span: Span, sport: bool) -> SpanKind:
    """The kind one mention's own context gives it: a club in sport, a title cited as a source, a
    firm one works for ("chez Japy"), a country or city acting as its government ("La France a
    dénoncé"), a seat of power for its institution ("l'Élysée a démenti")."""
    named = gazetteer.places().get(gazetteer.key(span.text), "")  # a continent acts through no government
    if span.kind is SpanKind.PLACE and named != "continent" and org_context.actor_cued(doc, span):
        return SpanKind.ORGANIZATION
    if span.kind is SpanKind.ORGANIZATION or _territory(span):
        return span.kind
    if span.kind is SpanKind.PLACE and org_context.seat_cued(doc, span):  # "le porte-parole du Quai d'Orsay"
        return SpanKind.ORGANIZATION
    if org_context.employer_cued(doc, span):  # "elle travaille chez Japy"
        return SpanKind.ORGANIZATION
    local = sport or org_context.scored_line(doc, span)  # a match report, or at least a score on this line
    if local and (span.kind is SpanKind.PLACE or " " not in span.text) and org_context.sport_cued(doc, span):
        return SpanKind.ORGANIZATION
    known = gazetteer.key(span.text) in gazetteer.places()
    if span.kind is SpanKind.PLACE and not known and org_context.media_cued(doc, span):
        return SpanKind.ORGANIZATION
    return span.kind


def _territory(span: Span) -> bool:
    return gazetteer.places().get(gazetteer.key(span.text)) in gazetteer.TERRITORIES


def _is_capitalised_word(doc: Document, span: Span, pos: dict[int, str]) -> bool:
    if " " in span.text:
        return False
    if span.text.casefold() in _generic():
        return True
    if span.text.isupper() or gazetteer.key(span.text) in gazetteer.places():
        return False
    if span.text.endswith("s") and _PLURAL_DET.search(doc.norm[max(0, span.start - 8) : span.start]):
        return True
    return pos.get(span.start) in _COMMON_POS and _sentence_initial(doc, span.start)


def _elided_article_before(doc: Document, span: Span) -> bool:
    """A one-word "person" after "l'" is a capitalised noun ("les droits de l'Homme"): names take no article."""
    return (
        span.kind is SpanKind.PERSON
        and " " not in span.text
        and doc.norm[max(0, span.start - 3) : span.start]
        in (
            " l'",
            "(l'",
            "\nl'",
        )
    )


def _feast_day(doc: Document, span: Span) -> bool:
    """ "la Saint-Honoré", "la Saint-Jean": a feast day (la fête de saint X), neither place nor person."""
    return span.text.startswith("Saint-") and doc.norm[max(0, span.start - 3) : span.start].casefold() == "la "


def _portfolio(doc: Document, span: Span) -> bool:
    """A minister's portfolio, capitalised: "le ministre du Budget", "le ministère de l'Intérieur"
    name no place or person, even one a gazetteer knows ("le ministre de la Défense"); with a
    word between, a known place or commune stays ("le ministre originaire de Toul")."""
    if len(span.text.split()) > 2 or (cue := org_context.portfolio_cue(doc, span)) is None:
        return False
    known = gazetteer.key(span.text) in gazetteer.places() or gazetteer.commune(span.text)
    return not (cue and known)


def _is_role(span: Span) -> bool:
    return span.kind is not SpanKind.PERSON and bool(roles.head().match(span.text)) and not group_name(span.text)


def settle(doc: Document, spans: list[Span]) -> list[Span]:
    """The spans worth keeping, each with the kind the rules above give it."""
    pos = {t.start: t.pos for t in doc.tokens}
    kept = [
        s
        for s in spans
        if not _is_capitalised_word(doc, s, pos)
        and not _is_role(s)
        and not _portfolio(doc, s)
        and not _demonym(doc, s)
        and not _road_code(s)
        and not _elided_article_before(doc, s)
        and not _feast_day(doc, s)
    ]
    kept = [
        replace(s, kind=SpanKind.PERSON) if s.kind is not SpanKind.PERSON and _person_cue(doc, s) else s for s in kept
    ]
    kept = [
        replace(s, kind=SpanKind.ORGANIZATION)
        if (s.kind is SpanKind.PLACE and _organization_shape(s)) or (s.kind is SpanKind.PERSON and group_name(s.text))
        else s
        for s in kept
    ]
    kept = [
        replace(s, kind=SpanKind.PLACE) if s.kind is not SpanKind.PLACE and (_territory(s) or _place_cue(doc, s)) else s
        for s in kept
    ]
    kept = [replace(s, kind=SpanKind.PLACE) if _village(doc, s) else s for s in kept]
    placed = {s.text.casefold() for s in kept if s.kind is SpanKind.PLACE and " " not in s.text.strip()}
    name_words = {w.casefold() for s in kept if s.kind is SpanKind.PERSON and " " in s.text for w in s.text.split()}
    kept = [
        replace(s, kind=SpanKind.PERSON) if " " not in s.text and s.text.casefold() in name_words else s for s in kept
    ]
    votes: dict[str, Counter[SpanKind]] = {}
    first: dict[str, SpanKind] = {}
    for s in kept:
        key = s.text.casefold()
        votes.setdefault(key, Counter())[s.kind] += 1
        first.setdefault(key, s.kind)
    settled = []
    for s in kept:
        key = s.text.casefold()
        counts = votes[key].most_common()
        top = [k for k, n in counts if n == counts[0][1]]
        kind = first[key] if len(top) > 1 and first[key] in top else top[0]
        if key in placed and votes[key][SpanKind.PERSON] and _cued_place(doc, kept, key):
            kind = SpanKind.PLACE
        if " " in key and votes[key][SpanKind.PERSON]:
            kind = SpanKind.PERSON
        settled.append(s if kind is s.kind else replace(s, kind=kind))
    sport = org_context.sport_article(doc)
    return [s if (k := _cued_kind(doc, s, sport)) is s.kind else replace(s, kind=k) for s in settled]
