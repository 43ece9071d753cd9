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
- Example: a name given as an example of firms ("des entreprises motrices comme Devisubox",
  "des start-up telles que Mirakl et Doctolib") is one, whatever the model's MISC says.
- Actor: a country or city opening its sentence as the subject of a verb of stance or speech
  ("La France a dénoncé hier", "Paris est préoccupé") names its government, an organization.
- Seat of power: "l'Élysée a démenti", "le porte-parole du Quai d'Orsay" name the institution
  the building houses (`seats_of_power.tsv`); "reçu à l'Élysée" names the place.
- Kinship: a one-word name right after a word of kinship ("marié à Soha", "son fils
  Adam") is a person (`person_cues.tsv`).
- Clubs, across a match report (`clubs`): a town that one cue shows to be a club is the club
  in its other mentions too, unless one names the venue ("à Utrecht", "le tournoi de
  Soleuvre"); a town listed or paired with a club is one ("la finale se joua entre Utrecht et
  Soleuvre"), and so is each town listed after a plural of club ("les clubs présents
  Belleville, Champenoux et Faulx").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache
from itertools import pairwise

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.normalize import fold

_SCORE = re.compile(r"(?<![\w/.-])\(?\d{1,2}-\d{1,2}(?:,\s*\d{1,3}e)?\)?(?![\w/-]|\.\d)")
_LINE_SCORE = re.compile(r"(?<![\w/.-])\d{1,3}-\d{1,3}(?![\w/-]|\.\d)")  # "par 70-61.", basket scores too
_RESULT_COLON = re.compile(r"^[ \t]*:[ \t]*")
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
    return _sport_text(doc.norm)


@lru_cache(maxsize=4)  # asked by three stages of one article in a row
def _sport_text(text: str) -> bool:
    if len(_SCORE.findall(text)) >= 2:
        return True
    words = re.findall(r"[\w'-]+", text.casefold())
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
    score = _RESULT_COLON.sub("", after, count=1)  # "Lunéville - Frouard : 0-0"
    return bool(
        (_SCORE.match(score.lstrip(" "), 0) and after[:1] in " (") or _POINTS.match(after) or _after().match(after)
    )


_AUXILIARY = r"(?:(?:a|ont|avait|avaient|aurait|est|sont|était|s'est|se\s+sont|se\s+dit|se\s+montre)\s+)?"


def _stance_verbs() -> str:
    """The actor-after verbs of org_cues.tsv, longest first, as a regex alternation."""
    verbs = sorted(_cues("actor-after"), key=len, reverse=True)
    return "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)


@cache
def _actor_after() -> re.Pattern[str]:
    quote = r"(?:[\"«“]\s*)?"  # 'Paris est "préoccupé par..."'
    return re.compile(r"\s+" + _AUXILIARY + r"(?:[a-zé]+\s+)?" + quote + r"(?:" + _stance_verbs() + r")(?![\w-])")


@cache
def _actor_before() -> re.Pattern[str]:
    """A verb of stance inverted after its clause: "..., estime Berne", "», a annoncé Moscou"."""
    return re.compile(r"[,«»\"“”]\s*(?:a\s+|ont\s+)?(?:" + _stance_verbs() + r")\s+(?:la\s+|le\s+|l')?$")


_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)»\"”]|qui\s|$)")


def actor_cued(doc: Document, span: Span) -> bool:
    """Whether the name opens its sentence (an article allowed) as the subject of a verb of stance,
    or is the subject inverted after it at the end of a clause ("..., estime Berne qui...")."""
    start = span.start
    if _actor_before().search(doc.norm, max(0, start - 40), start) and _CLAUSE_END.match(doc.norm, span.end):
        return True
    if (m := re.search(r"(?:^|\s)(?:La|Le|L'|Les)\s*$", doc.norm[max(0, start - 5) : start])) is not None:
        start -= len(m.group().lstrip())
    return doc.opens_sentence(start) and bool(_actor_after().match(doc.norm, span.end))


@cache
def _portfolio_before() -> re.Pattern[str]:
    titles = "|".join(
        re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_cues("portfolio-before"), key=len, reverse=True)
    )
    return re.compile(
        rf"(?:^|\s)(?:{titles})(?P<between>\s+[a-zà-ÿ-]+)?"  # "délégué", "socialiste", "français"
        r"\s+(?:de\s+la|de\s+l'|du|des|de|aux|à\s+la|au)\s*$",
        re.IGNORECASE,
    )


def portfolio_cue(doc: Document, span: Span) -> str | None:
    """The word between a minister's title and the name, "" for none, None where no title stands
    before it: the name is then the portfolio ("le ministre du Budget", "de la Défense")."""
    m = _portfolio_before().search(doc.norm[max(0, span.start - 40) : span.start])
    return None if m is None else (m.group("between") or "").strip()


@cache
def _seats() -> frozenset[str]:
    return frozenset(map(fold, resources.words("seats_of_power.tsv")))


_ARTICLE = re.compile(r"(?:l'|la\s+|le\s+)", re.I)
_LOCATIVE_BEFORE = re.compile(
    r"(?:^|\s)(?:à|au|dans|devant|vers|depuis|jusqu'à|jusqu'au|quitté|quitter|quitte|rejoint|rejoindre)\s*(?:l'|la\s+|le\s+)?(?:\d+\s+)?$",
    re.I,
)


def seat_cued(doc: Document, span: Span) -> bool:
    """Whether the name is a seat of power standing for its institution, not the place one goes to."""
    name = _ARTICLE.sub("", span.text, count=1) if _ARTICLE.match(span.text) else span.text
    if fold(name) not in _seats():
        return False
    return not _LOCATIVE_BEFORE.search(doc.norm[max(0, span.start - 20) : span.start])


def employer_cued(doc: Document, span: Span) -> bool:
    return " " not in span.text and bool(
        _before("employer-before").search(doc.norm[max(0, span.start - 40) : span.start])
    )


@cache
def _example() -> re.Pattern[str]:
    nouns = "|".join(re.escape(c) for c in sorted(_cues("firm-noun"), key=len, reverse=True))
    name = r"[A-ZÀ-Þ][\w'’&-]*(?:\s+[A-ZÀ-Þ][\w'’&-]*)*"
    return re.compile(
        rf"(?:^|\s|')(?:{nouns})(?:\s+[a-zà-ÿ-]+)?\s+(?:comme|tel(?:le)?s\s+que)\s+(?:{name}\s*(?:,|\s+et|\s+ou)\s+)*$",
        re.I,
    )


def example_cued(doc: Document, start: int) -> bool:
    """Whether the name at `start` is given as an example of firms: "des entreprises comme X", or
    a later name of the list ("telles que Mirakl et Doctolib")."""
    return bool(_example().search(doc.norm[max(0, start - 120) : start]))


def media_cued(doc: Document, span: Span) -> bool:
    return bool(_before("media-before").search(doc.norm[max(0, span.start - 40) : span.start]))


def kin_cued(doc: Document, span: Span) -> bool:
    return " " not in span.text and bool(_kin().search(doc.norm[max(0, span.start - 30) : span.start]))


_VENUE_BEFORE = re.compile(r"(?:^|[\s(])(?:à|au|aux|en|de|d'|du|dans|vers|sur|près\s+de|depuis)\s*$", re.I)
_LIST_LINK = re.compile(r"\s*(?:,\s*(?:et\s+|ou\s+)?|\s+et\s+|\s+ou\s+|\s+-\s+|-)")


@cache
def _list_cue(sport: bool) -> re.Pattern[str]:
    """A plural of club and up to two words before a list of towns: "les quatorze clubs présents";
    a word of place between them ("des formations à Nancy") makes the towns venues."""
    nouns = "|".join(re.escape(n) for n in _cues("club-list") + (_cues("sport-list") if sport else ()))
    word = r"(?!(?:à|au|aux|en|dans|sur|vers|près)\s)[a-zéèêàâîôûç]+"
    return re.compile(r"(?:^|\s)(?:" + nouns + r")(?:\s+" + word + r"){0,2}\s*[:,]?\s*$", re.I)


def _linked(doc: Document, left: Span, right: Span) -> bool:
    """Whether two names stand side by side in a list or a pair ("Nancy, Metz et Toul", "Nancy-Metz")."""
    return left.end <= right.start and bool(_LIST_LINK.fullmatch(doc.norm, left.end, right.start))


def clubs(doc: Document, spans: list[Span]) -> list[Span]:
    """The towns that name clubs: see the module's note; only a list after "clubs" ("les clubs
    présents Belleville, ...") speaks outside a match report."""
    out = list(spans)
    named = [i for i, s in enumerate(out) if s.kind in (SpanKind.PLACE, SpanKind.ORGANIZATION)]
    places = {out[i].text for i in named if out[i].kind is SpanKind.PLACE}
    club_names = set()
    sport = sport_article(doc)
    if sport:  # elsewhere one name may be a town's council and the town
        # a club named by its town somewhere: the town is a place elsewhere, or a cue says club ("Pompey : 2-1")
        club_names = {
            out[i].text
            for i in named
            if out[i].kind is SpanKind.ORGANIZATION and (out[i].text in places or sport_cued(doc, out[i]))
        }

    def venue(span: Span) -> bool:
        return bool(_VENUE_BEFORE.search(doc.norm, max(0, span.start - 12), span.start))

    made = set()
    for i in named:
        s = out[i]
        if s.kind is not SpanKind.PLACE:
            continue
        known = s.text in club_names and not venue(s)
        if known or _list_cue(sport).search(doc.norm, max(0, s.start - 40), s.start):
            out[i] = replace(s, kind=SpanKind.ORGANIZATION)
            made.add(i)
    changed = True
    while changed:  # a town listed or paired with a club is a club: spread along the list both ways
        changed = False
        for a, b in pairwise(named):
            kinds = (out[a].kind, out[b].kind)
            if SpanKind.PLACE not in kinds or SpanKind.ORGANIZATION not in kinds or not _linked(doc, out[a], out[b]):
                continue
            place, club = (a, b) if kinds[0] is SpanKind.PLACE else (b, a)
            if club in made or out[club].text in club_names:
                out[place] = replace(out[place], kind=SpanKind.ORGANIZATION)
                made.add(place)
                changed = True
    return out
