"""Features of one page line and its neighbours, for the learned line model (chrome_model).

The rules' own signals are features too (their verdict, the line's lexicon or pattern kind,
its prose weight, its place against the article core), so the model learns when to trust
them and when the shape of the line and of its neighbours says otherwise. Every feature is
a plain float; the order is FEATURES', the order of the shipped weights.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from ftextract.chrome_rules import Verdict, ends_sentence, joins, looks_like_name, words_of
from ftextract.document import ChromeKind, Line
from ftextract.normalize import fold

_WORD = re.compile(r"\w+")
_CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "form"})
_CONTENT_TAGS = frozenset({"article", "main", "figcaption"})
_KIND_GROUPS = {
    ChromeKind.COMMENT_FORM: "kind_strong",
    ChromeKind.RELATED: "kind_strong",
    ChromeKind.NEWSLETTER: "kind_strong",
    ChromeKind.BYLINE: "kind_byline",
    ChromeKind.NAVIGATION: "kind_nav",
    ChromeKind.SHARE: "kind_nav",
    ChromeKind.LEGAL: "kind_end",
    ChromeKind.COOKIE: "kind_end",
    ChromeKind.FOOTER: "kind_end",
    ChromeKind.PAYWALL: "kind_end",
    ChromeKind.ADVERTISING: "kind_other",
    ChromeKind.OTHER: "kind_other",
    ChromeKind.SITE_REPEATED: "site_repeated",
}

FEATURES = (
    "rule_keep", "in_core", "no_core", "headline", "log_words", "log_chars", "prose", "stop_share",
    "lower_share", "digit_share", "sentence_end", "starts_lower", "ends_colon", "bullet", "flagged",
    "weak", "kind_strong", "kind_byline", "kind_nav", "kind_end", "kind_other", "repeated",
    "site_repeated", "link", "tag_chrome", "tag_content", "tag_hint", "weight", "position",
    "before_core", "after_core", "core_distance", "prev_keep", "next_keep", "prev_words", "next_words",
    "joins_prev", "joins_next", "window_words", "blank_before", "blank_after", "name_like",
    "prev_prose", "next_prose", "core_share",
)  # fmt: skip


_SHAPE = (
    "log_words", "log_chars", "stop_share", "lower_share", "digit_share", "sentence_end", "starts_lower",
    "ends_colon", "bullet", "name_like",
)  # fmt: skip
_GROUPS = tuple(dict.fromkeys(_KIND_GROUPS.values()))


@lru_cache(maxsize=4096)  # a site's chrome is a few hundred lines; more would only hold memory
def _shape(text: str) -> tuple[float, ...]:
    """What the line's own text says, in _SHAPE's order; memoized, since a site's chrome repeats on every page."""
    w = words_of(text)
    count = max(len(w.tokens), 1)
    return (
        math.log1p(len(w.tokens)),
        math.log1p(len(text)),
        w.stops / count,
        w.lower / max(w.written, 1),
        sum(map(str.isdigit, text)) / max(len(text), 1),
        float(ends_sentence(text)),
        float(text[:1].islower()),
        float(text.endswith(":")),
        float(text[:1] in "-•–*·▪►✓"),
        float(looks_like_name(text)),
    )


def _columns(lines: Sequence[Line], verdict: Verdict, site_repeated: frozenset[str]) -> dict[str, Sequence[float]]:
    """Every feature as a column: its value on each line of the page."""
    n = len(lines)
    judged, keep = verdict.judged, verdict.keep
    start, end = verdict.start, verdict.end
    core = start < end
    words = [j.words for j in judged]
    log_words = [math.log1p(count) for count in words]
    prose = [float(j.prose) for j in judged]
    kept = [float(k) for k in keep]
    joined = [float(joins(lines[i], lines[i + 1])) for i in range(n - 1)]
    blank = [float(line.blank_before) for line in lines]
    tags = [line.tag for line in lines]
    hints = _CHROME_TAGS | _CONTENT_TAGS
    groups = [_KIND_GROUPS[j.kind] if j.kind is not None else "" for j in judged]
    core_words = sum(words[start:end]) or 1
    total_words = sum(words) or 1

    def distance(i: int) -> float:
        if start <= i < end or not core:
            return 0.0
        return min(start - i if i < start else i - end + 1, 30) / 30

    shapes = zip(*(_shape(line.text) for line in lines), strict=True)
    columns: dict[str, Sequence[float]] = dict(zip(_SHAPE, shapes, strict=True))
    columns.update({group: [float(g == group) for g in groups] for group in _GROUPS})
    columns["site_repeated"] = [
        1.0 if g == "site_repeated" or (site_repeated and fold(line.text) in site_repeated) else 0.0
        for g, line in zip(groups, lines, strict=True)
    ]
    columns.update(
        {
            "flagged": [float(j.kind is not None and not j.weak) for j in judged],
            "weak": [float(j.kind is not None and j.weak) for j in judged],
            "prose": prose,
            "rule_keep": kept,
            "in_core": [float(start <= i < end) for i in range(n)],
            "no_core": [float(start == end)] * n,
            "headline": [float(i == verdict.head) for i in range(n)],
            "repeated": [float(r) for r in verdict.repeated],
            "link": [float(line.link) for line in lines],
            "tag_chrome": [float(tag in _CHROME_TAGS) for tag in tags],
            "tag_content": [float(tag in _CONTENT_TAGS) for tag in tags],
            "tag_hint": [float(bool(tag) and tag not in hints) for tag in tags],
            "weight": [math.tanh(weight / 20) for weight in verdict.weights],
            "position": [i / max(n - 1, 1) for i in range(n)],
            "before_core": [float(core and i < start) for i in range(n)],
            "after_core": [float(core and i >= end) for i in range(n)],
            "core_distance": [distance(i) for i in range(n)],
            "prev_keep": [0.0, *kept[:-1]],
            "next_keep": [*kept[1:], 0.0],
            "prev_words": [0.0, *log_words[:-1]],
            "next_words": [*log_words[1:], 0.0],
            "prev_prose": [0.0, *prose[:-1]],
            "next_prose": [*prose[1:], 0.0],
            "joins_prev": [0.0, *joined],
            "joins_next": [*joined, 0.0],
            "window_words": [math.log1p(max(words[max(0, i - 2) : i + 3])) for i in range(n)],
            "blank_before": blank,
            "blank_after": [*blank[1:], 0.0],
            "core_share": [core_words / total_words] * n,
        }
    )
    return columns


def columns(
    lines: Sequence[Line], verdict: Verdict, site_repeated: frozenset[str] = frozenset()
) -> list[Sequence[float]]:
    """Every feature of FEATURES, in order, as a column: its value on each line of the page."""
    named = _columns(lines, verdict, site_repeated)
    return [named[name] for name in FEATURES]


def features(
    lines: Sequence[Line], verdict: Verdict, site_repeated: frozenset[str] = frozenset()
) -> list[tuple[float, ...]]:
    """One row of FEATURES per line (what the training script fits)."""
    return list(zip(*columns(lines, verdict, site_repeated), strict=True)) if lines else []
