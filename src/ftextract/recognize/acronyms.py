"""Organizations named by an acronym the model left out ("WCF", "EAGLE-Guinée", "CCIMP").

A word of two to five capitals (digits and "&" allowed, one "-Name" suffix
allowed) on a line written in mixed case is an organization when the article
gives evidence of it: it is written in brackets after a capitalised name
("Faune et Flore Internationale (FFI)"), the model names it elsewhere in the
article, or a singular article or contraction stands before it ("L'EBM s'inclina",
"actionnaire d'EFI", "la salle du COSEC"): an unknown word in capitals with an
article is, in the press, a body's name (the plural "les CRS" names its members).
Never when it is a common abbreviation of a thing (`acronym_stops.tsv`:
"PIB", "CDI", "TVA", "ONG"), a currency code ("le GNF") or a Roman numeral. Lines mostly in capitals
(headlines, bylines) are skipped: there every word looks like an acronym.

An acronym and the long form it spells, side by side with one in brackets, are both
organizations whatever the model said, in either order and in any case ("le Ccas (Centre
communal d'aide sociale)", "Faune et Flore Internationale (FFI)").
"""

from __future__ import annotations

import re
from functools import cache

from ftextract import resources
from ftextract.document import Document, Span, SpanKind
from ftextract.recognize import entity_kinds, gazetteer

_ACRONYM = re.compile(r"(?:(?<=\b[lLdD]['’])|(?<![\w.'’-]))[A-Z][A-Z0-9&]{1,4}(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?(?![\w'-]|\.\w)")
_NAMED = frozenset({"PER", "LOC", "ORG"})
_LINE = re.compile(r"[^\n]+")


@cache
def _stops() -> frozenset[str]:
    codes = {code for _, code, _ in resources.table("currencies.tsv", 3) if code.isalpha() and code.isupper()}
    return frozenset(resources.words("acronym_stops.tsv")) | codes


def common_abbreviation(text: str) -> bool:
    """Whether the word abbreviates a thing, never a body ("le PIB", "jusqu'au CEP", "le RER"), a
    currency code included ("le GNF a perdu de sa valeur")."""
    return text in _stops()


def _mostly_capitals(line: str) -> bool:
    letters = "".join(filter(str.isalpha, line))
    return not letters or sum(map(str.isupper, letters)) > 0.5 * len(letters)


_BRACKETED = re.compile(r"[A-ZÀ-Þ][\w'-]*(?:\s+[\w'-]+){0,8}\s*\(\s*$")


_DETERMINER = re.compile(r"(?:^|(?<=[\s(«\"“]))(?i:le|la|du|au|de\s+la|à\s+la|l['’]|d['’])\s*$")


def _evidence(doc: Document, m: re.Match[str], named: set[str]) -> bool:
    if m.group() in named:
        return True
    line_start = doc.norm.rfind("\n", 0, m.start()) + 1
    if _DETERMINER.search(doc.norm, max(line_start, m.start() - 8), m.start()):
        return True
    return doc.norm[m.end() : m.end() + 2].lstrip().startswith(")") and bool(
        _BRACKETED.search(doc.norm, line_start, m.start())
    )


_SHORT_THEN_LONG = re.compile(r"(?<![\w'-])([A-Z][A-Za-z&]{1,7})\s*\(\s*([A-ZÀ-Þ][^()\n]{3,100}?)\s*\)")
_LONG_THEN_SHORT = re.compile(r"\(\s*([A-Z][A-Za-z&]{1,7})\s*\)")
_NAME_WORD = re.compile(r"[^\W\d_][\w]*")


def _initials(words: list[str]) -> str:
    """First letters of the content words ("Centre communal d'aide sociale" -> "ccas")."""
    skipped = resources.function_words() | {"d", "l"}  # "d'aide": the elided article counts for nothing
    return "".join(w[0] for w in words if w.casefold() not in skipped).casefold()


def _spelled(doc: Document) -> list[Span]:
    """An acronym and the long form it spells, side by side in brackets: "le Ccas (Centre communal
    d'aide sociale)", "Faune et Flore Internationale (FFI)". The initials of the long form's
    content words must be the acronym's letters; both are organizations. A long form in lower
    case must open with an organization's head ("le comité départemental olympique et sportif
    (CDOS)"): "le produit intérieur brut (PIB)" names no body."""
    spans = []
    for m in _SHORT_THEN_LONG.finditer(doc.norm):
        short, long_ = m.group(1), m.group(2)
        if _initials(_NAME_WORD.findall(long_)) == short.casefold():
            spans.append(doc.span(m.start(1), m.end(1), SpanKind.ORGANIZATION, "acronyms:spelled"))
            spans.append(doc.span(m.start(2), m.start(2) + len(long_), SpanKind.ORGANIZATION, "acronyms:spelled"))
    for m in _LONG_THEN_SHORT.finditer(doc.norm):
        short = m.group(1).casefold()
        line_start = doc.norm.rfind("\n", 0, m.start()) + 1
        words = list(_NAME_WORD.finditer(doc.norm, line_start, m.start()))
        for k in range(len(words) - 1, max(-1, len(words) - 3 * len(short) - 1), -1):
            first = words[k].group()
            opens = first[0].isupper() or entity_kinds.org_head().fullmatch(first)  # "comité départemental (CDOS)"
            if opens and _initials([w.group() for w in words[k:]]) == short:
                end = len(doc.norm[: m.start()].rstrip())
                spans.append(doc.span(words[k].start(), end, SpanKind.ORGANIZATION, "acronyms:spelled"))
                if not _BRACKETED.search(doc.norm, line_start, m.start() + 1):  # else found as capitals
                    spans.append(doc.span(m.start(1), m.end(1), SpanKind.ORGANIZATION, "acronyms:spelled"))
                break
    return spans


_NAME_AFTER = re.compile(r"[ \t]+([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*)(?![\w'’-]|[ \t]+[A-ZÀ-Þ])")


def _named_after(doc: Document, start: int, end: int) -> int:
    """End of the organization an acronym opens with one more capitalised word: "la MJC Nomade",
    "l'ASPTT Mulhouse" stays "ASPTT" (a place after it is the town, named apart), and a person
    the model saw after it is no part of it ("AFP Savera Mosnier")."""
    m = _NAME_AFTER.match(doc.norm, end)
    if not m:
        return end
    word = m.group(1)
    if word.casefold() in resources.function_words() or any(
        e.start == m.start(1) for e in doc.ents if e.label == "PER"
    ):
        return end
    if gazetteer.key(word) in gazetteer.places() or gazetteer.commune(word):
        return end
    return m.end(1)


def find(doc: Document) -> list[Span]:
    taken = [(e.start, e.end) for e in doc.ents if e.label in _NAMED]
    named = {doc.norm[e.start : e.end] for e in doc.ents if e.label == "ORG"}
    spans = [
        doc.span(e.start, after, SpanKind.ORGANIZATION, "acronyms:named")
        for e in doc.ents
        if e.label == "ORG"
        and _ACRONYM.fullmatch(doc.norm, e.start, e.end)
        and not common_abbreviation(doc.norm[e.start : e.end])
        and (after := _named_after(doc, e.start, e.end)) > e.end
    ]
    for line in _LINE.finditer(doc.norm):
        if _mostly_capitals(line.group()):
            continue
        for m in _ACRONYM.finditer(doc.norm, line.start(), line.end()):
            word = m.group()
            if word.split("-")[0] in _stops() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if not any(c.isalpha() for c in word[1:]) or not _evidence(doc, m, named):
                continue
            spans.append(
                doc.span(m.start(), _named_after(doc, m.start(), m.end()), SpanKind.ORGANIZATION, "acronyms:capitals")
            )
    return spans + _spelled(doc)
