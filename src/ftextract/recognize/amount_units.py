"""What follows (or precedes) a number: a currency, a percent sign, a unit, or a counted noun.

Each reader looks at `doc.norm` from a position and returns where its match ends
and the unit as the record writes it (ISO code, "%", French unit name, singular
noun). The vocabularies are data files; only the grammar is here.
"""

from __future__ import annotations

import re
from functools import cache

from ftextract.resources import table, words

_LETTER = r"[^\W\d_]"
_AFTER = rf"(?!{_LETTER}|')"  # a form ends where no letter or elision follows
_PERCENT = re.compile(rf"[ ]*(?:%|pour[ ]?cents?{_AFTER}|pourcentages?{_AFTER})", re.IGNORECASE)
_WORD = re.compile(rf"[ ]*(?P<w>{_LETTER}+(?:-{_LETTER}+)*\.?)")
_UNIT_GAP = re.compile(r"[ ]*-?")  # "12 km", "12km", "2,5-km"
_RATE = re.compile(r"[ ]*/[ ]*|[ ]+par[ ]+|[ ]+[àa][ ]+l'(?=heure)", re.IGNORECASE)


def _form_re(form: str, ignore_case: bool) -> str:
    body = r"[ ]*".join(re.escape(part) for part in form.split(" "))
    return f"(?i:{body})" if ignore_case else body


@cache
def _currencies() -> tuple[tuple[str, str, str], ...]:
    return table("currencies.tsv", 3)


@cache
def _currency_re(prefix: bool) -> re.Pattern[str]:
    rows = [r for r in _currencies() if r[2] == "both" or not prefix]
    alts = "|".join(
        f"(?P<c{i}>{_form_re(form, True)})" for i, (form, _, _) in sorted(enumerate(rows), key=lambda r: -len(r[1][0]))
    )
    if prefix:
        return re.compile(rf"(?<!{_LETTER})(?:{alts})[ ]*$")
    return re.compile(rf"[ ]*(?:{alts}){_AFTER}")


def _currency_rows(prefix: bool) -> list[tuple[str, str, str]]:
    return [r for r in _currencies() if r[2] == "both" or not prefix]


def currency_after(norm: str, pos: int, scaled: bool) -> tuple[int, str, int] | None:
    """(end, ISO code, divisor) of a currency written at `pos`; some forms need a scaled number.

    The divisor is 100 for a sub-unit ("50 centimes" is 0.5 EUR), else 1.
    """
    m = _currency_re(False).match(norm, pos)
    if not m:
        return None
    _, code, position = _currency_rows(False)[int(m.lastgroup[1:])]
    if position == "scaled" and not scaled:
        return None
    return m.end(), code, 100 if position == "cent" else 1


def currency_before(norm: str, pos: int) -> tuple[int, str] | None:
    """(start, ISO code) of a currency symbol or code written just before `pos` ("$ 75", "EUR 1000")."""
    window = norm[max(0, pos - 16) : pos]
    m = _currency_re(True).search(window)
    if not m:
        return None
    return pos - len(window) + m.start(), _currency_rows(True)[int(m.lastgroup[1:])][1]


LOCAL_DOLLAR = "$"  # the code currencies.tsv gives a bare "$" or "dollar"


@cache
def _dollar_cues() -> re.Pattern[str]:
    cues = sorted((cue for cue, _ in table("country_currencies.tsv", 2)), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(c) for c in cues)})(?![\w-])", re.IGNORECASE)


def local_dollar(title: str, text: str, chrome: str) -> str:
    """ISO code of a bare dollar in this page: USD unless one dollar country clearly marks the page.

    A cue in the title or the removed chrome (the site's own menus, datelines) counts twice, one in
    the text once: a page scores at least 3 for a country, and more than for the United States.
    """
    code_of = {cue.lower(): code for cue, code in table("country_currencies.tsv", 2)}
    counts: dict[str, int] = {}
    for text_, weight in ((title, 2), (chrome, 2), (text, 1)):
        for m in _dollar_cues().finditer(text_):
            code = code_of[m.group().lower()]
            counts[code] = counts.get(code, 0) + weight
    usd = counts.pop("USD", 0)
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:1]
    return best[0][0] if best and best[0][1] >= 3 and best[0][1] > usd else "USD"


def percent_after(norm: str, pos: int) -> int | None:
    m = _PERCENT.match(norm, pos)
    return m.end() if m else None


@cache
def _units() -> tuple[tuple[str, str, str, str], ...]:
    return table("units.tsv", 4)


@cache
def _unit_re(per: bool) -> re.Pattern[str]:
    rows = [r for r in _units() if per or r[3] == "unit"]
    alts = "|".join(
        f"(?P<u{i}>{_form_re(form, case == 'ci')})"
        for i, (form, _, case, _) in sorted(enumerate(rows), key=lambda r: -len(r[1][0]))
    )
    return re.compile(rf"(?:{alts}){_AFTER}")


def _unit_name(per: bool, group: str) -> str:
    rows = [r for r in _units() if per or r[3] == "unit"]
    return rows[int(group[1:])][1]


def unit_after(norm: str, pos: int) -> tuple[int, str] | None:
    """(end, French unit name) of a physical unit at `pos`, rates included ("µg/l", "km par heure")."""
    m = _unit_re(False).match(norm, _UNIT_GAP.match(norm, pos).end())
    if not m:
        return None
    end, name = m.end(), _unit_name(False, m.lastgroup)
    rate = _RATE.match(norm, end)
    if rate and (per := _unit_re(True).match(norm, rate.end())):
        end, name = per.end(), f"{name} par {_unit_name(True, per.lastgroup)}"
    return end, name


@cache
def _not_counted() -> dict[str, str]:
    """Word -> reason; "function" words only stop a noun, the others stop the amount."""
    reasons = {row[0].lower(): "date" for row in table("months.tsv", 3)}
    return reasons | dict(table("not_counted.tsv", 2))


def is_month(word: str) -> bool:
    """A month name or abbreviation ("sept" is also seven)."""
    return _not_counted().get(word.lower().rstrip("."), "") == "date"


def _blocks(word: str) -> bool:
    """Whether the word (or the first part of a compound: "novembre-Belle") stops the amount."""
    head = word.lower().rstrip(".")
    return any(_not_counted().get(w, "function") != "function" for w in {head, head.split("-")[0]})


@cache
def _singulars() -> dict[str, str]:
    return dict(table("singulars.tsv", 2))


def singular(noun: str) -> str:
    """French singular of a plural noun, by rule with an exceptions list; compounds part by part."""
    noun = noun.lower()
    if noun in _singulars():
        return _singulars()[noun]
    if "-" in noun:
        return "-".join(singular(part) if len(part) > 2 else part for part in noun.split("-"))
    for plural, single in (("eaux", "eau"), ("aux", "al"), ("eux", "eu"), ("oux", "ou")):
        if noun.endswith(plural) and len(noun) > len(plural) + 1:
            return noun[: -len(plural)] + single
    if noun.endswith("s") and not noun.endswith("ès") and len(noun) > 2:
        return noun[:-1]
    return noun


def blocked_after(norm: str, pos: int) -> bool:
    """Whether the next word makes the number a duration, date, time, street number or multiplier."""
    m = _WORD.match(norm, pos)
    return bool(m) and _blocks(m["w"])


def noun_after(norm: str, pos: int) -> tuple[int, int, str] | None:
    """(start, end, singular noun) of the noun a number counts, skipping prenominal adjectives.

    The noun is "" when the word shows the number is no amount (a duration, a month).
    """
    for _ in range(3):
        m = _WORD.match(norm, pos)
        if not m:
            return None
        word = m["w"].rstrip(".") if m["w"].lower() not in _singulars() else m["w"]
        if m["w"].lower().rstrip(".") not in words("prenominal.tsv"):
            break
        pos = m.start("w") + len(m["w"].rstrip("."))
    else:
        return None
    start, low = m.start("w"), word.lower()
    if _blocks(low):
        return start, start + len(word), ""
    if low in _not_counted() or len(word) < 2 or word.isupper() or norm.startswith("'", start + len(word)):
        return None
    return start, start + len(word), singular(low)
