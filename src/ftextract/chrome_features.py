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

from ftextract.chrome_rules import Verdict, joins, looks_like_name, words_of
from ftextract.document import ChromeKind, Line
from ftextract.normalize import fold

_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
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


_COLUMN = {name: k for k, name in enumerate(FEATURES)}


@lru_cache(maxsize=4096)  # a site's chrome is a few hundred lines; more would only hold memory
def _shape_row(text: str) -> tuple[tuple[int, float], ...]:
    """`_shape` as (column, value) pairs of the feature row."""
    return tuple((_COLUMN[name], value) for name, value in _shape(text))


def _shape(text: str) -> tuple[tuple[str, float], ...]:
    """What the line's own text says; memoized, since a site's chrome lines repeat on every page."""
    w = words_of(text)
    count = max(len(w.tokens), 1)
    return tuple(
        {
            "log_words": math.log1p(len(w.tokens)),
            "log_chars": math.log1p(len(text)),
            "stop_share": w.stops / count,
            "lower_share": w.lower / max(w.written, 1),
            "digit_share": sum(map(str.isdigit, text)) / max(len(text), 1),
            "sentence_end": float(bool(_SENTENCE_END.search(text))),
            "starts_lower": float(text[:1].islower()),
            "ends_colon": float(text.endswith(":")),
            "bullet": float(text[:1] in "-•–*·▪►✓"),
            "name_like": float(looks_like_name(text)),
        }.items()
    )


def features(
    lines: Sequence[Line],
    verdict: Verdict,
    site_repeated: frozenset[str] = frozenset(),
    only: Sequence[int] | None = None,
) -> list[list[float]]:
    """One row of FEATURES per line (per line of `only`, when given)."""
    n = len(lines)
    judged, keep = verdict.judged, verdict.keep
    start, end = verdict.start, verdict.end
    core_words = sum(j.words for j in judged[start:end]) or 1
    total_words = sum(j.words for j in judged) or 1
    rows = []
    no_core = float(start == end)
    site_column = _COLUMN["site_repeated"]
    for i in range(n) if only is None else only:
        line, j = lines[i], judged[i]
        row = [0.0] * len(FEATURES)
        for column, value in _shape_row(line.text):
            row[column] = value
        row[_COLUMN["prose"]] = float(j.prose)
        if j.kind is not None:
            row[_COLUMN["flagged"]] = float(not j.weak)
            row[_COLUMN["weak"]] = float(j.weak)
            row[_COLUMN[_KIND_GROUPS[j.kind]]] = 1.0
        prev, nxt = i - 1 if i else None, i + 1 if i + 1 < n else None
        inside = start <= i < end
        for name, value in (
            ("rule_keep", float(keep[i])),
            ("in_core", float(inside)),
            ("no_core", no_core),
            ("headline", float(i == verdict.head)),
            ("repeated", float(verdict.repeated[i])),
            ("link", float(line.link)),
            ("tag_chrome", float(line.tag in _CHROME_TAGS)),
            ("tag_content", float(line.tag in _CONTENT_TAGS)),
            ("tag_hint", float(bool(line.tag) and line.tag not in _CHROME_TAGS | _CONTENT_TAGS)),
            ("weight", math.tanh(verdict.weights[i] / 20)),
            ("position", i / max(n - 1, 1)),
            ("before_core", float(start < end and i < start)),
            ("after_core", float(start < end and i >= end)),
            ("core_distance", 0.0 if inside or start == end else min(start - i if i < start else i - end + 1, 30) / 30),
            ("prev_keep", float(keep[prev]) if prev is not None else 0.0),
            ("next_keep", float(keep[nxt]) if nxt is not None else 0.0),
            ("prev_words", math.log1p(judged[prev].words) if prev is not None else 0.0),
            ("next_words", math.log1p(judged[nxt].words) if nxt is not None else 0.0),
            ("prev_prose", float(judged[prev].prose) if prev is not None else 0.0),
            ("next_prose", float(judged[nxt].prose) if nxt is not None else 0.0),
            ("joins_prev", float(prev is not None and joins(lines[prev], line))),
            ("joins_next", float(nxt is not None and joins(line, lines[nxt]))),
            ("window_words", math.log1p(max(judged[k].words for k in range(max(0, i - 2), min(n, i + 3))))),
            ("blank_before", float(line.blank_before)),
            ("blank_after", float(nxt is not None and lines[nxt].blank_before)),
            ("core_share", core_words / total_words),
        ):
            row[_COLUMN[name]] = value
        if not row[site_column]:
            row[site_column] = float(fold(line.text) in site_repeated)
        rows.append(row)
    return rows
