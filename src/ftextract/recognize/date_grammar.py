"""The vocabulary and regex grammar of French dates, and the context tests that tell a date from a number.

Vocabulary comes from data files (months, weekdays, day words, holidays, periods, date cues); the
grammar that combines it stays here, so `dates` only reads matches and resolves years.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from ftextract.resources import table


@dataclass(frozen=True, slots=True)
class Part:
    """One date being read: the fields the text gives, and whether its year was written there."""

    start: int
    end: int
    rule: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    period: str | None = None  # Q1..Q4, H1, H2
    weekday: int | None = None
    explicit: bool = False  # the year is written in the expression itself
    relation: str | None = None  # "dernier" or "prochain" after the date: before or after the publication

    def valid(self) -> bool:
        """A real calendar value; a part with no year, month or period only holds words ("rue du 8 Mai")."""
        if self.year is not None and not 1000 <= self.year <= 2999:
            return False
        if self.month is None:
            return self.year is not None or self.period is not None
        if not 1 <= self.month <= 12:
            return False
        return self.day is None or 1 <= self.day <= calendar.monthrange(self.year or 2000, self.month)[1]

    def timex(self) -> str:
        year = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.period:
            return f"{year}-{self.period}"
        if self.month is None:
            return year
        return f"{year}-{self.month:02d}" + ("" if self.day is None else f"-{self.day:02d}")


# --- vocabulary and grammar --------------------------------------------------------------------------


def _alt(forms: list[str]) -> str:
    """A regex alternation of data forms, longest first, any run of blanks matching a space."""
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(set(forms), key=lambda f: -len(f)))


@dataclass(frozen=True, slots=True)
class Grammar:
    months: dict[str, int]
    day_words: dict[str, int]
    weekdays: dict[str, int]
    holidays: dict[str, tuple[int, int, bool]]
    periods: dict[str, tuple[str, bool]]
    cues: dict[str, frozenset[str]]
    patterns: dict[str, re.Pattern[str]]
    range_link: re.Pattern[str]
    bare_day: re.Pattern[str]
    listed_day: re.Pattern[str]

    def day_of(self, text: str) -> int:
        low = re.sub(r"\s+", " ", text.lower())
        return 1 if low in ("1er", "1ᵉʳ") else self.day_words[low] if low in self.day_words else int(low)


DAY_NUM = r"(?:1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])(?!\d|[.,]\d)"
_Y4 = r"[12]\d{3}(?!\d|[.,]\d)"
# A two-digit year ends the date: no time ("12h"), no counted word ("12 personnes"), no decimal.
_Y2_END = r"(?![\w:]|[.,]\d|\s*[h%€$£°]|\s+\d|\s+(?!(?:à|a|et|au)\b)[^\W\d_])"
_NUM_END = r"(?!\d|[/.,:-]\d)"
_EDGE = r"(?<![\w,.:/-])"
_MOD = r"(?P<mod>(?:à\s+la\s+)?mi-|(?:fin|début|debut|courant|mi)\s+|(?:le\s+)?mois\s+(?:de\s+|d'))?"
_THE_YEAR = r"(?:l'ann[ée]e\s+|l'an\s+)?"  # "le 8 mai de l'année 2016"
_LINK = r"\s*(?:,|et\b|au\b|à|a\b|-|jusqu'au\b|jusqu'(?:à|a)\b)\s*(?:le\s+)?"


@cache
def grammar() -> Grammar:
    months = {f.lower(): (int(n), use) for f, n, use in table("months.tsv", 3)}
    weekdays = {f.lower(): (int(n), use) for f, n, use in table("weekdays.tsv", 3)}
    holidays = {f.lower(): (int(md[:2]), int(md[3:]), cue == "yes") for f, md, cue in table("holidays.tsv", 3)}
    periods = {f.lower(): (code, need == "required") for f, code, need in table("periods.tsv", 3)}
    day_words = {f.lower(): int(n) for f, n in table("day_words.tsv", 2)}
    cues: dict[str, set[str]] = {}
    for word, role in table("date_cues.tsv", 2):
        cues.setdefault(role, set()).add(word.lower())
    names = _alt([f for f, (_, use) in months.items() if use == "name"])
    month = rf"(?P<m>(?:{names})\b|(?:{_alt(list(months))})\b\.?)"
    wd_any = rf"(?:{_alt(list(weekdays))})\b\.?"
    wd = rf"(?:(?P<wd>{_alt(list(weekdays))})\b\.?,?[^\S\n]+)?"
    day = rf"(?:{DAY_NUM}|(?:{_alt(list(day_words))})\b)"
    year = rf"(?:(?P<y4>{_Y4})|(?P<y2>\d{{2}}{_Y2_END}))"
    patterns = {
        "day-month": rf"{_EDGE}(?P<pre>(?:(?:{wd_any}\s+)?{DAY_NUM}{_LINK})+)?{wd}(?P<d>{day})"
        rf"(?:\s+(?:de\s+)?|-){month}"
        rf"(?:(?:\s*,\s*|\s+de\s+{_THE_YEAR})(?P<yc>{_Y4})|\s+{year})?(?:\s+(?P<rel>dernier|prochain)\b)?",
        "month-day": rf"(?<!\w){month}[ \t]*[-/.]?[ \t]*(?P<d>{day})(?P<post>(?:{_LINK}{DAY_NUM})*)"
        rf"(?:(?:\s*,\s*|\s+de\s+|\s*-\s*)(?P<yc>{_Y4}))?",
        "numeric-dmy": rf"{_EDGE}{wd}(?P<d>[0-3]?\d)(?P<s>[/.-])(?P<mn>[0-3]?\d)(?:(?P=s)|,)"
        rf"(?P<yn>\d{{4}}|\d{{2}}){_NUM_END}",
        "numeric-dmy-spaced": rf"{_EDGE}(?<!\d )(?P<d>[0-3]?\d) (?P<mn>[01]?\d) (?P<yn>(?:19|20)\d\d)(?! ?\d)",
        "numeric-ymd": rf"{_EDGE}(?P<yn>[12]\d{{3}})(?P<s>[/.-])(?P<mn>[01]?\d)(?P=s)(?P<d>[0-3]?\d){_NUM_END}",
        "numeric-dm": rf"{_EDGE}{wd}(?P<d>[0-3]?\d)/(?P<mn>[01]?\d){_NUM_END}",
        "numeric-my": rf"{_EDGE}(?P<mn>[01]?\d)\s*[/-]\s*(?P<yn>(?:19|20)\d\d){_NUM_END}",
        "numeric-ym": rf"{_EDGE}(?P<yn>(?:19|20)\d\d)(?:\s*[/-]\s*|\.)(?P<mn>[01]?\d)(?!\d|\s*[/.,:-]\s*\d)",
        "numeric-d-month-y": rf"{_EDGE}(?P<d>[0-3]?\d)(?P<s>[/.-]){month}(?P=s)(?P<y4>{_Y4})",
        "numeric-y-month-d": rf"{_EDGE}(?P<y4>[12]\d{{3}})(?P<s>[/.-]){month}(?P=s)(?P<d>[0-3]?\d)(?!\d)",
        "month-year": rf"(?<!\w){_MOD}{month}(?:\s*,\s*|\s+de\s+{_THE_YEAR}|\s+)"
        rf"(?:(?P<y4>{_Y4})|(?P<y2>(?:3[2-9]|[4-9]\d){_Y2_END}))",
        "month": rf"(?<!\w){_MOD}(?P<m>{names})\b(?:\s+(?P<rel>dernier|prochain)\b)?",
        "period": rf"(?<!\w)(?P<p>{_alt(list(periods))})\b(?:\s+(?:de\s+{_THE_YEAR}|d')?(?P<y4>{_Y4}))?",
        "year-range": rf"{_EDGE}(?P<y4>(?:19|20)\d\d)\s*[-/]\s*(?P<y4b>(?:19|20)\d\d){_NUM_END}",
        "year": r"(?<![\w,.:/°#€$£-])(?P<mod>(?:fin|début|debut|courant|mi)[\s-]+|mi-)?"
        r"(?P<y4>[12]\d{3})(?!\w|[.,/-]\d|\s\d{3}(?!\d))",
        "holiday": rf"(?<!\w)(?P<cue>(?:à|a|pour|avant|après|apres|depuis|dès|d'ici|jusqu'à|lors\s+de|pendant"
        rf"|(?:veille|jour|soir|nuit|matin|week-end)\s+de)\s+(?:la\s+|le\s+|l')?)?"
        rf"(?P<h>{_alt(list(holidays))})(?!\w|\s+(?:chinois|lunaire|juif|persan|vietnamien|orthodoxe))",
    }
    return Grammar(
        months={f: n for f, (n, _) in months.items()},
        day_words=day_words,
        weekdays={f: n for f, (n, _) in weekdays.items()},
        holidays=holidays,
        periods=periods,
        cues={role: frozenset(ws) for role, ws in cues.items()},
        patterns={name: re.compile(p) for name, p in patterns.items()},  # run on `lowered` text
        range_link=re.compile(
            rf"\s*(?:et|au|à|a|jusqu'au|jusqu'à|-)\s*(?:le\s+|l')?(?:(?:{_alt(list(weekdays))})\s+)?", re.I
        ),
        listed_day=re.compile(rf"(?<!\w){DAY_NUM}", re.IGNORECASE),
        bare_day=re.compile(rf"(?<!\w)(?:le|du|au)\s+(?P<d>{DAY_NUM})(?=\s*[,;:)]|\.(?!\d)|\s+(?:au|et)\s)", re.I),
    )


def lowered(norm: str) -> str:
    """A lowercase copy of the same length: the patterns run on it, faster than case-insensitive."""
    low = norm.lower()
    return low if len(low) == len(norm) else "".join(c if len(c.lower()) != 1 else c.lower() for c in norm)


# --- context tests -----------------------------------------------------------------------------------


def prev_words(norm: str, start: int, n: int = 2) -> list[str]:
    """The last words before `start`, lowercased, elisions split ("jusqu'en" -> "en"; "d'" stays)."""
    words = re.findall(r"[\w°º'-]+", norm[max(0, start - 40) : start])
    out = []
    for w in words[-n:]:
        w = w.lower().strip("-")
        out.append(w.rsplit("'", 1)[1] if "'" in w[:-1] else w)
    return out


_NEXT = re.compile(r"[ \t]*([\w'-]+|\S?)")


def next_word(norm: str, end: int) -> str:
    """What follows: "" at a line end or punctuation, else the next word as written (or a symbol)."""
    m = _NEXT.match(norm, end)
    word = m.group(1) if m else ""
    return "" if not word or word in ',;:.!?)»"(«[]/' else word


def after_place_head(norm: str, start: int, g: Grammar) -> bool:
    """ "rue du 4 Septembre", "place du 8 Mai 1945" name streets."""
    words = [w for w in prev_words(norm, start, 3) if w not in ("du", "de", "la", "des", "d'")]
    return bool(words) and words[-1] in g.cues["place-head"]


def is_year(norm: str, start: int, end: int, cued: bool, g: Grammar) -> bool:
    """A 4-digit number dates something unless it counts, numbers, or names a decade."""
    year = int(norm[start:end])
    prev = prev_words(norm, start)
    last = prev[-1] if prev else ""
    sign = norm[max(0, start - 2) : start].strip()[-1:]
    if last in g.cues["decade"] or last in g.cues["number-sign"] or (sign and sign in "°º#"):
        return False
    if last in g.cues["quantity"] or (last in ("de", "d'") and prev[0] in g.cues["quantity"]):
        return False
    cued = cued or last in g.cues["year-cue"]
    if not (1900 <= year <= 2099 or (cued and 1000 <= year <= 2099)):
        return False
    return follower_ok(next_word(norm, end), cued, g)


def follower_ok(word: str, cued: bool, g: Grammar) -> bool:
    """After a year: nothing, a function word, a name; after "en"/"de" a singular word too ("de 2017 relative")."""
    if not word:
        return True
    low = word.lower()
    if low in g.cues["year-follower"] or low.split("'")[0] + "'" in g.cues["year-follower"]:
        return True
    if not word[0].isalpha():
        return cued and word[0].isdigit()
    plural = low.endswith(("s", "x"))
    if word[0].isupper():
        return cued or not plural
    return cued and not plural and len(low) > 2


def inside_place_name(norm: str, start: int, g: Grammar) -> bool:
    """A month right after a number that no date reading took ("place du 8 Mai 1945", "rue du 4-Septembre")."""
    return bool(re.search(r"\d[ \t]*-?[ \t]*$", norm[max(0, start - 3) : start])) or after_place_head(norm, start, g)


def bare_month_ok(norm: str, start: int, end: int, g: Grammar) -> bool:
    """A capitalized month standing alone may be a name: "Belle de Mai", "Avril Lavigne", "sur Mars"."""
    if inside_place_name(norm, start, g):
        return False
    text = norm[start:end]
    if not text[0].isupper() or text.isupper():
        return True
    before = norm[max(0, start - 30) : start].rstrip(" \t")
    if not before or before[-1] in '.!?\n:«"':
        return True
    nxt = next_word(norm, end)
    if nxt[:1].isupper():
        return False
    prev = re.findall(r"[\w'-]+", before)
    if prev and prev[-1].lower() == "sur":
        return False
    return not (len(prev) >= 2 and prev[-1].lower() in ("de", "du") and prev[-2][:1].isupper())
