"""People, places and organizations from the model's entities, with their edges cleaned.

The model's spans often carry a leading article or honorific ("Mme Laurens",
"la Région"), surrounding quotes or trailing punctuation; those are trimmed so
mentions of one entity look alike. A span is also cut where the model ran two
names together: at a spaced dash or slash ("Londres - Manchester United"), after
an agency acronym ("AFP Savera Mosnier"), before a weekday, month or score that
follows it ("Burkina-Faso dimanche", "Crystal Palace 3-0"). A span that opens
with a role title names a function: the person named at its end is kept
("ministre de la Santé Roman Prymula", "Colonel Barry"), the rest dropped.
Names on a byline or credit line ("Recueilli par Patrick ANGEVIN.", "(Eric
Tschaen/Pool/Sipa)") sign the article and are dropped. MISC entities are left
to the label and gazetteer recognizers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import acronyms, entity_kinds, gazetteer, name_tails, org_context, roles, sites

_KINDS = {"PER": SpanKind.PERSON, "LOC": SpanKind.PLACE, "ORG": SpanKind.ORGANIZATION}
_ARTICLE = re.compile(r"(?:l'|d'|(?:le|la|les|du|des|de|au|aux)\s+)", re.IGNORECASE)
_EDGE = " \t'\"«»“”‘’()[]{},;:.!?-–—/|*•·"
_HAS_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_CUT = re.compile(r"\s+[-–—/|]\s+|/|(?<=\w)-\s+(?=[A-ZÀ-Þ])")  # "Chavannes-sur-l'Etang- Montreux-Vieux"
_ACRONYM_THEN_NAME = re.compile(r"([A-Z]{2,6})\s+(?=[A-ZÀ-Þ][a-zà-ÿ'-]+(?:\s+[A-ZÀ-Þ][\w'-]*)+$)")
_CONNECTOR = frozenset({"de", "du", "des", "d'", "la", "le", "l'", "les", "et", "au", "aux", "à"})
_SCORE = re.compile(r"\d+(?:[-–]\d+)?")
_INITIALS = re.compile(r"[A-Z](?:\.-?\s?[A-Z])+")  # "C.L", "J.-P. B"


@cache
def _honorific() -> re.Pattern[str]:
    forms = sorted(resources.words("honorifics.tsv"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(f) for f in forms) + r")(?=\s)\s*")


@cache
def _calendar_words() -> frozenset[str]:
    rows = resources.table("weekdays.tsv", 3) + resources.table("months.tsv", 3)
    return frozenset(form.casefold() for form, _, use in rows if use == "name")


@cache
def _byline() -> re.Pattern[str]:
    cues = sorted(resources.words("byline_cues.tsv"), key=len, reverse=True)
    return re.compile(r"\s*(?:" + "|".join(re.escape(c) for c in cues) + r")\b\s*:?", re.IGNORECASE)


def trim(doc: Document, start: int, end: int, kind: SpanKind) -> tuple[int, int]:
    """Shrink [start, end) past articles, honorifics, quotes and punctuation at its edges."""
    norm = doc.norm
    while True:
        before = (start, end)
        while start < end and norm[start] in _EDGE:
            start += 1
        while end > start and norm[end - 1] in _EDGE:
            end -= 1
        article = _ARTICLE.match(norm, start, end)
        if article and article.end() < end and norm[article.end()].isupper() and not _article_named(doc, start, end):
            start = article.end()
        if kind is SpanKind.PERSON and (m := _honorific().match(norm, start, end)) and m.end() < end:
            start = m.end()
        if norm.endswith("'s", start, end):
            end -= 2
        if (start, end) == before:
            return start, end


def _article_named(doc: Document, start: int, end: int) -> bool:
    """Whether the article is part of the name: a place the gazetteer knows with it ("La Rochelle"),
    or an article written with a capital amid a sentence ("arrivé à La Haye", "selon Le Monde")."""
    if gazetteer.key(doc.norm[start:end]) in gazetteer.places():
        return True
    return doc.norm[start].isupper() and not doc.opens_sentence(start)


def _tail_cut(doc: Document, start: int, end: int) -> int:
    """End before trailing weekday, month or score words ("Burkina-Faso dimanche", "Crystal Palace 3-0")."""
    words = list(re.finditer(r"\S+", doc.norm[start:end]))
    while len(words) > 1:
        last = words[-1].group().strip(".,;:!?()")
        if last.casefold() in _calendar_words() or _SCORE.fullmatch(last):
            words.pop()
            continue
        break
    return start + words[-1].end()


_OPENING_POS = frozenset({"ADJ", "VERB", "ADV", "AUX"})
_NOUN_THEN_ACRONYM = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{3,} ([A-ZÀ-Þ]{2,}\d*)")


def _past_opening_word(doc: Document, start: int, end: int, kind: SpanKind) -> int:
    """A sentence's first word, capitalised only by its place, is no part of the name after it:
    "Natif des Forges de Méziré, ..." names "Forges de Méziré"; so is a common noun before an
    acronym in a headline ("Grève RATP : ...", "Réforme SNCF"), unless it heads the name
    ("Groupe PSA")."""
    if not doc.opens_sentence(start):
        return start
    first = doc.token_at(start)
    if first is None or first.end >= end:
        return start
    rest = trim(doc, first.end, end, kind)[0]
    if (
        first.pos == "NOUN"
        and kind is SpanKind.ORGANIZATION
        and (m := _NOUN_THEN_ACRONYM.fullmatch(doc.norm, start, end))
    ):
        return start if entity_kinds.org_head().match(doc.norm, start, first.end) else m.start(1)
    if first.pos not in _OPENING_POS:
        return start
    return rest if rest < end and doc.norm[rest].isupper() else start


def _opening_verb(doc: Document, start: int, end: int) -> bool:
    """A one-word span that opens its sentence as a verb names nothing: "Parti de Cholet (Maine et
    Loire), le chauffeur..." is the participle of partir, not a party."""
    first = doc.token_at(start) if doc.opens_sentence(start) else None
    return first is not None and first.end >= end and first.pos in ("VERB", "AUX")


_LOWER_LEAD = re.compile(r"(?:[a-zà-ÿ][\w'-]*\s+)+(?=[A-ZÀ-Þ])")


def _name_start(doc: Document, start: int, end: int) -> int:
    """A person's name starts at a capital: "le président nancéien invita Pablo" names Pablo.
    Particles inside a name ("Ties van der Meer", "Charles de Gaulle") come after its first word."""
    m = _LOWER_LEAD.match(doc.norm, start, end)
    return m.end() if m else start


def _person_after_role(doc: Document, start: int, end: int, kind: SpanKind) -> tuple[int, int] | None:
    """The name closing a span that opens with a role title, or None when it holds no name."""
    title = roles.head().match(doc.norm, start, end)
    if not title:
        return None
    words = list(re.finditer(r"[\w'-]+", doc.norm[title.end() : end]))
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if not w.group()[0].isupper():
            break
        run.insert(0, w)
    if len(run) < len(words) and run and words[len(words) - len(run) - 1].group().casefold() in _CONNECTOR:
        run = run[1:]  # "ministre de la Santé Roman Prymula": "Santé" completes the title
    if not run or (len(run) < 2 and kind is not SpanKind.PERSON):
        return None
    return title.end() + run[0].start(), title.end() + run[-1].end()


def _pieces(doc: Document, start: int, end: int, kind: SpanKind) -> Iterator[tuple[int, int, SpanKind]]:
    """The names a model span holds, each with its kind."""
    left = start
    for cut in [*_CUT.finditer(doc.norm, start, end), None]:
        right = cut.start() if cut else end
        a, b = trim(doc, left, right, kind)
        left = cut.end() if cut else end
        if b <= a:
            continue
        b = _tail_cut(doc, a, b)
        if (m := _ELIDED_WORD.match(doc.norm, b)) and doc.norm[b - 1] in "lLdD":
            b = m.end()  # the model stopped at the elision: "Chavannes-sur-l'" + "Etang"
        a = _past_opening_word(doc, a, b, kind)
        if _opening_verb(doc, a, b) or entity_kinds.event_title(doc.norm[a:b]):
            continue
        if kind is SpanKind.PERSON and not sites.led(doc.norm[a:b]):
            a = _name_start(doc, a, b)
            if doc.norm[b : b + 1] == "." and _INITIALS.fullmatch(doc.norm[a:b]):
                b += 1  # a correspondent's initials keep their last dot: "C.L."
        if kind is SpanKind.ORGANIZATION or entity_kinds.org_head().match(doc.norm, a, b):
            b = _extend_organization(doc, a, b)  # "Délégation aux droits des femmes", whatever the model's kind
        if kind is SpanKind.PLACE:
            a = _past_common_noun(doc, a, b)
            a = _extend_place(doc, a)
        sport = _SPORT_AFTER.match(doc.norm, b) if kind is not SpanKind.PERSON else None
        if sport and entity_kinds.club_sport(sport.group(1)):
            b = sport.end()  # "Metz" + "Handball": the club, which entity_kinds then names one
        if roles.head().match(doc.norm, a, b) and not entity_kinds.group_name(doc.norm[a:b]):
            if named := _person_after_role(doc, a, b, kind):
                yield (*named, SpanKind.PERSON)
            continue
        if kind is not SpanKind.PERSON and (cut := _organization_then_person(doc, a, b)):
            yield a, cut[0], SpanKind.ORGANIZATION
            yield cut[1], b, SpanKind.PERSON
            continue
        if kind is not SpanKind.PLACE and (m := _ACRONYM_THEN_NAME.match(doc.norm[a:b])):
            yield a, a + len(m.group(1)), SpanKind.ORGANIZATION
            yield a + m.end(), b, SpanKind.PERSON
            continue
        yield a, b, kind


_NAME_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'-]+")


def _organization_then_person(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """Where a club or company name ends and a person's name starts: "Manchester United Paul
    Pogba" -> (end of "United", start of "Paul"); None when the span holds one name."""
    words = list(re.finditer(r"\S+", doc.norm[start:end]))
    for size in (2, 3):
        if len(words) < size + 2:
            break
        name, head = words[-size:], words[-size - 1]
        if all(_NAME_WORD.fullmatch(w.group()) for w in name) and entity_kinds.org_word().fullmatch(head.group()):
            return start + head.end(), start + name[0].start()
    return None


@cache
def _street_before() -> re.Pattern[str]:
    """ "rue de la ", "avenue ": a street noun before a name (place_nouns.tsv)."""
    return re.compile(
        rf"(?:{gazetteer.place_nouns('street')})\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')?$", re.IGNORECASE
    )


_COMMON_LEAD = re.compile(
    r"[a-zà-ÿ][\w-]*(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(?=[A-ZÀ-Þ])"
)


def _past_common_noun(doc: Document, start: int, end: int) -> int:
    """A place the model opened with a common noun names what follows it: "la ceinture de Belfort",
    "le parking de la Tour du Champ", "la banlieue de Paris" name Belfort, the Tour du Champ and
    Paris; a street or site noun is part of the name ("rue de Tivoli", "salle du Parc")."""
    m = _COMMON_LEAD.match(doc.norm, start, end)
    if not m or m.end() >= end or sites.led(doc.norm[start:end]):
        return start
    return m.end()


_CAPITAL_BEFORE = re.compile(r"(?<=[a-zà-ÿ,] )[A-ZÀ-Þ][a-zà-ÿ]+ $")


def _extend_place(doc: Document, start: int) -> int:
    """Start of a place the model cut short: the street noun of "rue de Tivoli", the capitalised
    word of "Bons Villers" (mid-sentence, not a function word or a title)."""
    before = doc.norm[max(0, start - 24) : start]
    if (m := _street_before().search(before)) and (m.start() == 0 or not before[m.start() - 1].isalnum()):
        return start - (len(before) - m.start())
    if (m := _CAPITAL_BEFORE.search(before)) and not entity_kinds.common_word(m.group().strip()):
        word = m.group().strip()
        if not roles.head().match(word) and not _honorific().match(word + " "):
            return start - len(m.group())
    return start


_ELIDED_TAIL = re.compile(r"'[A-ZÀ-Þ][\w-]*")
_ELIDED_WORD = re.compile(r"['’][A-ZÀ-Þ][\w-]*(?<!-)")
_PLACE_TAIL = re.compile(r"\s+(?:de|du|d')\s*(?:la\s+|l')?[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*){0,2}")
_ADJECTIVE = re.compile(r"\s+([a-zà-ÿ](?:[a-zà-ÿ-]*[a-zà-ÿ])?)")  # never ends on a dash: "municipale- est"


_SPORT_AFTER = re.compile(r"[ \t]+([A-ZÀ-Þ][\w-]*)(?![\w'’-])")
_LOWER_TAIL = re.compile(r"(?:\s+[a-zà-ÿ'][\w'-]*){1,8}(?=\s*\(\s*[A-Z][A-Z0-9&-]{1,9}\s*\))")


def _extend_organization(doc: Document, start: int, end: int) -> int:
    """End of an organization the model cut short: "Hôpital universitaire d'Ostrava",
    "université Al-Azhar de Gaza", and a lower-case name that its bracketed acronym closes
    ("Office fédéral de la sécurité alimentaire et des affaires vétérinaires (OSAV)"); never
    closed on a territory's common noun ("Education nationale de la circonscription")."""
    if doc.norm.endswith(" d", start, end) and (m := _ELIDED_TAIL.match(doc.norm, end)):
        end = m.end()
    end = name_tails.without_unit(doc, start, end)
    if not (head := entity_kinds.org_head().match(doc.norm, start, end)):
        return end
    if head.end() == end and (m := _ADJECTIVE.match(doc.norm, end)) and doc.pos_at(m.start(1)) == "ADJ":
        end = m.end()  # "Conseil constitutionnel", "Office fédéral"
    if m := _PLACE_TAIL.match(doc.norm, end):
        persons = [e.start for e in doc.ents if e.label == "PER" and e.start >= end]
        stop = min(persons, default=len(doc.norm))
        end = max(end, min(m.end(), stop) if m.end() <= stop else doc.norm.rfind(" ", end, stop))
    if m := _LOWER_TAIL.match(doc.norm, end):
        end = m.end()
    return name_tails.end(doc, start, end, _calendar_words())


def _plural_head(word: str) -> bool:
    """A capitalised plural of an organization head ("Offices", "Chambres"): a category, not a name."""
    return len(word) > 3 and word[-1] in "sx" and entity_kinds.org_head().fullmatch(word[:-1]) is not None


_PARTICLE_AFTER_TITLE = re.compile(r"([\w.'-]+)[ \t]+(de[ \t]+|d')$")


def _particle_before(doc: Document, start: int, end: int) -> int:
    """Start of a surname with its particle after a rank or an honorific (rank_titles.tsv): "le
    général de Gaulle" names "de Gaulle" (a full name holds its particle already: "Charles de
    Gaulle"); after a function the name is its complement ("le directeur de Thomson")."""
    if " " in doc.norm[start:end]:
        return start
    m = _PARTICLE_AFTER_TITLE.search(doc.norm, max(0, start - 30), start)
    return m.start(2) if m and _particle_title(m.group(1)) else start


@cache
def _particle_titles() -> frozenset[str]:
    return resources.words("rank_titles.tsv") | {h.casefold() for h in resources.words("honorifics.tsv")}


@cache
def _particle_tail() -> re.Pattern[str]:
    """A person span's last word as a particle, and the capitalised surname after it."""
    particles = "|".join(sorted(map(re.escape, resources.words("name_particles.tsv")), key=len, reverse=True))
    return re.compile(rf"(?i:{particles})((?:[ \t]+(?i:{particles}))?[ \t]+[A-ZÀ-Þ][\w'-]+)")  # "von der Leyen"


def _particle_end(doc: Document, start: int, end: int) -> int:
    """End of a person's name the model closed on a particle: "Renaud Van" in "Renaud Van Ruymbeke"."""
    last = doc.norm.rfind(" ", start, end) + 1
    if last <= start:
        return end
    m = _particle_tail().match(doc.norm, last)
    return m.end() if m and m.start(1) == end else end


def _particle_title(word: str) -> bool:
    """A rank or an honorific ("général", "M."), not a function: "le directeur de Thomson"."""
    return word.casefold() in _particle_titles()


_SUM = re.compile(r"\d[\d\s.,]*(?:[A-Z]{3}|[€$£])")  # "336.210,00 EUR": an amount, which amounts reads


def _plausible(text: str, kind: SpanKind) -> bool:
    """Not a name: a weekday or month alone ("Samedi", "AVRIL"), a sum ("336.210,00 EUR"), a handle
    ("@RERC"), an abbreviation of a thing ("le PIB"), or a capitalised function word or plural of an
    organization head before common words ("Un point", "La nôtre", "les deux Offices de tourisme")."""
    if len(text) < 2 or not _HAS_UPPER.search(text) or text.startswith("@") or acronyms.common_abbreviation(text):
        return False
    if text.casefold() in _calendar_words() or _SUM.fullmatch(text):
        return False
    words = text.split()
    if not _HAS_UPPER.search(" ".join(words[1:])) and (
        words[0].casefold() in resources.function_words() or _plural_head(words[0])
    ):
        return False
    return not (kind is SpanKind.PERSON and not any(c.isalpha() for c in text))


def _opening_noun(doc: Document, start: int, end: int) -> bool:
    """A phrase of common words capitalised only by the sentence it opens: "Accord du conseil sur la
    même base", "Parcelles du bas du village" (a council report's items); an organization head or a
    known place still names ("Conseil constitutionnel", "Pays de Montbéliard")."""
    text = doc.norm[start:end]
    words = text.split()
    if len(words) < 2 or _HAS_UPPER.search(" ".join(words[1:])) or not doc.opens_sentence(start):
        return False
    if doc.pos_at(start) != "NOUN" or entity_kinds.org_head().match(text):
        return False
    return gazetteer.key(text) not in gazetteer.places()


def _signature(doc: Document, start: int, end: int) -> bool:
    """Whether the span signs the article: on a short byline or credit line, or in a '(.../...)' credit."""
    line_start = doc.norm.rfind("\n", 0, start) + 1
    line_end = doc.norm.find("\n", end)
    line = doc.norm[line_start : len(doc.norm) if line_end == -1 else line_end]
    cue = _byline().match(line)
    if cue and len(line) <= 80 and not doc.norm[line_start + cue.end() : start].strip():
        return True  # the name comes right after the cue
    opened = doc.norm.rfind("(", line_start, start)
    closed = doc.norm.find(")", end)
    return opened != -1 and closed != -1 and "/" in doc.norm[opened:closed] and ")" not in doc.norm[opened:start]


def _kind(doc: Document, ent) -> SpanKind | None:
    """The model's kind; a MISC name shaped like an organization ("Premier League", "les Amis du
    vieux Toul", "le Sdis 88") is one."""
    if ent.label != "MISC":
        return _KINDS.get(ent.label)
    text = doc.norm[ent.start : ent.end].strip()
    if entity_kinds.group_name(_ARTICLE.sub("", text, count=1) if _ARTICLE.match(text) else text):
        return SpanKind.ORGANIZATION
    if entity_kinds.public_body(text.partition(" ")[0]):  # "le Sdis 88"
        return SpanKind.ORGANIZATION
    if " " in text and "\n" not in text and text[:1].isupper() and entity_kinds.org_word().fullmatch(text.split()[-1]):
        return SpanKind.ORGANIZATION
    if org_context.example_cued(doc, ent.start):  # "des entreprises comme Devisubox"
        return SpanKind.ORGANIZATION
    return None


_CITATION = re.compile(r"\s*(?:\[\d+\]|\d+[.)]\s)|.*[A-ZÀ-Þ][\w'-]+,\s+(?:[A-Z]\.\s*)+.*\(\d{4}\)")


def _citation(doc: Document, start: int) -> bool:
    """Whether the span lies on a line of a bibliography ("[2] Smaldino, P. E. (2016) ...")."""
    line_start = doc.norm.rfind("\n", 0, start) + 1
    line_end = doc.norm.find("\n", start)
    line = doc.norm[line_start : len(doc.norm) if line_end == -1 else line_end]
    return bool(_CITATION.match(line)) and bool(re.search(r"\(\d{4}\)", line))


def find(doc: Document) -> list[Span]:
    spans = []
    for ent in doc.ents:
        kind = _kind(doc, ent)
        if kind is None or _citation(doc, ent.start):
            continue
        for start, end, piece_kind in _pieces(doc, ent.start, ent.end, kind):
            if sites.led(doc.norm[start:end]):  # "salle Jean-Mathieu" is a hall, not a person
                named = [(a, b, SpanKind.PLACE) for a, b in sites.pieces(doc, start, end)]
            else:
                named = [(start, end, piece_kind)]
            for a, b, k in named:
                if (
                    b > a
                    and _plausible(doc.text[a:b], k)
                    and not _signature(doc, a, b)
                    and not _opening_noun(doc, a, b)
                ):
                    if k is SpanKind.PERSON:
                        a, b = _particle_before(doc, a, b), _particle_end(doc, a, b)
                    spans.append(doc.span(a, b, k, f"ner:{ent.label}"))
    if events := entity_kinds.event_names(doc):
        spans = [s for s in spans if s.text not in events]
    return entity_kinds.settle(doc, spans)
