"""French numbers in running text: digits, spelled words, scales and collectives.

Digits follow French conventions: thousands grouped by spaces (any kind, already
plain in `doc.norm`) or dots ("300.000.000"), a decimal comma, and a decimal dot
where it cannot be a thousands dot ("23.1"). Spelled runs are valued by
`text_to_num.text2num`; fractions ("1/4", "10 1/2", "un demi") are numbers too, which
amounts keep only before a unit or a currency; the vocabulary that marks them, the scales and the
collectives ("une centaine") are data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from text_to_num import text2num

from ftextract.resources import table, words

# Grouped forms come first so "40 000" is one number; a group is exactly three digits.
_DIGITS = (
    r"\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?"  # 1.458.000,00
    r"|\d{1,3}(?:,\d{3}(?!\d)){2,}(?:\.\d+)?"  # 1,000,000 (English)
    r"|\d{1,3}(?: \d{3}(?!\d))+(?:,\d+)?"  # 40 000 / 1 200,5
    r"|\d+(?:[.,]\d+)?"  # 2000 / 2,5 / 23.1
)
_NUMBER = re.compile(rf"(?<![\w.,])(?P<sign>(?<![\w)])[-+](?=\d))?(?P<digits>{_DIGITS})(?!\d)")
_DEMI = re.compile(r"[ ]+et[ ]+demie?\b", re.IGNORECASE)
_HALF_SCALE = re.compile(r"(?<!\w)(?:une?[ ]+)?demi-(?=\w)", re.IGNORECASE)
_HALF = re.compile(r"(?<![\w-])(?:une?[ ]+)?demie?(?=(?:[ ]+|-)[^\W\d_])", re.IGNORECASE)
# "1/4", "10 1/2": a fraction only counts before a unit or a currency (amounts), never alone.
_FRACTION = re.compile(r"(?<![\w/.,-])(?:(?P<whole>\d{1,3})[ ])?(?P<num>\d{1,2})/(?P<den>2|3|4|8|10|16|100)(?![\d/.,])")


@dataclass(frozen=True, slots=True)
class Number:
    """A number as read: `value` includes its scale; `base_*` is the number without it."""

    start: int
    end: int
    value: int | float
    base_end: int
    base_value: int | float
    scale: str = ""  # "", "word", "abbrev" (needs a currency next) or "collective" (needs "de")
    spelled: bool = False  # written in words
    bare: bool = False  # plain digits without separator or sign (a year, a code?)
    fraction: bool = False  # "1/4", "un demi": an amount only with a unit or a currency


def plain(value: Decimal | float | int) -> int | float:
    """A plain JSON number: an int when integral (2000000, not 2000000.0)."""
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    return int(d) if d == d.to_integral_value() else float(d)


def parse_digits(text: str) -> Decimal | None:
    """Value of a French digit string ("1 200,5", "300.000.000", "23.1"), or None."""
    t = text.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", t):
        t = t.replace(",", "")
    else:
        t = t.replace(",", ".")
    try:
        return Decimal(t)
    except InvalidOperation:
        return None


def words_value(text: str) -> int | None:
    """Value of a spelled French number ("quatre-vingt-dix" -> 90), or None."""
    try:
        return text2num(text.lower(), "fr")
    except ValueError:
        return None


@cache
def _scales() -> dict[str, tuple[Decimal, str]]:
    return {form: (Decimal(factor), kind) for form, factor, kind in table("scales.tsv", 3)}


@cache
def _scale_re() -> re.Pattern[str]:
    forms = sorted(_scales(), key=len, reverse=True)
    alts = [f"(?i:{re.escape(f)})" if _scales()[f][1] != "abbrev" else re.escape(f) for f in forms]
    return re.compile(rf"[ ]?(?P<scale>{'|'.join(alts)})(?![^\W\d_])")


@cache
def _spelled_re() -> re.Pattern[str]:
    vocab = "|".join(sorted((re.escape(w) for w in words("number_words.tsv")), key=len, reverse=True))
    word = rf"(?:{vocab})"
    return re.compile(rf"(?<![\w-]){word}(?:(?:[ ]+|-)(?:et(?:[ ]+|-))?{word})*(?![\w-])", re.IGNORECASE)


def _scale_at(norm: str, pos: int) -> tuple[int, Decimal, str] | None:
    """The scale written right after a number ending at `pos`: (end, factor, kind)."""
    m = _scale_re().match(norm, pos)
    if not m:
        return None
    factor, kind = _scales().get(m["scale"]) or _scales()[m["scale"].lower()]
    return m.end(), factor, kind


def _scaled(norm: str, start: int, end: int, base: Decimal, spelled: bool, bare: bool) -> Number:
    """Apply a following scale ("millions", "M", "centaine") and "et demi" to a base number."""
    found = _scale_at(norm, end)
    value, stop, kind = base, end, ""
    if found:
        stop, factor, kind = found
        value = base * factor
        if kind == "word" and (half := _DEMI.match(norm, stop)):
            value += factor / 2
            stop = half.end()
    return Number(start, stop, plain(value), end, plain(base), kind, spelled, bare and not kind)


def _spelled_runs(norm: str) -> list[tuple[int, int, int]]:
    """Spelled numbers as (start, end, value): the longest prefix text2num accepts, repeatedly."""
    runs = []
    for m in _spelled_re().finditer(norm):
        tokens = [(t.start(), t.end()) for t in re.finditer(r"[^\s-]+", m.group())]
        i = 0
        while i < len(tokens):
            for k in range(len(tokens), i, -1):
                last = m.group()[tokens[k - 1][0] : tokens[k - 1][1]].lower()
                if last == "et":
                    continue
                text = m.group()[tokens[i][0] : tokens[k - 1][1]]
                value = words_value(text)
                # "quarante-cinq cents" is 45 cents after a currency, not 4500.
                if value is not None and last == "cents" and k - i > 1:
                    head = words_value(m.group()[tokens[i][0] : tokens[k - 2][1]])
                    if head is not None and head >= 10:
                        continue
                if value is not None and (k - i > 1 or last != "cents"):
                    runs.append((m.start() + tokens[i][0], m.start() + tokens[k - 1][1], value))
                    i = k
                    break
            else:
                i += 1
    return runs


def find_numbers(norm: str) -> list[Number]:
    """Every number in a normalized text, sorted by start; spans never overlap."""
    found: list[Number] = []
    for m in _NUMBER.finditer(norm):
        base = parse_digits(m["digits"])
        if base is None:
            continue
        if m["sign"] == "-":
            base = -base
        bare = not m["sign"] and m["digits"].isdigit()
        found.append(_scaled(norm, m.start(), m.end(), base, False, bare))
    for start, end, value in _spelled_runs(norm):
        found.append(_scaled(norm, start, end, Decimal(value), True, False))
    for m in _FRACTION.finditer(norm):
        num, den = int(m["num"]), int(m["den"])
        if 0 < num < den:
            value = Decimal(m["whole"] or 0) + Decimal(num) / Decimal(den)
            found.append(Number(m.start(), m.end(), plain(value), m.end(), plain(value), fraction=True))
    for m in _HALF.finditer(norm):
        if not _scale_at(norm, m.end() + 1):
            found.append(Number(m.start(), m.end(), 0.5, m.end(), 0.5, spelled=True, fraction=True))
    for m in _HALF_SCALE.finditer(norm):
        scale = _scale_at(norm, m.end())
        if scale and scale[2] == "word" and scale[1] > 1000:
            found.append(Number(m.start(), scale[0], plain(scale[1] / 2), m.end(), 0.5, "word", True))
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[Number] = []
    for n in found:
        if not kept or n.start >= kept[-1].end:
            kept.append(n)
    return kept
