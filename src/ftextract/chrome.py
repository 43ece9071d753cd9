"""Page chrome removal: tell the article's own lines from menus, share bars, forms and footers.

The rules (chrome_rules) judge each line and find the article core; the learned line model
(chrome_model, over chrome_features) then decides each line from the rules' signals and its
neighbours'. Every removed line lands in a block with a kind and the reason that removed it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ftextract import title as titles
from ftextract.chrome_features import columns
from ftextract.chrome_model import DROP_BELOW, KEEP_ABOVE, column_probability
from ftextract.chrome_rules import STRONG, Judged, Verdict, decide
from ftextract.document import ChromeBlock, ChromeKind, Line, Page
from ftextract.main_text import EXTRACTED
from ftextract.normalize import fold
from ftextract.site import PARAGRAPH_WORDS  # a paragraph stays even when its site repeats it

_BODY_TAGS = frozenset({"", "article", "main", "header", EXTRACTED})
_KICKER_WORDS = 4  # above the headline, a shorter line is a section label ("International"), not prose
NO_CORE_WARNING = "chrome: no article body stands out from the page; only lines a rule flags were removed"


def strip(lines: Sequence[Line], site_repeated: frozenset[str] = frozenset()) -> Page:
    """Keep the article's own lines, as written; return every removed block, in order, with a kind."""
    return strip_checked(lines, site_repeated)[0]


def strip_checked(lines: Sequence[Line], site_repeated: frozenset[str] = frozenset()) -> tuple[Page, tuple[str, ...]]:
    """`strip`, and the warnings a record should carry (the body could not be told apart)."""
    verdict = decide(lines)
    keep = list(verdict.keep)
    reasons = [j.reason for j in verdict.judged]
    kinds: list[ChromeKind | None] = [j.kind for j in verdict.judged]
    structured = _structured(lines, verdict)
    if structured is not None:
        keep, head = structured
        for i, k in enumerate(keep):
            if not k and kinds[i] is None:
                reasons[i] = "structure:not-main-text"
        kept = tuple(line.text for line, k in zip(lines, keep, strict=True) if k)
        title = lines[head].text if head >= 0 else verdict.title or titles.fallback(kept)
        return Page(title, kept, _blocks(lines, verdict.judged, kinds, reasons, keep, verdict.start)), ()
    if verdict.mode == "core":  # with no core, the page keeps every unflagged line (never lose the article)
        # The model overrules the rules only on a page that shows chrome: where no rule flags a
        # single line, the text is the article alone, and a short headline or last sentence is no menu.
        if any(j.kind is not None for j in verdict.judged):
            _overrule(lines, verdict, site_repeated, keep, reasons)
        if site_repeated:
            _site_chrome(lines, verdict, site_repeated, keep, kinds, reasons)
    kept = tuple(line.text for line, k in zip(lines, keep, strict=True) if k)
    if verdict.mode == "all":
        return Page(verdict.title, kept, ()), ()
    title = verdict.title if verdict.mode == "core" and (verdict.head >= 0 or verdict.title) else titles.fallback(kept)
    if verdict.mode == "flags":
        title = ""
    blocks = _blocks(lines, verdict.judged, kinds, reasons, keep, verdict.start)
    warnings = (NO_CORE_WARNING,) if verdict.mode == "flags" else ()
    return Page(title, kept, blocks), warnings


def _structured(lines: Sequence[Line], verdict: Verdict) -> tuple[list[bool], int] | None:
    """HTML whose main text was found (main_text): those lines, with headline, standfirst and captions.

    The headline is the last <h1> above the main text (else the first one); the standfirst,
    prose between it and the main text; captions, figcaptions amid the main text. A line of
    the main text that a chrome rule flags ("Lire aussi", a share bar) still goes.
    """
    found = [i for i, line in enumerate(lines) if line.tag == EXTRACTED]
    if not found:
        return None
    first, last = found[0], found[-1]
    judged = verdict.judged
    keep = [line.tag == EXTRACTED and (j.kind is None or j.weak) for line, j in zip(lines, judged, strict=True)]
    heads = [i for i, line in enumerate(lines) if line.tag == "h1" and judged[i].kind is None and judged[i].words >= 2]
    head = ([i for i in heads if i < first] or heads or [-1])[-1 if any(i < first for i in heads) else 0]
    if head >= 0:
        keep[head] = True
        for i in range(head):  # a section label or breadcrumb above the headline is no part of the article
            keep[i] = keep[i] and judged[i].words >= _KICKER_WORDS
        for i in range(head + 1, first):
            keep[i] = judged[i].kind is None and judged[i].prose and not lines[i].link and lines[i].tag in _BODY_TAGS
    for i in range(max(0, first - 3), min(len(lines), last + 4)):
        if lines[i].tag == "figcaption" and judged[i].kind is None:
            keep[i] = True
    return keep, head


def _site_chrome(
    lines: Sequence[Line],
    verdict: Verdict,
    site_repeated: frozenset[str],
    keep: list[bool],
    kinds: list[ChromeKind | None],
    reasons: list[str],
) -> None:
    """Lines the site repeats on many of its pages are chrome, unless they read as a full paragraph."""
    for i, (line, j) in enumerate(zip(lines, verdict.judged, strict=True)):
        if fold(line.text) in site_repeated and not (keep[i] and j.prose and j.words >= PARAGRAPH_WORDS):
            keep[i] = False
            if kinds[i] is None:
                kinds[i], reasons[i] = ChromeKind.SITE_REPEATED, "site:repeated"


def overrule_one(rule_keep: bool, flagged: bool, probability: float) -> bool:
    """Keep or drop a line: the rules' decision unless the model is confident otherwise.

    A line a lexicon rule or pattern flags stays chrome whatever the model says.
    """
    if rule_keep:
        return probability >= DROP_BELOW
    return not flagged and probability >= KEEP_ABOVE


def _overrule(
    lines: Sequence[Line], verdict: Verdict, site_repeated: frozenset[str], keep: list[bool], reasons: list[str]
) -> None:
    flagged = [j.kind is not None and not j.weak for j in verdict.judged]
    # A flagged line the rules drop stays dropped whatever the model says: only the others are open.
    open_ = [i for i in range(len(lines)) if keep[i] or not flagged[i]]
    probabilities = column_probability(columns(lines, verdict, site_repeated))
    for i, p in ((i, probabilities[i]) for i in open_):
        decision = overrule_one(keep[i], flagged[i], p)
        if decision != keep[i]:
            keep[i] = decision
            if not decision:
                reasons[i] = f"model:p={p:.2f}"


def _blocks(
    lines: Sequence[Line],
    judged: Sequence[Judged],
    kinds: Sequence[ChromeKind | None],
    reasons: Sequence[str],
    keep: Sequence[bool],
    start: int,
) -> tuple[ChromeBlock, ...]:
    """Removed lines grouped into blocks of one kind; unflagged ones take the kind of the section they sit in."""
    blocks: list[tuple[list[str], ChromeKind, str]] = []
    section: tuple[ChromeKind, str] | None = None
    for i, (line, j, k) in enumerate(zip(lines, judged, keep, strict=True)):
        if k:
            section = None
            continue
        flag = kinds[i]
        if flag is not None:
            kind, reason = flag, reasons[i]
            if flag in STRONG and i >= start:
                section = (flag, reasons[i])
        elif i == 0 and titles.TITLE_SEPARATOR.search(line.text):
            kind, reason = ChromeKind.OTHER, "page-title"
        elif section is not None:
            kind, reason = section
        elif i < start:
            kind, reason = (
                (ChromeKind.NAVIGATION, "before-article") if j.words < 8 else (ChromeKind.OTHER, "before-article")
            )
        else:
            kind, reason = (
                (ChromeKind.NAVIGATION, "after-article") if j.words < 8 else (ChromeKind.RELATED, "after-article")
            )
        if reasons[i].startswith("model:") and flag is None:
            reason = f"{reason}+{reasons[i]}"
        if blocks and blocks[-1][1] is kind and (i and not keep[i - 1]):
            blocks[-1][0].append(line.text)
        else:
            blocks.append(([line.text], kind, reason))
    return tuple(ChromeBlock("\n".join(texts), kind, reason) for texts, kind, reason in blocks)


__all__ = ["NO_CORE_WARNING", "Verdict", "strip", "strip_checked"]
