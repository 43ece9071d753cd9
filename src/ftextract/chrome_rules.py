"""Rule verdicts on page lines: each line judged alone, then the densest run of prose as the article core.

jusText-like, in two passes over the lines of a text dump (or of HTML, whose structural
hints are used when present): each line is first judged alone (length, stop-word density,
sentence shape, the chrome lexicon, byline/date/credit patterns, repetition), then by its
neighbours: the densest run of prose is the article core, fragments of its paragraphs are
kept, the headline and standfirst above it are kept, and everything else is chrome. The
verdict is both a decision and the features the learned line model reads (chrome_features).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from ftextract.document import ChromeKind, Line
from ftextract.normalize import fold
from ftextract.resources import table, words
from ftextract.title import headline

_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_INITIAL = re.compile(r"(\w)\w*")  # the first character of each word
_NUMBER = re.compile(r"\d+h?\d*")
_EDGE = " .,;:!?|·•>*-_/\\'\"«»()[]{}+=~#"
_SENTENCE_ENDS = frozenset('.!?…»"”)')  # what ends a sentence, or closes the quote or bracket it ends in
_STOPS = frozenset(".!?")
_CLOCK_OR_DATE = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}\s?[:h]\s?\d{2}\b|\b\d{1,2}h\b|\b(?:19|20)\d\d\b"
)
_CREDIT = re.compile(r"^[(\[]?\s*(?:©|\(c\)|crédits?\b|credits?\b|photos?\s*:|illustration\s*:|image\s*:)", re.I)
_BY = re.compile(r"^(?:par|by)\s*:?\s+[A-ZÀ-Ý]")
_COUNT = re.compile(r"^\d[\d\s.,k]*\s+(commentaires?|réactions?|reactions?|partages?|comments?|shares?|claps?)$", re.I)
_URL = re.compile(r"https?://|www\.|\S+@\S+\.\w+")
_PENALTY = {ChromeKind.COMMENT_FORM: -30.0, ChromeKind.NEWSLETTER: -20.0, ChromeKind.RELATED: -15.0}
STRONG = frozenset({ChromeKind.COMMENT_FORM, ChromeKind.RELATED, ChromeKind.NEWSLETTER})
# Sections that end an article: what follows them needs much stronger evidence to be the article.
_PAGE_END = frozenset({ChromeKind.COMMENT_FORM, ChromeKind.LEGAL, ChromeKind.COOKIE, ChromeKind.FOOTER})
_TAG_KINDS = {
    "nav": ChromeKind.NAVIGATION,
    "header": ChromeKind.NAVIGATION,
    "footer": ChromeKind.FOOTER,
    "aside": ChromeKind.RELATED,
    "form": ChromeKind.COMMENT_FORM,
}


@cache
def _lexicon() -> dict[str, ChromeKind]:
    """Chrome phrases, folded, with their kind."""
    return {fold(phrase): ChromeKind(kind) for phrase, kind in table("chrome_phrases.tsv", 2)}


@cache
def _phrase_pairs() -> dict[str, int]:
    """First two words of a chrome phrase -> the most words a phrase starting with them has."""
    longest: dict[str, int] = {}
    for phrase in _lexicon():
        parts = phrase.split(" ")
        if len(parts) >= 2:
            pair = f"{parts[0]} {parts[1]}"
            longest[pair] = max(longest.get(pair, 0), len(parts))
    return longest


@cache
def _stopwords() -> frozenset[str]:
    return words("stopwords_fr.tsv")


@cache
def _date_words() -> dict[str, str]:
    """Dateline vocabulary: word -> "calendar" (a month or day name) or "filler"."""
    return dict(table("chrome_date_words.tsv", 2))


@dataclass(frozen=True, slots=True)
class Judged:
    """One line judged alone: its prose-ness, and a chrome flag when a rule says so."""

    words: int
    prose: bool
    kind: ChromeKind | None
    reason: str
    weak: bool  # a flag that inline context may overrule (a lone word, a symbol)


def _lexicon_hit(folded: str, count: int) -> tuple[ChromeKind, str] | None:
    """The longest chrome phrase the line is, starts with (short lines), or holds (3+ word phrases)."""
    lexicon = _lexicon()
    if folded in lexicon:
        return lexicon[folded], f"lexicon:{folded}"
    parts = folded.split(" ")
    head = parts[0]
    if head in lexicon and not _LETTER.search(folded, len(head)):
        return lexicon[head], f"lexicon:{head}"  # "Commentaires (3)", "Partager 12"
    inner = count <= 30  # phrases of 3+ words may sit anywhere in a short line, others only at its start
    best: tuple[int, int, int] | None = None  # the longest phrase; on a tie, more words, then further left
    found = ""
    index = _phrase_pairs()
    pairs = map(" ".join, zip(parts, parts[1:] if inner else parts[1:2], strict=False))
    starts = [(first, index[pair]) for first, pair in enumerate(pairs) if pair in index]  # most start none
    for first, most in starts:
        for size in range(min(most, 8, len(parts) - first), 1, -1):
            if (first and size < 3) or not ((size >= 3 and inner) or count <= size + 10):
                continue
            phrase = " ".join(parts[first : first + size])
            if phrase in lexicon and (best is None or (len(phrase), size, -first) > best):
                best, found = (len(phrase), size, -first), phrase
    return (lexicon[found], f"lexicon:{found}") if found else None


def _pattern_hit(text: str, folded: str, tokens: Sequence[str]) -> tuple[ChromeKind, str] | None:
    if _COUNT.match(text):
        return ChromeKind.COMMENT_FORM, "pattern:count"
    if _CREDIT.match(text) and len(tokens) <= 12:
        return ChromeKind.OTHER, "pattern:photo-credit"
    if len(tokens) <= 25 and _URL.search(text):
        return ChromeKind.OTHER, "pattern:url"
    if _BY.match(text) and len(tokens) <= 8 and not ends_sentence(text.rstrip(",")):
        return ChromeKind.BYLINE, "pattern:by-author"
    dates = _date_words()  # a dateline is made of date words and numbers only: most lines fail at once
    dated = bool(tokens) and all(t in dates or _NUMBER.fullmatch(t) for t in tokens)
    if dated and (_CLOCK_OR_DATE.search(text) or any(dates.get(t) == "calendar" for t in tokens)):
        return ChromeKind.BYLINE, "pattern:date"
    if text.count("|") >= 2 and all(len(p.split()) <= 4 for p in text.split("|")):
        return ChromeKind.NAVIGATION, "pattern:pipe-menu"
    return None


@dataclass(frozen=True, slots=True)
class Words:
    """The words of a line, counted once for the rules and the line model alike."""

    folded: str
    tokens: tuple[str, ...]  # words of the folded text
    stops: int  # tokens that are stop words
    written: int  # words as written that do not start with a digit
    lower: int  # ... of which start in lower case


@lru_cache(maxsize=4096)  # a site's chrome is a few hundred lines; more would only hold memory
def words_of(text: str) -> Words:
    folded = fold(text)
    tokens = tuple(_WORD.findall(folded))
    initials = "".join(_INITIAL.findall(text))
    written = len(initials) - sum(map(str.isdigit, initials))
    lower = sum(map(str.islower, initials))  # a digit is never lower case
    return Words(folded, tokens, sum(map(_stopwords().__contains__, tokens)), written, lower)


def prose_of(text: str) -> tuple[int, bool]:
    """Word count, and whether the text reads as running prose (enough words, enough stop words)."""
    w = words_of(text)
    count = len(w.tokens)
    return count, count >= 8 and (w.stops / count >= 0.22 or (count >= 12 and w.lower / count >= 0.6))


@lru_cache(maxsize=4096)  # a site's chrome is a few hundred lines; more would only hold memory
def judge(line: Line) -> Judged:
    """One line alone; memoized, since a site's menus and footers repeat on every page."""
    text = line.text
    w = words_of(text)
    folded, tokens = w.folded, w.tokens
    count, prose = prose_of(text)
    if line.tag in _TAG_KINDS and not prose:
        return Judged(count, prose, _TAG_KINDS[line.tag], f"tag:{line.tag}", False)
    hit = _lexicon_hit(folded, count) or _pattern_hit(text, folded, tokens)
    if hit:
        kind, reason = hit
        weak = count <= 1 and kind not in STRONG and kind is not ChromeKind.BYLINE
        return Judged(count, False, kind, reason, weak)
    if count == 0 or (count == 1 and tokens[0].isdigit()):
        return Judged(count, False, ChromeKind.OTHER, "pattern:no-words", True)
    return Judged(count, prose, None, "", False)


def _weight(line: Line, judged: Judged, repeated: bool) -> float:
    """How much a line pulls the article core towards it (prose) or away (chrome).

    Prose counts by its words beyond a teaser's length, so only real paragraphs outweigh menus.
    """
    if judged.kind is not None:
        if judged.weak:
            return -2.0 if line.blank_before else -0.5
        return _PENALTY.get(judged.kind, -8.0)
    if judged.prose and not (line.link and judged.words < 15):
        return _paragraph(judged.words, line.text)
    if repeated or line.link:
        return -4.0
    if line.text[:1].islower():
        return -0.5
    return -2.0 if judged.words >= 4 else -3.0


def _paragraph(count: int, text: str) -> float:
    sentence = 6.0 if text.rstrip()[-1:] in _STOPS else 0.0
    return min(count, 150) - 10.0 + sentence


def joins(before: Line, line: Line) -> bool:
    """Whether `line` continues the sentence of the line above it (inline markup split them)."""
    if line.blank_before or not before.text or not line.text:
        return False
    if line.text[0].islower() or line.text[0] in ",.;:)]»”…":
        return True
    last = words_of(before.text).tokens[-1:]
    return before.text[-1] in "(«“'’,-" or bool(last and last[0] in _stopwords() and before.text[-1].isalpha())


def _weights(lines: Sequence[Line], judged: Sequence[Judged], repeated: Sequence[bool]) -> list[float]:
    """Line weights; a paragraph split over several lines by inline markup weighs as one paragraph."""
    weights = [_weight(line, j, r) for line, j, r in zip(lines, judged, repeated, strict=True)]
    for chain in _chains(lines, judged):
        if len(chain) > 1:
            text = " ".join(lines[i].text for i in chain)
            count, prose = prose_of(text)
            if prose and not any(lines[i].link for i in chain):
                total = _paragraph(count, text)
                for i in chain:
                    weights[i] = total * max(judged[i].words, 0.5) / max(count, 1)
    return _escalate(_lists(lines, judged, weights))


def _lists(lines: Sequence[Line], judged: Sequence[Judged], weights: list[float]) -> list[float]:
    """Items of a list introduced by a colon, or bulleted, are article text, not a menu."""
    out, in_list = list(weights), False
    for i, line in enumerate(lines):
        bullet = line.text[:1] in "-•–*·▪►✓" and judged[i].words >= 1
        if judged[i].kind is None and judged[i].words < 12 and (in_list or bullet):
            out[i] = max(out[i], 0.0)
        elif i and not judged[i].kind and judged[i].words >= 12:
            in_list = False
        if (line.text.endswith(":") and judged[i].words >= 3) or (line.text == ":" and i and weights[i - 1] > 0):
            in_list = True
        elif judged[i].kind is not None and not judged[i].weak:
            in_list = False
    return out


def _escalate(weights: list[float]) -> list[float]:
    """Long runs of non-prose lines (menus, teaser lists) cost more per line than a short break."""
    out, run = [], 0
    for weight in weights:
        run = run + 1 if weight < 5 else 0
        out.append(weight * (1 + run / 4) if weight < 0 else weight)
    return out


def _chains(lines: Sequence[Line], judged: Sequence[Judged]) -> list[list[int]]:
    """Runs of lines that read as one sentence across line breaks."""
    chains: list[list[int]] = []
    for i, line in enumerate(lines):
        free = judged[i].kind is None or judged[i].weak
        if chains and free and chains[-1][-1] == i - 1 and joins(lines[i - 1], line):
            chains[-1].append(i)
        elif free:
            chains.append([i])
    return chains


def _best_run(weights: Sequence[float], start: int, end: int) -> tuple[float, int, int]:
    """Maximum-sum run of weights[start:end] (Kadane): the densest stretch of prose."""
    best, best_span, total, first = 0.0, (start, start), 0.0, start
    for i in range(start, end):
        if total <= 0:
            total, first = 0.0, i
        total += weights[i]
        if total > best:
            best, best_span = total, (first, i + 1)
    return best, *best_span


def _core(judged: Sequence[Judged], weights: Sequence[float]) -> tuple[int, int]:
    """The article core: the densest run of prose, ended by a comment section that follows it.

    Readers' comments and cookie or legal notices are prose too; a comment marker, or a cluster
    of footer, legal or cookie lines, after enough article prose ends the core, and a core found
    after one yields to a fair run of prose before it.
    """
    ends = [i for i, j in enumerate(judged) if j.kind in _PAGE_END]
    marks = [
        i
        for i in ends
        if not judged[i].weak
        and (
            judged[i].kind is ChromeKind.COMMENT_FORM
            or any(0 < abs(i - k) <= 6 and judged[k].reason != judged[i].reason for k in ends)
        )
    ]
    score, start, end = _best_run(weights, 0, len(weights))
    before = [m for m in marks if m < start]
    if before:
        earlier = _best_run(weights, 0, before[-1])
        if earlier[0] >= 0.3 * score:
            score, start, end = earlier
    for mark in (m for m in marks if start < m < end):
        prose = sum(w for w in weights[start:mark] if w > 0)
        if prose >= 100 or prose >= 0.3 * sum(w for w in weights[start:end] if w > 0):
            score, start, end = _best_run(weights, start, mark)
            break
    return (start, end) if score > 0 else (0, 0)


def ends_sentence(text: str) -> bool:
    """Whether the text ends as a sentence does (trailing blanks aside); cheaper than a regex on long lines."""
    return text.rstrip()[-1:] in _SENTENCE_ENDS


def looks_like_name(text: str) -> bool:
    """A bare person name ("Jean Dupont"): a byline when it sits by the headline or a date."""
    parts = text.split(maxsplit=4)  # five parts are already too many
    particles = {"de", "du", "des", "la", "le", "d'", "van", "von", "et"}
    return (
        1 < len(parts) <= 4
        and not ends_sentence(text)
        and all(p[:1].isupper() or p.lower() in particles for p in parts)
        and not any(c.isdigit() for c in text)
    )


def _keep_inline(i: int, lines: Sequence[Line], keep: list[bool]) -> bool:
    """A weak-flagged line inside a paragraph block: a fragment split off by inline markup."""
    after = i + 1 < len(lines) and not lines[i + 1].blank_before
    return not lines[i].blank_before and after and (keep[i - 1] if i else False)


def _all_article(lines: Sequence[Line], judged: Sequence[Judged]) -> bool:
    """One sentence, a few plain lines, or nothing but prose: an article with no chrome to strip."""
    flagged = any(j.kind is not None for j in judged)
    sentences = all(j.words >= 6 and ends_sentence(line.text) for line, j in zip(lines, judged, strict=True))
    return len(lines) <= 1 or sentences or (not flagged and (len(lines) <= 5 or all(j.prose for j in judged)))


def _keep_header(
    lines: Sequence[Line], judged: Sequence[Judged], repeated: Sequence[bool], keep: list[bool], head: int, start: int
) -> None:
    """Headline, kicker-free standfirst and captions above the core; not bylines, menus or repeats."""
    if 0 <= head < start:
        for i in range(head, start):
            short_run = sum(judged[k].words < 4 for k in range(max(head, i - 1), min(start, i + 2))) >= 3
            plain = judged[i].kind is None and not short_run
            keep[i] = i == head or (plain and not repeated[i] and not looks_like_name(lines[i].text))
        return
    back = start - 1
    while back >= max(0, start - 6) and (judged[back].kind is not None or judged[back].words >= 3):
        keep[back] = judged[back].kind is None and not looks_like_name(lines[back].text)
        back -= 1


def _keep_core(lines: Sequence[Line], judged: Sequence[Judged], keep: list[bool], start: int, end: int) -> None:
    """Core lines are kept unless flagged: inline fragments stay, bylines and "Lire aussi" teasers go."""
    teaser = False
    for i in range(start, end):
        j = judged[i]
        keep[i] = j.kind is None or (j.weak and _keep_inline(i, lines, keep))
        near_byline = any(judged[k].kind is ChromeKind.BYLINE for k in (i - 1, i + 1) if 0 <= k < len(lines))
        if j.kind is None and not j.prose and near_byline and looks_like_name(lines[i].text):
            keep[i] = False
        if teaser and j.kind is None and j.words < 25:
            keep[i] = False
        teaser = j.kind is ChromeKind.RELATED and not j.weak and j.words <= 4


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the rules make of a page: per-line judgements, the core, and the lines they keep."""

    judged: tuple[Judged, ...]
    repeated: tuple[bool, ...]
    weights: tuple[float, ...]
    keep: tuple[bool, ...]
    start: int  # the article core, [start, end); start == end when no run of prose stands out
    end: int
    head: int  # index of the headline line, or -1
    title: str
    mode: str  # "all": nothing to strip; "core": a core was found; "flags": no core, only flagged lines go


def decide(lines: Sequence[Line]) -> Verdict:
    """The rules' verdict on a page's lines."""
    judged = tuple(judge(line) for line in lines)
    folds = [words_of(line.text).folded for line in lines]
    counts = Counter(folds)
    repeated = tuple(counts[f] > 1 and j.words <= 6 for f, j in zip(folds, judged, strict=True))
    if _all_article(lines, judged):
        index, title = headline(lines, len(lines))
        n = len(lines)
        return Verdict(judged, repeated, (1.0,) * n, (True,) * n, 0, n, index, title if index >= 0 else "", "all")
    weights = _weights(lines, judged, repeated)
    start, end = _core(judged, weights)
    if start == end:
        keep = tuple(j.kind is None for j in judged)
        return Verdict(judged, repeated, tuple(weights), keep, 0, 0, -1, "", "flags")
    while end < len(lines) and not lines[end].blank_before and judged[end].kind is None:
        end += 1
    head, title = headline(lines, start)
    keep = [False] * len(lines)
    _keep_header(lines, judged, repeated, keep, head, start)
    _keep_core(lines, judged, keep, start, end)
    return Verdict(judged, repeated, tuple(weights), tuple(keep), start, end, head, title, "core")
