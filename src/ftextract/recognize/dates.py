"""Dates: calendar references as TIMEX3 values, years resolved only from the article's own evidence.

Forms: "mercredi 3 avril", "1er janvier 2020", "23/06/2018", "2018-06-23", "avril 2019", "en janvier",
"mars dernier", "à la mi-août", "dernier trimestre 2019", "au premier semestre", years that date
something ("en 2019", "la loi de 2017"), fixed-date holidays ("à Noël"), ranges ("du 3 au 5 avril": one
date per end). Not dates: deictic words, bare weekdays, times of day, decades, durations, counts.

Year policy. The clock is never read; a year that is not the article's own stays XXXX, because a wrong
year is worse than none:
1. A year written in the expression is kept; two digits pivot as POSIX does (69-99 -> 19xx, else 20xx).
2. Range completion: the first end of "du 3 au 5 avril 2019" or "entre le 21 juin et le 15 novembre
   2019" takes the second end's month and year (the year before when it would fall after the second).
3. The paragraph's own dated anchor, the publication date printed in the page, or a weekday among
   the stated years (`years`, which says how).
4. "le 12," shortly after "le 10 octobre" is a later day of that month and takes its month and year.
5. Otherwise XXXX.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from ftextract.document import Document, Span, SpanKind, Timex, normalize_chars
from ftextract.recognize import years
from ftextract.recognize.date_grammar import (
    Grammar,
    Part,
    after_place_head,
    bare_month_ok,
    follower_ok,
    grammar,
    inside_place_name,
    is_year,
    lowered,
    next_word,
)

_MAX_ANAPHORA = 800  # characters between "le 10 octobre" and a "le 12" that refers back to it
_MAX_DAY_GAP = 14  # "le 12" is at most this many days after the date it refers back to


def find(doc: Document) -> list[Span]:
    """Every date the text states, with its TIMEX3 value, sorted by (start, end)."""
    g = grammar()
    parts = _complete_ranges(doc.norm, _parts(doc.norm, g), g)
    pub = None
    if any(years.needs_year(p) for p in parts):  # the page's publication date is read only when needed
        context = years.evidence_lines(normalize_chars(doc.context))
        pub = years.published(context, _parts(context, g), doc.norm, parts)
    parts = years.resolve(parts, _lines(doc.norm), pub)
    parts = _resolve_anaphora(parts, _bare_days(doc.norm, parts, g))
    return [doc.span(p.start, p.end, SpanKind.DATE, p.rule, Timex(p.timex())) for p in parts if p.valid()]


def _parts(norm: str, g: Grammar) -> list[Part]:
    """The dates a text states, as read, before any year is resolved."""
    low = lowered(norm)
    groups = [group for reader in _READERS for group in reader(norm, low, g)]
    return [p for p in _select(groups) if p.valid()]


def _lines(norm: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: a stated year reaches the other dates of its own paragraph."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", norm)]


# --- readers: regex match -> parts -------------------------------------------------------------------


def _year_of(m: re.Match[str]) -> int | None:
    for name in ("yc", "y4", "yn"):
        if name in m.re.groupindex and m[name]:
            value = int(m[name])
            return value if len(m[name]) == 4 else _pivot(value)
    if "y2" in m.re.groupindex and m["y2"]:
        return _pivot(int(m["y2"]))
    return None


def _pivot(two: int) -> int:
    return 1900 + two if two >= 69 else 2000 + two


def _month_of(m: re.Match[str], g: Grammar) -> int:
    if "mn" in m.re.groupindex and m["mn"]:
        return int(m["mn"])
    return g.months[re.sub(r"\s+", " ", m["m"].rstrip(".").lower())]


def _weekday_of(m: re.Match[str], g: Grammar) -> int | None:
    return g.weekdays[m["wd"].lower()] if "wd" in m.re.groupindex and m["wd"] else None


def _read_days(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """Day + month (+ year): "mercredi 3 avril", "les 2 et 3 décembre 2019", "12 Janvier, 2016"."""
    for m in g.patterns["day-month"].finditer(low):
        if after_place_head(norm, m.start(), g):
            yield (Part(m.start(), m.end(), "dates:place-name"),)  # no date, but it holds its words
            continue
        year, month = _year_of(m), _month_of(m, g)
        start = m.start("wd" if m["wd"] else "d") if m["pre"] else m.start()
        head = Part(
            start,
            m.end(),
            "dates:day-month",
            year,
            month,
            g.day_of(m["d"]),
            weekday=_weekday_of(m, g),
            explicit=year is not None,
            relation=m["rel"],
        )
        yield (*_listed_days(m, "pre", head, g), head)


def _read_month_days(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """Month first, as some writers put it: "Oct. 2", "novembre 19-20", "Sep-23-2020"."""
    for m in g.patterns["month-day"].finditer(low):
        if not follower_ok(next_word(norm, m.end()), False, g) or after_place_head(norm, m.start(), g):
            continue
        year = _year_of(m)
        head = Part(
            m.start(), m.end("d"), "dates:month-day", year, _month_of(m, g), g.day_of(m["d"]), explicit=year is not None
        )
        group = [head, *_listed_days(m, "post", head, g)]
        group[-1] = replace(group[-1], end=m.end())  # the trailing year belongs to the last day
        yield tuple(group)


def _listed_days(m: re.Match[str], group: str, head: Part, g: Grammar) -> list[Part]:
    """The other days of "du 3 au 5 avril", "les 2, 3 et 4 mai": one date each, in the head's month."""
    if not m[group]:
        return []
    base = m.start(group)
    return [
        replace(
            head,
            start=base + d.start(),
            end=base + d.end(),
            rule="dates:day-range",
            day=g.day_of(d.group()),
            weekday=None,
            relation=None,
        )
        for d in g.listed_day.finditer(m[group])
    ]


_NUMERIC = (
    "numeric-dmy",
    "numeric-dmy-spaced",
    "numeric-ymd",
    "numeric-dm",
    "numeric-my",
    "numeric-ym",
    "numeric-d-month-y",
    "numeric-y-month-d",
)


# What every numeric form holds somewhere: digits around a separator, a month name after a digit
# and a separator, or "d m yyyy" spaced. A text without any is not scanned by the eight patterns.
_NUMERIC_HINT = re.compile(r"\d\s*[/.-]\s*\d|\d[/.-][^\W\d_]|\d \d{1,2} (?:19|20)\d\d")


def _read_numeric(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """23/06/2018, 2018-06-23, 22/04, 3/2015, 2016-11, 23/Sep/2020."""
    if not _NUMERIC_HINT.search(low):
        return
    for name in _NUMERIC:
        for m in g.patterns[name].finditer(low):
            day = int(m["d"]) if "d" in m.re.groupindex else None
            month = _month_of(m, g)
            if name == "numeric-dm" and not _plausible_day_month(m, norm, g):
                continue
            if name == "numeric-ym" and month == (int(m["yn"]) + 1) % 100:
                continue  # "la saison 2011-12" is two years
            if name == "numeric-ym" and not follower_ok(next_word(norm, m.end()), False, g):
                continue
            if name == "numeric-dmy" and day is not None and day <= 12 < month:
                day, month = month, day  # "02/22/2016" can only be read month first
            year = _year_of(m)
            yield (
                Part(
                    m.start(),
                    m.end(),
                    f"dates:{name}",
                    year,
                    month,
                    day,
                    weekday=_weekday_of(m, g),
                    explicit=year is not None,
                ),
            )


def _plausible_day_month(m: re.Match[str], norm: str, g: Grammar) -> bool:
    """ "22/4" is a date; "1/2", "3/4", "7/10" and "24/7" are fractions, grades and idioms."""
    d, mn = m["d"], m["mn"]
    if (d, mn) == ("24", "7") or not (len(d) == 2 or (len(mn) == 2 and mn != "10")):
        return False
    return follower_ok(next_word(norm, m.end()), False, g)


def _read_months(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """ "novembre 2018", "juillet 98", "en janvier", "mars dernier", "à la mi-août"."""
    for m in g.patterns["month-year"].finditer(low):
        if not inside_place_name(norm, m.start(), g):
            year = _year_of(m)
            yield (Part(m.start(), m.end(), "dates:month-year", year, _month_of(m, g), explicit=True),)
    for m in g.patterns["month"].finditer(low):
        if bare_month_ok(norm, m.start("m"), m.end("m"), g):
            rule = "dates:month-relative" if m["rel"] else "dates:month"
            yield (Part(m.start(), m.end(), rule, month=_month_of(m, g), relation=m["rel"]),)


def _read_periods(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """ "dernier trimestre 2019" -> 2019-Q4; "au premier semestre" -> XXXX-H1; "T3 2019" -> 2019-Q3."""
    for m in g.patterns["period"].finditer(low):
        code, needs_year = g.periods[re.sub(r"\s+", " ", m["p"].lower())]
        year = _year_of(m)
        if year is None and needs_year:
            continue
        yield (Part(m.start(), m.end(), "dates:period", year, period=code, explicit=year is not None),)


def _read_years(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """ "en 2019", "la loi de 2017", "fin 2020", "2019-2020"; not "2000 emplois" nor "les années 1970"."""
    for m in g.patterns["year-range"].finditer(low):
        a, b = int(m["y4"]), int(m["y4b"])
        if a < b and follower_ok(next_word(norm, m.end()), True, g):
            yield (
                Part(m.start("y4"), m.end("y4"), "dates:year-range", a, explicit=True),
                Part(m.start("y4b"), m.end("y4b"), "dates:year-range", b, explicit=True),
            )
    for m in g.patterns["year"].finditer(low):
        if is_year(norm, m.start("y4"), m.end("y4"), bool(m["mod"]), g):
            yield (Part(m.start(), m.end(), "dates:year", int(m["y4"]), explicit=True),)


def _read_holidays(norm: str, low: str, g: Grammar) -> Iterator[tuple[Part, ...]]:
    """ "à Noël" -> XXXX-12-25, "la Toussaint" -> XXXX-11-01; not "le Père Noël", "marché de Noël"."""
    for m in g.patterns["holiday"].finditer(low):
        month, day, needs_cue = g.holidays[re.sub(r"\s+", " ", m["h"].lower())]
        if m["cue"] or _holiday_alone(norm, m.start("h"), m.end("h"), needs_cue):
            yield (Part(m.start("h"), m.end("h"), "dates:holiday", month=month, day=day),)


def _holiday_alone(norm: str, start: int, end: int, strict: bool) -> bool:
    """Not part of a name ("Toussaint Louverture", "Carte Saint-Valentin"); when `strict`, not a noun
    complement either ("sapin de Noël", "Père Noël")."""
    before = norm[max(0, start - 30) : start].rstrip(" \t")
    prev = re.findall(r"[\w'-]+", before)
    if next_word(norm, end)[:1].isupper() or (prev and before[-1] not in ".!?:\n" and prev[-1][:1].isupper()):
        return False
    return not (strict and prev and prev[-1].lower().rsplit("'", 1)[0] in ("de", "du", "d", "père", "papa", "l"))


_READERS: tuple[Callable[[str, str, Grammar], Iterator[tuple[Part, ...]]], ...] = (
    _read_days,
    _read_month_days,
    _read_numeric,
    _read_months,
    _read_periods,
    _read_years,
    _read_holidays,
)


# --- selection and year resolution -------------------------------------------------------------------


def _select(groups: list[tuple[Part, ...]]) -> list[Part]:
    """Longest reading first, then earliest: overlapping readings of the same words keep the fullest."""
    taken: list[tuple[int, int]] = []
    kept: list[Part] = []
    for group in sorted(groups, key=lambda gr: (gr[0].start - gr[-1].end, gr[0].start)):
        start, end = group[0].start, group[-1].end
        if not any(start < e and s < end for s, e in taken):
            taken.append((start, end))
            kept.extend(group)
    return sorted(kept, key=lambda p: (p.start, p.end))


def _complete_ranges(norm: str, parts: list[Part], g: Grammar) -> list[Part]:
    """Policy 2: "entre le 21 juin et le 15 novembre 2019" -> the first end takes 2019."""
    out = list(parts)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.year is not None or a.month is None or a.period or b.year is None or b.month is None:
            continue
        if g.range_link.fullmatch(norm[a.end : b.start]):
            later = (a.month, a.day or 0) > (b.month, b.day or 0)
            out[i] = replace(a, year=b.year - 1 if later else b.year)
    return out


def _bare_days(norm: str, parts: list[Part], g: Grammar) -> list[Part]:
    """Bare "le 12," that no other reading covers; they become dates only if they refer back."""
    spans = [(p.start, p.end) for p in parts]
    out = []
    for m in g.bare_day.finditer(norm):
        s, e = m.span("d")
        if not any(s < pe and ps < e for ps, pe in spans):
            out.append(Part(s, e, "dates:day-after-date", day=g.day_of(m["d"])))
    return out


def _resolve_anaphora(parts: list[Part], days: list[Part]) -> list[Part]:
    """Policy 3: a bare day takes the month of the closest day-month date before it, a few days later."""
    resolved = []
    for d in days:
        before = [p for p in parts if p.end <= d.start and p.day is not None and p.month is not None]
        if not before or d.day is None or d.start - before[-1].end > _MAX_ANAPHORA:
            continue
        ante = before[-1]
        if ante.day is not None and ante.day < d.day <= ante.day + _MAX_DAY_GAP:
            resolved.append(replace(d, year=ante.year, month=ante.month))
    return sorted(parts + resolved, key=lambda p: (p.start, p.end))
