"""Amounts: a number with what it measures or counts (money, percent, quantity, count).

Policy, in order: a number is dropped when it is a reference (article 49.3, n° 58,
17 rue ...), a time (14h30), part of a date or code (03/04, 13e, COP21, 06 12 ...),
or followed by a duration or month. Otherwise what follows decides: a percent sign,
a currency, a physical unit, a currency symbol before it, then a counted noun. A
number with nothing after it takes the unit of the next number when a range joins
them ("entre 2 et 3 millions d'euros", "de 10 à 15 %"), or the noun of the count it is a part of
("800 condamnations, dont 388 ...", "trois des cinq notabilités"). A bare dollar is the page's own (USD
unless the page is Canadian, Australian..., `amount_units.local_dollar`). "un"/"une" alone only count
money; a bare year-like number (1000-2100) never counts nouns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from ftextract.document import AmountKind, Document, Quantity, Span, SpanKind
from ftextract.recognize import amount_units as lex
from ftextract.recognize.numbers import Number, find_numbers, parse_digits, plain, words_value
from ftextract.resources import function_words, words

_OF = re.compile(r"[ ]*(?:de[ ]+|d')", re.IGNORECASE)
_BEFORE = re.compile(r"(\S+)[ ]*$")
_TIME_OR_CODE_AFTER = re.compile(r"[ ]?[hH:][ ]?\d|[./:]\d|[ ]?°[ ]?\d")
_CODE_BEFORE = re.compile(r"(?:\d[./:]|[^\W\d_]-|[#°])$")
_RANGE = re.compile(r"[ ]*(?:et|ou|à|a|-|/|,)[ ]*(?:de[ ]+|d')?$", re.IGNORECASE)
_CENTS = re.compile(
    r"[ ]+(?:et[ ]+)?(?P<n>[^\W_]+(?:[- ][^\W\d_]+)?)[ ]+(?:cents?|centimes?)(?![^\W\d_])"
    r"|[ ]+(?:et[ ]+)?(?P<d>\d{1,2})(?=[ ]*(?:[.,;:!?)]|$))"  # "3 euros 50"
    r"|(?<=[€$£])(?P<g>\d{2})(?![\d,.]\d|[^\W\d_])"  # "20€43"
    r"|[ ]+(?:et[ ]+)?(?P<w>[^\W\d_]+(?:[- ][^\W\d_]+){0,2}?)(?=[ ]*(?:[.,;:!?)]|$))",  # "un euro cinquante"
    re.IGNORECASE | re.MULTILINE,
)
_RATIO = re.compile(r"[ ]+sur[ ]+(?P<n>[^\W_]+)(?![^\W_])", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"\d[ ]+(?:de[ ]+)?$", re.IGNORECASE)
_SPACED_MINUS = re.compile(r"(?:^|(?<=[\s(:]))(?P<sign>-)[ ]$")
_TEMPERATURES = ("degré", "kelvin")
# A count whose noun is left out: "800 condamnations, dont 388 ...", "parmi eux 12 ..."; "trois des cinq X".
_SUBSET_BEFORE = re.compile(r"(?<![^\W\d_])(?:dont|parmi[ ]+(?:eux|elles|lesquels|lesquelles))[ ]+$", re.IGNORECASE)
_SUBSET_OF = re.compile(r"[ ]+(?:des|d'entre[ ]+les|d'entre[ ]+eux|d'entre[ ]+elles)[ ]+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:\n]")
_SUBSET_REACH = 160  # characters from the count to the subset that refers back to it
_UNCOUNTED_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "PUNCT"})


@dataclass(frozen=True, slots=True)
class _Reading:
    start: int
    end: int
    value: int | float
    unit: str
    kind: AmountKind
    rule: str
    propagated: bool = False


_REJECT = "reject"  # a number that is no amount and passes no unit along a range


def find(doc: Document) -> list[Span]:
    """Every amount of the document, sorted by (start, end)."""
    norm = doc.norm
    pos_at = {t.start: t.pos for t in doc.tokens}
    numbers = find_numbers(norm)
    readings: list[_Reading | str | None] = []
    consumed = 0
    for number in numbers:
        if number.start < consumed:
            readings.append(_REJECT)
            continue
        reading = _read(norm, number, pos_at)
        readings.append(reading)
        if isinstance(reading, _Reading):
            consumed = reading.end
    readings = _spread_ranges(norm, numbers, readings)
    readings = _spread_ellipses(norm, numbers, readings)
    dollar = lex.local_dollar(doc.title, norm, doc.context) if lex.LOCAL_DOLLAR in _units_of(readings) else ""
    spans = [
        doc.span(
            r.start,
            r.end,
            SpanKind.AMOUNT,
            r.rule,
            Quantity(r.value, dollar if r.unit == lex.LOCAL_DOLLAR else r.unit, r.kind),
        )
        for r in readings
        if isinstance(r, _Reading)
    ]
    return sorted(spans, key=lambda s: (s.start, s.end))


def _units_of(readings: list) -> set[str]:
    return {r.unit for r in readings if isinstance(r, _Reading)}


@cache
def _not_before() -> frozenset[str]:
    return words("not_before.tsv")


def _is_reference(norm: str, n: Number) -> bool:
    """Not an amount whatever follows: a reference, a time, a date or code fragment."""
    before = norm[max(0, n.start - 24) : n.start]
    if _CODE_BEFORE.search(before) or _TIME_OR_CODE_AFTER.match(norm, n.base_end):
        return True
    m = _BEFORE.search(before)
    if m:
        word = m.group(1).lower().lstrip("(«\"'").split("'")[-1]
        if word in _not_before() or word.rstrip(".") in _not_before():
            return True
    digits = norm[n.start : n.base_end].lstrip("+-")
    return len(digits) > 1 and digits[0] == "0" and digits[1].isdigit()


def _read(norm: str, n: Number, pos_at: dict[int, str]) -> _Reading | str | None:
    if not n.spelled and _is_reference(norm, n):
        return _REJECT
    if n.spelled and _DAY_BEFORE.search(norm, max(0, n.start - 8), n.start) and lex.is_month(norm[n.start : n.end]):
        return _REJECT  # "12 de Sept": a month, not seven
    if n.scale == "abbrev" and not lex.currency_after(norm, _of_end(norm, n.end), True):
        n = replace(n, end=n.base_end, value=n.base_value, scale="")
    end = n.end
    glued = end < len(norm) and (norm[end].isalpha() or norm[end] in "$€£¥°µ")
    if lex.blocked_after(norm, end):
        return _REJECT
    at = _of_end(norm, end) if n.scale else end
    if n.scale == "collective" and at == end:
        return _REJECT
    if n.scale != "collective" and (stop := lex.percent_after(norm, end)):
        return _Reading(n.start, stop, n.value, "%", AmountKind.PERCENT, "amounts:percent")
    if found := lex.currency_after(norm, at, n.scale in ("word", "abbrev")):
        if found[2] != 1:
            return _Reading(
                n.start, found[0], plain(Decimal(str(n.value)) / found[2]), found[1], AmountKind.MONEY, "amounts:cents"
            )
        stop, value = _with_cents(norm, found[0], n.value)
        return _Reading(n.start, stop, value, found[1], AmountKind.MONEY, "amounts:money")
    if n.spelled and n.value == 1 and not n.scale:
        return None  # "un point", "une maison": an article, not a count
    if found := lex.unit_after(norm, at):
        start, value = _signed(norm, n, found[1])
        return _Reading(start, found[0], value, found[1], AmountKind.QUANTITY, "amounts:unit")
    if n.fraction:
        return None  # "1/4 des salariés", "un demi-frère": a share, not an amount
    if (found := lex.currency_before(norm, n.start)) and not glued:
        return _Reading(found[0], n.end, n.value, found[1], AmountKind.MONEY, "amounts:money-prefix")
    if glued:
        return _REJECT
    if n.bare and (1000 <= n.value <= 2100 or n.value >= 10000):
        return None  # a year, a postal code: it counts nothing
    found = lex.noun_after(norm, at)
    if found is None or pos_at.get(found[0]) in _UNCOUNTED_POS:
        return None
    if abs(n.value) >= 2 and norm[found[0] : found[1]].endswith("ant"):
        return None  # a present participle ("324 concernant"): plural nouns end in -ants
    if not found[2] or _after_digit_hyphen(norm, n.start):
        return _REJECT
    if _is_ratio(norm, found[1], pos_at):
        return None  # "huit véhicules sur dix": a proportion, not a count
    if norm[found[0]].isupper() and _name_before(norm, n.start):
        return None  # "France 3 Limousin", "Canal 9 Lorraine": a number inside a name counts nothing
    return _Reading(n.start, found[1], n.value, found[2], AmountKind.COUNT, "amounts:count")


_WORD_BEFORE = re.compile(r"([A-ZÀ-Þ][\w'’-]*) $")


def _name_before(norm: str, start: int) -> bool:
    """Whether a capitalised word that is no function word stands right before `start` ("France 3")."""
    m = _WORD_BEFORE.search(norm, max(0, start - 30), start)
    return m is not None and m.group(1).casefold() not in function_words()


def _signed(norm: str, n: Number, unit: str) -> tuple[int, int | float]:
    """A temperature keeps a minus written apart ("- 20 degrés"); elsewhere " - " is a dash."""
    m = _SPACED_MINUS.search(norm, max(0, n.start - 3), n.start)
    if m and n.value > 0 and unit.startswith(_TEMPERATURES):
        return m.start("sign"), -n.value
    return n.start, n.value


def _is_ratio(norm: str, end: int, pos_at: dict[int, str]) -> bool:
    """ "sur dix" after the noun, with no noun of its own after it ("3 films sur deux jours" counts)."""
    m = _RATIO.match(norm, end)
    if not m or not (m["n"].isdigit() or words_value(m["n"]) is not None):
        return False
    after = lex.noun_after(norm, m.end())
    return after is None or (after[2] != "" and pos_at.get(after[0], "NOUN") != "NOUN")


def _spread_ellipses(norm: str, numbers: list[Number], readings: list) -> list:
    """A number that counts nothing alone takes the noun of the count it is a part of.

    "800 condamnations, dont 388 se sont traduites..." (the count before it, same clause) and
    "trois des cinq notabilités" (the count right after it). Only plain counts of a larger whole
    pass their noun: a scaled one ("3 millions de personnes, dont 2") would change the value.
    """
    out = list(readings)
    for i, n in enumerate(numbers):
        if out[i] is not None or n.fraction or n.scale or (n.bare and 1000 <= n.value <= 2100):
            continue
        whole = None
        if _SUBSET_BEFORE.search(norm, max(0, n.start - 30), n.start):
            k = next((k for k in range(i - 1, -1, -1) if isinstance(out[k], _Reading)), None)
            near = k is not None and n.start - out[k].end <= _SUBSET_REACH
            if near and not _CLAUSE_END.search(norm, out[k].end, n.start):
                whole = k
        elif i + 1 < len(numbers) and isinstance(out[i + 1], _Reading) and out[i + 1].start == numbers[i + 1].start:
            gap = _SUBSET_OF.fullmatch(norm, n.end, numbers[i + 1].start)
            whole = i + 1 if gap else None
        if whole is None:
            continue
        target = out[whole]
        if target.kind is AmountKind.COUNT and not numbers[whole].scale and 0 < n.value < target.value:
            out[i] = _Reading(n.start, n.end, n.value, target.unit, target.kind, "amounts:subset", True)
    return out


def _after_digit_hyphen(norm: str, start: int) -> bool:
    """The second number of "3-0" (a score) or "2018-2019"."""
    return start >= 2 and norm[start - 1] == "-" and norm[start - 2].isdigit()


def _of_end(norm: str, pos: int) -> int:
    """Position after a "de"/"d'" joining a scaled number to what it counts ("2 millions d'euros")."""
    m = _OF.match(norm, pos)
    return m.end() if m else pos


def _with_cents(norm: str, end: int, value: int | float) -> tuple[int, int | float]:
    """Extend money with the cents written after the currency ("15 dollars et 15 cents", "3 euros 50")."""
    m = _CENTS.match(norm, end)
    if not m:
        return end, value
    spelled = m["n"] or m["w"]
    digits = m["d"] or m["g"]
    cents = parse_digits(digits) if digits else words_value(spelled.replace("-", " "))
    if cents is None and m["n"]:
        cents = parse_digits(m["n"])
    if cents is None or not 0 < cents < 100:
        return end, value
    return m.end(), plain(Decimal(str(value)) + Decimal(str(cents)) / 100)


def _spread_ranges(norm: str, numbers: list[Number], readings: list) -> list:
    """Give a unit-less number the unit of the next one when a range joins them, right to left."""
    out = list(readings)
    for i in range(len(numbers) - 2, -1, -1):
        n, nxt, target = numbers[i], numbers[i + 1], out[i + 1]
        if out[i] is not None or not isinstance(target, _Reading) or target.start < nxt.start:
            continue
        gap = norm[n.end : nxt.start]
        if not _RANGE.fullmatch(gap) or (n.bare and 1000 <= n.value <= 2100):
            continue
        sep = gap.strip().lower()
        if sep == "," and not target.propagated and not (n.spelled and nxt.spelled):
            continue
        if sep in ("-", "/") and target.kind == AmountKind.COUNT:
            continue
        value = n.value
        if not n.scale and nxt.scale in ("word", "abbrev") and abs(n.value) < 1000 and nxt.base_value:
            value = plain(Decimal(str(n.value)) * Decimal(str(nxt.value)) / Decimal(str(nxt.base_value)))
        out[i] = _Reading(n.start, n.end, value, target.unit, target.kind, "amounts:range", True)
    return out
