"""Years for dates that state none, taken only from the article's own evidence; the clock is never read.

Evidence, strongest first (the first that applies decides):
1. An anchor in the same paragraph: the closest earlier date of that line with a written year and a
   month ("Le 3 mars 2019, ... Le 5 avril, ..." -> 2019-04-05).
2. The publication date printed in the page: a date after "Publié le", "Mis à jour le", "Créé :" in
   the removed chrome or the text; failing that, the first full date of the chrome when the next full
   date there has the same year (a dateline; a page that also prints today's date is ambiguous).
3. An earlier mention of the same date that got a year ("juin dernier" ... "en juin").
4. A weekday that fixes the year among the years the article states (each within one year).

Against an anchor (1 or 2) a date takes the year that puts it closest to the anchor, within
`_MAX_DAYS` (any distance for "dernier", which must fall before it, and "prochain", after it); a
written weekday alone picks among the anchor's year and its neighbours. Anything else stays XXXX.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterable
from dataclasses import replace

from ftextract.recognize.date_grammar import Part

_MAX_DAYS = 155  # about five months: further from the anchor, the past and the next year are both likely
_CUE_WORDS = (
    r"(?:publi[ée]e?s?|mise?s?\s+(?:à|a)\s+jour|mise?s?\s+en\s+ligne|cr[ée]{2}e?s?|post[ée]e?s?|modifi[ée]e?s?"
    r"|actualis[ée]e?s?|paru(?:e|tion)?|mis[e]?\s+(?:à|a)\s+jour)"
)
_CUE = re.compile(_CUE_WORDS + r"\s*(?:le|:|,)?[\s:,]*$", re.IGNORECASE)
_CUE_ANYWHERE = re.compile(_CUE_WORDS, re.IGNORECASE)
_DIGITS = re.compile(r"\d\d")  # a year, of two digits or four
_DATELINE_CHARS = 80  # a dateline ("15 mai 2019 à 06h00", "Le 3 avril 2019 - 10:42") is a short line
_DATELINE_REST = re.compile(r"(?:\s|le|à|a|[,|/•·-]|\d{1,2}\s*[h:]\s*\d{2}(?::\d{2})?)*", re.IGNORECASE)


def evidence_lines(context: str) -> str:
    """The lines of the removed chrome that can print the publication date, in order.

    `published` reads a full date there only after a cue or as a whole dateline; a page's chrome is
    often longer than its article, and the rest of it is never read. A kept line keeps the line
    before it, where the cue may stand ("Publié le" above the date).
    """
    lines = context.split("\n")

    def evidence(i: int) -> bool:
        line = lines[i]
        if not _DIGITS.search(line):
            return False
        return len(line) <= _DATELINE_CHARS or bool(
            _CUE_ANYWHERE.search(line) or (i and _CUE_ANYWHERE.search(lines[i - 1]))
        )

    keep = [evidence(i) for i in range(len(lines))]
    return "\n".join(line for i, line in enumerate(lines) if keep[i] or (i + 1 < len(lines) and keep[i + 1]))


def published(context: str, parts: list[Part], body: str = "", body_parts: Iterable[Part] = ()) -> datetime.date | None:
    """The publication date a page prints: a cued date of the chrome, then of the text, then a dateline."""
    ctx_full = [p for p in parts if _full(p)]
    for text, found in ((context, ctx_full), (body, [p for p in body_parts if _full(p)])):
        for p in found:
            if _CUE.search(text[max(0, p.start - 40) : p.start]):
                return _date(p)
    lines = [p for p in ctx_full if _dateline(context, p)]
    if lines and (len(lines) == 1 or lines[1].year == lines[0].year):
        return _date(lines[0])
    return None


def _dateline(text: str, p: Part) -> bool:
    """The date is its line's whole text, but for "le", a time and separators ("15 mai 2019 à 06h00")."""
    start = text.rfind("\n", 0, p.start) + 1
    end = text.find("\n", p.end) % (len(text) + 1)
    return bool(_DATELINE_REST.fullmatch(text[start : p.start] + " " + text[p.end : end]))


def needs_year(p: Part) -> bool:
    """A date with a month or a period but no year of its own: `resolve` looks for one."""
    return p.year is None and (p.month is not None or p.period is not None)


def resolve(parts: list[Part], lines: list[tuple[int, int]], pub: datetime.date | None) -> list[Part]:
    """Fill the year of each date that states none, from the evidence above, or leave it XXXX."""
    out: list[Part] = []
    for i, p in enumerate(parts):
        if needs_year(p):
            anchor = _line_anchor(parts[:i], p, lines) or pub
            year = _year_near(p, anchor) if anchor is not None else None
            p = replace(p, year=year if year is not None else _repeated(out, p))
        out.append(p)
    return _weekday_years(out)


def _repeated(before: list[Part], p: Part) -> int | None:
    """The year given to an earlier mention of the same date ("juin dernier" ... "en juin")."""
    same = {a.year for a in before if (a.month, a.day, a.period) == (p.month, p.day, p.period) and a.year}
    return same.pop() if len(same) == 1 else None


def _full(p: Part) -> bool:
    return p.explicit and p.year is not None and p.month is not None and p.day is not None and p.valid()


def _date(p: Part) -> datetime.date:
    return datetime.date(p.year, p.month, p.day)  # type: ignore[arg-type]


def _line_anchor(before: list[Part], p: Part, lines: list[tuple[int, int]]) -> datetime.date | None:
    line = next(((s, e) for s, e in lines if s <= p.start < e), None)
    if line is None:
        return None
    for a in reversed(before):
        if a.start < line[0]:
            return None
        if a.explicit and a.year is not None and a.month is not None and a.valid():
            return datetime.date(a.year, a.month, a.day or 15)
    return None


def _bounds(p: Part, year: int) -> tuple[datetime.date, datetime.date] | None:
    """First and last day the date covers in that year, or None when it does not exist there."""
    if p.period:
        first, last = {"Q": (3, 2), "H": (6, 5)}[p.period[0]]
        start_month = (int(p.period[1]) - 1) * first + 1
        months = (start_month, start_month + last)
    else:
        months = (p.month, p.month)  # type: ignore[assignment]
    if p.day is not None:
        if p.day > calendar.monthrange(year, months[0])[1]:
            return None
        day = datetime.date(year, months[0], p.day)
        return day, day
    return datetime.date(year, months[0], 1), datetime.date(year, months[1], calendar.monthrange(year, months[1])[1])


def _year_near(p: Part, anchor: datetime.date) -> int | None:
    """The year that puts the date nearest the anchor, under the policy of the module docstring."""
    fits: list[tuple[int, int]] = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        bounds = _bounds(p, year)
        if bounds is None:
            continue
        first, last = bounds
        if p.weekday is not None and first.weekday() != p.weekday:
            continue
        if p.relation == "dernier" and not (last <= anchor if p.day else last < anchor):
            continue
        if p.relation == "prochain" and not (first >= anchor if p.day else first > anchor):
            continue
        gap = 0 if first <= anchor <= last else min(abs((first - anchor).days), abs((last - anchor).days))
        fits.append((gap, year))
    if p.weekday is not None:
        return fits[0][1] if len(fits) == 1 else None
    fits.sort()
    too_far = fits and fits[0][0] > _MAX_DAYS and not p.relation  # "juin dernier" says which side
    if not fits or too_far or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return fits[0][1]


def _weekday_years(parts: list[Part]) -> list[Part]:
    """Evidence 3: the one year, around any stated year, on that weekday, and near the latest stated year."""
    stated = {p.year for p in parts if p.explicit and p.year is not None}
    if not stated:
        return parts
    window = sorted({y + d for y in stated for d in (-1, 0, 1)})
    out = []
    for p in parts:
        if p.weekday is not None and p.year is None and p.month and p.day:
            fits = [y for y in window if _weekday(y, p.month, p.day) == p.weekday]
            if len(fits) == 1 and fits[0] >= max(stated) - 1:
                p = replace(p, year=fits[0])
        out.append(p)
    return out


def _weekday(year: int, month: int, day: int) -> int | None:
    if not 1 <= month <= 12 or day > calendar.monthrange(year, month)[1]:
        return None
    return datetime.date(year, month, day).weekday()
