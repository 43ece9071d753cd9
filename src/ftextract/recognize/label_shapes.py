"""Label names found by their shape or by a trigger word, and the context tests labels.py shares.

A label name is read from the words after its head: capitalised words joined
by "de", "du", "d'", "et"... ("prix Albert-Londres", "médaille du mérite UNC"),
or lower-case words up to a stop word for award categories and sentence-case
designations ("Station verte"). Edition years, grades and determiners stay out.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from ftextract import resources
from ftextract.document import Document
from ftextract.normalize import CharMap

_TOKEN = re.compile(r"[^\W\d_]+'|[^\W\d_]+(?:-[^\W\d_]+)*|\d+|[^\w\s]")
_CONNECTORS = frozenset({"de", "du", "des", "d'", "l'", "la", "et", "&", "von", "van", "der"})
_NOT_MEDALS = frozenset({"or", "argent", "bronze", "vermeil", "platine", "chocolat"})
_LABEL_NOUNS = frozenset({"label", "labels"})
# "Grand Prix" is a race; after a plural determiner "prix" is a price ("les prix Carrefour").
_NOT_BEFORE_PRIZE = frozenset({"grand", "grands", "les", "des", "aux", "ces", "ses", "nos", "vos", "leurs", "petits"})
_QUOTED = re.compile(r"[ \t]*[«\"][ \t]*([^«»\"\n]{1,80}?)[ \t]*[»\"]")


@dataclass(frozen=True, slots=True)
class Candidate:
    start: int
    end: int
    value: str
    rule: str
    rank: int  # lower is more trusted


@dataclass(frozen=True, slots=True)
class Text:
    """Three same-length views of the document: as normalized, lowercased, and folded (no accents)."""

    norm: str
    low: str
    fold: str

    @staticmethod
    def of(doc: Document) -> Text:
        return Text(doc.norm, doc.norm.translate(_LOWER), fold(doc.norm))


_LOWER = CharMap(lambda c: c.lower()[:1])  # one character for one ("İ".lower() has two)
_FOLD = CharMap(lambda c: unicodedata.normalize("NFD", c)[0].lower()[:1])


def fold(text: str) -> str:
    """Lowercase without accents, one character for one (so offsets survive)."""
    return text.translate(_FOLD)


def key(name: str) -> str:
    """Comparable form of a label name: folded, separators collapsed, plural s/x dropped."""
    k = re.sub(r"'\s*", "'", re.sub(r"[\s-]+", " ", fold(name).strip()))
    return re.sub(r"(?<=\w)[sx](?= |$)", "", k)


@cache
def trigger_words(kind: str) -> frozenset[str]:
    return frozenset(phrase for k, phrase in resources.table("label_triggers.tsv", 2) if k == kind)


@cache
def _stopwords() -> frozenset[str]:
    return resources.words("stopwords_fr.tsv")


@cache
def _ending(kind: str) -> re.Pattern[str]:
    """A phrase of this kind at the very end of a left context."""
    phrases = sorted(trigger_words(kind), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")$")


@cache
def _starting(kinds: tuple[str, ...]) -> re.Pattern[str]:
    phrases = sorted(set().union(*(trigger_words(k) for k in kinds)), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])")


def _tokens(t: Text, start: int, limit: int = 16) -> list[re.Match[str]]:
    line_end = t.norm.find("\n", start)
    out = []
    for m in _TOKEN.finditer(t.norm, start, len(t.norm) if line_end < 0 else line_end):
        out.append(m)
        if len(out) == limit:
            break
    return out


def previous_word(t: Text, start: int, raw: bool = False) -> str:
    """The word right before `start` on its line, lowercased unless `raw`."""
    m = re.search(r"([^\W_]+'?)[ \t]*$", t.norm[max(0, t.norm.rfind("\n", 0, start) + 1) : start])
    if not m:
        return ""
    return m.group(1) if raw else m.group(1).lower()


def capitalised_after(t: Text, end: int, through_quotes: bool = False) -> bool:
    """Whether a capitalised word follows right after `end` (the match is part of a longer name)."""
    rx = r"[ \t]+(?:[«\"][ \t]*)?" if through_quotes else r"[ \t]+"
    m = re.compile(rx + r"([^\W\d_])").match(t.norm, end)
    return bool(m and m.group(1).isupper())


def after_trigger(t: Text, start: int) -> bool:
    """Whether an intro phrase (label, labellisé, classé, commandeur de la...) leads to `start`."""
    left = t.low[max(0, start - 70) : start].rstrip(' \t«"')
    if _ending("intro").search(left):
        return True
    det = _ending("det").search(left)
    return bool(det and _ending("intro").search(left[: det.start()].rstrip()))


def inside_other_name(t: Text, start: int) -> bool:
    """A street, hotel or institution named after the label ("grande chancellerie de la Légion d'honneur")."""
    left = t.low[max(0, start - 50) : start].rstrip()
    left = re.sub(r"(?:\s*(?<![\w])(?:de|du|des|d'|de la|de l'|la|l'))+$", "", left).rstrip()
    return bool(_ending("org").search(left))


def lower_words_end(t: Text, start: int, budget: int) -> int | None:
    """End of a run of lower-case content words and connectors ("musique de film"), up to a stop word."""
    end, last = None, start
    for m in _tokens(t, start, 2 * budget + 2):
        word = m.group(0)
        if t.norm[last : m.start()].strip():
            break
        last = m.end()
        if word in _CONNECTORS:
            continue
        if not word[0].isalpha() or not word.islower() or fold(word) in _stopwords() or budget == 0:
            break
        end, budget = m.end(), budget - 1
    return end


def name_end(t: Text, start: int, lower: int = 0, need_cap: bool = True) -> int | None:
    """End of a name starting at `start`: capitalised words, connectors, up to `lower` lower-case words."""
    end, has_cap, prev = None, False, None
    for m in _tokens(t, start):
        word = m.group(0)
        if prev is not None and t.norm[prev.end() : m.start()] not in ("", " "):
            break
        if prev is None and m.start() != start:
            return None
        prev = m
        if word[0].isalpha() and word[0].isupper():
            end, has_cap = m.end(), True
        elif word.lower() in _CONNECTORS and end is not None:
            continue
        elif word.isdigit() and end is not None and t.norm[end - 1].isupper() and len(word) > 2:
            end = m.end()
        elif word[0].isalpha() and (end is not None or not need_cap) and lower > 0:
            if fold(word) in _stopwords() or word in _NOT_MEDALS:
                break
            end, lower = m.end(), lower - 1
        else:
            break
    return end if end is not None and (has_cap or not need_cap) else None


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


_PRIX = re.compile(r"(?<![\w-])prix[ \t]+(?:littéraire[ \t]+)?(?:(de la|de l'|du|des)[ \t]*)?", re.IGNORECASE)
_PRIX_CATEGORY = re.compile(
    r"(?<![\w-])prix[ \t]+(?:du meilleur|de la meilleure|d'interprétation|du jury|spécial du jury|du public)(?![\w])",
    re.IGNORECASE,
)
# A capitalised "Prix" inside a sentence names a prize even before lower-case words.
_PRIX_LOWER = re.compile(r"(?<![\w-])Prix[ \t]+(?:de la|de l'|du|des|d')[ \t]*(?=[a-zà-ÿ])")
_MEDAILLE = re.compile(r"(?<![\w-])médailles?[ \t]+(?:(de la|de l'|du|des|d'|de)[ \t]*)?", re.IGNORECASE)
_TROPHEE = re.compile(r"(?<![\w-])troph[ée]es?[ \t]+", re.IGNORECASE)
_AWARDS = re.compile(r"((?:[A-ZÀ-ÖØ-Þ][\w&.'-]*[ \t]+){1,5})(?:[Aa]wards?|Prize)(?![\w])")
# An order is an honour only when a grade or decoration leads to it ("l'Ordre des médecins" is a body).
_ORDER = re.compile(
    r"(?<![\w-])(?:chevalier|officier|commandeur|grand-croix|dignitaire|décorée?|insignes?)s?[ \t]+"
    r"(?:de[ \t]+l'|dans[ \t]+l')(ordre[ \t]+(?:national[ \t]+)?(?:du|de la|de l'|des|de|d'))[ \t]*",
    re.IGNORECASE,
)
_OF_THE_YEAR = re.compile(
    r"(?<![\w])(?:élu|nommé|sacré|désigné)e?s?[ \t]+[«\"]?[ \t]*((?:[^\W\d_]+[ \t]+){1,4}"
    r"(?:de l'année|de la saison|de la décennie|du siècle))(?![\w])",
    re.IGNORECASE,
)


def shaped(t: Text) -> list[Candidate]:
    """Labels known by their shape: prizes, medals, trophies, awards, titles of the year."""
    found = []
    prix = "prix" in t.low  # each shape is looked for only where its word stands: most texts have none
    for m in _PRIX.finditer(t.norm) if prix else ():
        if previous_word(t, m.start()) in _NOT_BEFORE_PRIZE:
            continue
        end = name_end(t, m.end())
        if end is None or (not m.group(1) and re.fullmatch(r"[A-Z]{1,4}", t.norm[m.end() : end])):
            continue
        if m.group(1) and not (t.norm[m.start()] == "P" or _award_context(t, m.start())):
            continue
        found.append(Candidate(m.start(), end, _title(t.norm[m.start() : end]), "labels:prize", 1))
    for m in _PRIX_LOWER.finditer(t.norm) if prix else ():
        end = lower_words_end(t, m.end(), 4)
        if previous_word(t, m.start()) in _NOT_BEFORE_PRIZE:
            continue
        if end and not re.search(r"(?:^|[.!?:\n])[ \t«\"]*$", t.norm[: m.start()]):
            found.append(Candidate(m.start(), end, t.norm[m.start() : end], "labels:prize", 1))
    for m in _PRIX_CATEGORY.finditer(t.norm) if prix else ():
        end = lower_words_end(t, m.end(), 4) or m.end()
        found.append(Candidate(m.start(), end, _title(t.norm[m.start() : end]), "labels:prize-category", 1))
    for m in _MEDAILLE.finditer(t.norm) if "médaille" in t.low else ():
        end = name_end(t, m.end(), lower=2, need_cap=False)
        first = t.low[m.end() : m.end() + 8].split(" ")[0]
        if end and first not in _NOT_MEDALS and re.search(r"[A-ZÀ-Þ]", t.norm[m.end() : end]):
            found.append(Candidate(m.start(), end, _title(t.norm[m.start() : end]), "labels:medal", 1))
    for m in _TROPHEE.finditer(t.norm) if "troph" in t.low else ():
        end = name_end(t, m.end())
        if end:
            found.append(Candidate(m.start(), end, _title(t.norm[m.start() : end]), "labels:trophy", 1))
    for m in _AWARDS.finditer(t.norm) if "award" in t.low or "prize" in t.low else ():
        words = m.group(1).split()
        while words and fold(words[0]) in _stopwords():
            words.pop(0)
        if words:
            start = m.start(1) + m.group(1).index(words[0])
            found.append(Candidate(start, m.end(), t.norm[start : m.end()], "labels:awards", 1))
    for m in _ORDER.finditer(t.norm) if "ordre" in t.low else ():
        end = name_end(t, m.end(), lower=1)
        if end:
            found.append(Candidate(m.start(1), end, _title(t.norm[m.start(1) : end]), "labels:order", 1))
    of_the = any(w in t.low for w in ("année", "saison", "décennie", "siècle"))
    for m in _OF_THE_YEAR.finditer(t.norm) if of_the else ():
        found.append(Candidate(m.start(1), m.end(1), _title(m.group(1)), "labels:of-the-year", 2))
    return found


def _award_context(t: Text, start: int) -> bool:
    left = t.low[max(0, t.low.rfind(".", 0, start) + 1, t.low.rfind("\n", 0, start) + 1, start - 200) : start]
    return bool(_starting(("award", "intro")).search(left))


def _blocked(t: Text, start: int) -> bool:
    """An unnamed or figurative use: "un label", "sous le label", "sous l'appellation"."""
    prev = previous_word(t, start)
    if prev in trigger_words("block"):
        return True
    if prev in trigger_words("det"):
        before = t.norm.rfind(prev, 0, start) if prev.endswith("'") else start - len(prev) - 1
        return previous_word(t, max(0, before)) in trigger_words("block")
    return False


def _sentence(t: Text, pos: int) -> str:
    bounds = ".!?\n"
    lo = max(t.low.rfind(c, 0, pos) for c in bounds) + 1
    ends = [i for i in (t.low.find(c, pos) for c in bounds) if i >= 0]
    return t.low[lo : min(ends) if ends else len(t.low)]


def triggered(t: Text, canonical: dict[str, str]) -> list[Candidate]:
    """Names introduced by a trigger: quoted after any trigger, capitalised after a naming one."""
    found = []
    for m in _starting(("name", "quoted")).finditer(t.low):
        trigger = m.group(0)
        if _blocked(t, m.start()):
            continue
        music = trigger in _LABEL_NOUNS and _starting(("music",)).search(_sentence(t, m.start()))
        q = _QUOTED.match(t.norm, m.end())
        if q:
            start, end = q.span(1)
            name = q.group(1)
            naming = trigger in trigger_words("name")
            lower = name[:1].islower() and (" " not in name or not naming)
            if music or lower or not (name[:1].isalpha() or naming):
                continue
        elif trigger in trigger_words("name") and not music:
            start = m.end() + len(t.norm[m.end() :]) - len(t.norm[m.end() :].lstrip(" "))
            grade = re.compile(r"\d+ (?=[A-ZÀ-Þ])").match(t.norm, start)  # "labellisée 4 Fleurs"
            end = name_end(t, grade.end() if grade else start, lower=2) if start - m.end() == 1 else None
            if end is None or (trigger in _LABEL_NOUNS and not re.search(r" [a-zà-ÿ]{3,}", t.norm[start:end])):
                continue
            name = t.norm[start:end]
        else:
            continue
        value = canonical.get(key(name), _title(name))
        found.append(Candidate(start, end, value, "labels:trigger", 2))
    return found
