"""The order of stages, written once.

bytes -> decode -> html.to_lines | normalize.split -> chrome.strip -> Page        (clean stops here)
Page -> Document -> nlp.analyze -> recognizers -> overlaps -> clubs -> councils -> mentions -> roles
     -> entities -> Record
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np

from ftextract import __version__, chrome, decode, entities, html, mentions, normalize, overlaps, site
from ftextract.document import Document, Page, Quantity, Source, SourceFormat, Span, SpanKind, Timex
from ftextract.errors import ArticleRefused, RefusalReason
from ftextract.fingerprint import fingerprint
from ftextract.nlp import analyze, model_id
from ftextract.recognize import RECOGNIZERS, councils, org_context, roles
from ftextract.record import (
    Amount,
    ChromeItem,
    Date,
    Entity,
    ExtractorInfo,
    Mention,
    Person,
    Record,
    SourceInfo,
)


@dataclass(frozen=True, slots=True)
class Options:
    """What a user can set about reading one article."""

    max_bytes: int = decode.DEFAULT_MAX_BYTES
    time_limit: float = 120.0  # seconds per article in a batch; 0 = none


DEFAULT_OPTIONS = Options()


@dataclass(frozen=True, slots=True)
class Prepared:
    """An article read and cleaned, ready for the model."""

    source: Source
    page: Page
    doc: Document
    warnings: tuple[str, ...]
    site_digest: str = ""  # of the site profile's part the page met; enters the record's fingerprint


def _is_html(data: bytes, path: str) -> bool:
    lower = path.lower()
    if lower.endswith((".html", ".htm")):
        return True
    if lower.endswith(".txt"):
        return False
    return decode.sniff_html(data[:4096].decode("utf-8", "ignore"))


def page_lines(data: bytes, path: str, options: Options = DEFAULT_OPTIONS, *, vote: bool = True):
    """Decode one article and split it into lines: (decoded, is HTML, lines).

    `vote=False` skips the main-text library's vote on HTML: the same lines, without the tags
    only chrome removal reads (what the site profile needs).
    """
    is_html = _is_html(data, path)
    decoded = decode.decode(data, is_html=is_html, max_bytes=options.max_bytes)
    if is_html:
        lines = html.to_lines(decoded.text) if vote else html.layout(decoded.text)
    else:
        lines = normalize.split(decoded.text)
    if not lines:
        raise ArticleRefused(RefusalReason.NO_TEXT, "HTML page with no text" if is_html else "no text")
    return decoded, is_html, lines


def site_keys(data: bytes, path: str, options: Options = DEFAULT_OPTIONS):
    """The article's keys for its site's profile (site.keys of its lines)."""
    return site.keys([line.text for line in page_lines(data, path, options, vote=False)[2]])


def read(
    data: bytes, path: str, options: Options = DEFAULT_OPTIONS, site_profile: np.ndarray | None = None
) -> tuple[Source, Page, tuple[str, ...], str]:
    """Decode and clean one article: its Source, its Page and the warnings of decoding.

    `site_profile` is the profile of the site the page belongs to (profiles.plan), None for an
    article read alone; the last value returned is the digest of the part of it the page meets.
    """
    decoded, is_html, lines = page_lines(data, path, options)
    texts = [line.text for line in lines]
    part = site.relevant(site_profile, site.keys(texts)) if site_profile is not None else b""
    page = chrome.strip(lines, site.repeated_lines(texts, part))
    source = Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=decoded.encoding,
        format=SourceFormat.HTML if is_html else SourceFormat.TEXT,
    )
    return source, page, tuple(decoded.warnings), site.digest(part)


def clean(data: bytes, path: str = "-", options: Options = DEFAULT_OPTIONS) -> Page:
    return read(data, path, options)[1]


def prepare(
    data: bytes, path: str = "-", options: Options = DEFAULT_OPTIONS, site_profile: np.ndarray | None = None
) -> Prepared:
    source, page, warnings, site_digest = read(data, path, options, site_profile)
    context = "\n".join(block.text for block in page.chrome)
    doc = Document(page.text, title=page.title, context=context)
    return Prepared(source, page, doc, warnings, site_digest)


def _mentions(group: entities.Group) -> list[Mention]:
    return [Mention(start=m.start, end=m.end, text=m.text) for m in group.mentions]


def _number(value: int | float) -> int | float:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def finish(prepared: Prepared, doc: Document) -> Record:
    """Run the recognizers over the analyzed document and build the record."""
    spans: list[Span] = [s for recognizer in RECOGNIZERS for s in recognizer.find(doc)]
    spans = org_context.clubs(doc, overlaps.agree(overlaps.resolve(spans)))
    spans = mentions.complete(doc, councils.listed(doc, spans))
    people = [s for s in spans if s.kind is SpanKind.PERSON]
    groups = entities.group(doc, [s for s in spans if s.kind in _ENTITY_KINDS], roles.find(doc, people))
    by_kind: dict[SpanKind, list[entities.Group]] = {k: [] for k in _ENTITY_KINDS}
    for g in groups:
        by_kind[g.kind].append(g)
    amounts = [
        Amount(
            text=s.text, value=_number(s.value.value), unit=s.value.unit, kind=s.value.kind, start=s.start, end=s.end
        )
        for s in spans
        if s.kind is SpanKind.AMOUNT and isinstance(s.value, Quantity)
    ]
    dates = [
        Date(text=s.text, value=s.value.value, start=s.start, end=s.end)
        for s in spans
        if s.kind is SpanKind.DATE and isinstance(s.value, Timex)
    ]
    source = prepared.source
    return Record(
        source=SourceInfo(
            path=source.path, sha256=source.sha256, bytes=source.bytes, encoding=source.encoding, format=source.format
        ),
        extractor=ExtractorInfo(version=__version__, model=model_id(), fingerprint=fingerprint(prepared.site_digest)),
        title=prepared.page.title,
        text=doc.text,
        chrome=[ChromeItem(text=b.text, kind=b.kind) for b in prepared.page.chrome],
        people=[
            Person(name=g.name, aliases=g.aliases, roles=g.roles, mentions=_mentions(g))
            for g in by_kind[SpanKind.PERSON]
        ],
        places=[Entity(name=g.name, aliases=g.aliases, mentions=_mentions(g)) for g in by_kind[SpanKind.PLACE]],
        organizations=[
            Entity(name=g.name, aliases=g.aliases, mentions=_mentions(g)) for g in by_kind[SpanKind.ORGANIZATION]
        ],
        labels=[Entity(name=g.name, aliases=g.aliases, mentions=_mentions(g)) for g in by_kind[SpanKind.LABEL]],
        amounts=amounts,
        dates=dates,
        warnings=list(prepared.warnings),
    )


_ENTITY_KINDS = (SpanKind.PERSON, SpanKind.PLACE, SpanKind.ORGANIZATION, SpanKind.LABEL)


def extract(data: bytes, path: str = "-", options: Options = DEFAULT_OPTIONS) -> Record:
    """One article's bytes to its record."""
    prepared = prepare(data, path, options)
    return finish(prepared, analyze(prepared.doc))
