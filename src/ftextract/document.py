"""Typed, frozen data that flows between stages.

The text of a Document is never rewritten; every Span is made through
`Document.span`, so `span.text == doc.text[span.start:span.end]` holds by construction.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from enum import StrEnum
from operator import attrgetter


class SpanKind(StrEnum):
    """What a span names; values are the record's list names where one exists."""

    PERSON = "people"
    PLACE = "places"
    ORGANIZATION = "organizations"
    LABEL = "labels"
    AMOUNT = "amounts"
    DATE = "dates"
    ROLE = "role"
    MISC = "misc"


class AmountKind(StrEnum):
    MONEY = "money"
    PERCENT = "percent"
    QUANTITY = "quantity"
    COUNT = "count"


class ChromeKind(StrEnum):
    """Kinds of removed page chrome, as written in `record.chrome[].kind`."""

    NAVIGATION = "navigation"
    SHARE = "share"
    COMMENT_FORM = "comment-form"
    NEWSLETTER = "newsletter"
    RELATED = "related"
    ADVERTISING = "advertising"
    COOKIE = "cookie"
    PAYWALL = "paywall"
    BYLINE = "byline"
    FOOTER = "footer"
    LEGAL = "legal"
    SITE_REPEATED = "site-repeated"
    OTHER = "other"


class SourceFormat(StrEnum):
    TEXT = "text"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Quantity:
    """The value of an amount: a plain number, its unit and its kind."""

    value: int | float
    unit: str
    kind: AmountKind


@dataclass(frozen=True, slots=True)
class Timex:
    """The value of a date in TIMEX3 form (YYYY-MM-DD, XXXX-MM, 2019-Q4 ...)."""

    value: str


@dataclass(frozen=True, slots=True)
class Span:
    """One finding in the text; `rule` names the recognizer and pattern that made it."""

    start: int
    end: int
    text: str
    kind: SpanKind
    rule: str
    value: Quantity | Timex | str | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """Where an article came from and how its bytes were read."""

    path: str
    sha256: str
    bytes: int
    encoding: str
    format: SourceFormat


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the page as read, with structural hints when it came from HTML."""

    text: str
    blank_before: bool = False
    tag: str = ""  # innermost structural container from HTML (nav, footer, form...), "" for text dumps
    link: bool = False  # the line is the text of a link


@dataclass(frozen=True, slots=True)
class ChromeBlock:
    """A removed run of lines, kept so nothing is silently lost."""

    text: str
    kind: ChromeKind
    reason: str


@dataclass(frozen=True, slots=True)
class Page:
    """The page after chrome removal: what `clean` prints and `extract` analyzes."""

    title: str
    lines: tuple[str, ...]
    chrome: tuple[ChromeBlock, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


# One character for one, so the normalized copy keeps the text's offsets.
_NORMALIZE = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u2008": " ",
        "\u200a": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2004": " ",
        "\u2005": " ",
        "\u2006": " ",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2212": "-",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
    }
)


def normalize_chars(text: str) -> str:
    """Same-length copy with typographic apostrophes, spaces and dashes made plain."""
    return text.translate(_NORMALIZE)


@dataclass(frozen=True, slots=True)
class Token:
    """A model token as plain data, so nothing of spaCy outlives the analysis."""

    start: int
    end: int
    pos: str  # universal part of speech ("PROPN", "NOUN"...)


@dataclass(frozen=True, slots=True)
class Entity:
    """A model entity as plain data: character offsets and the model's label (PER, LOC, ORG, MISC)."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Document:
    """The article text the recognizers read, with its same-length normalized copy.

    `tokens`, `ents` and `sents` hold the model's reading; they are empty on a
    Document built without the model, which is enough for the rule recognizers.
    `context` is the page text the chrome stage removed (bylines, "Publié le ..."
    lines): recognizers may read it for evidence, such as the publication year,
    but never make a span from it.
    """

    text: str
    norm: str = field(default="")
    title: str = ""
    context: str = ""
    tokens: tuple[Token, ...] = ()
    ents: tuple[Entity, ...] = ()
    sents: tuple[tuple[int, int], ...] = ()

    def __post_init__(self) -> None:
        if not self.norm:
            object.__setattr__(self, "norm", normalize_chars(self.text))
        if len(self.norm) != len(self.text):
            raise ValueError("the normalized copy must keep the text's length")

    def opens_sentence(self, start: int) -> bool:
        """Whether `start` begins a sentence or a line (quotes and brackets before it aside):
        a capital there may be the sentence's, not a name's."""
        before = self.norm[max(0, start - 3) : start].rstrip(" «\"'(")
        return not before or before[-1] in ".!?:\n"

    def token_index(self, offset: int) -> int:
        """Index in `tokens` of the first token that starts at or after `offset` (tokens are in order)."""
        return bisect_left(self.tokens, offset, key=attrgetter("start"))

    def token_at(self, offset: int) -> Token | None:
        """The token that starts exactly at `offset`, if any."""
        k = self.token_index(offset)
        return self.tokens[k] if k < len(self.tokens) and self.tokens[k].start == offset else None

    def pos_at(self, offset: int) -> str:
        """The part of speech of the token that starts at `offset`, or "" (none starts there, or no model ran)."""
        token = self.token_at(offset)
        return token.pos if token else ""

    def span(
        self,
        start: int,
        end: int,
        kind: SpanKind,
        rule: str,
        value: Quantity | Timex | str | None = None,
    ) -> Span:
        """The only way to make a Span: its text is read from the document itself."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside a text of {len(self.text)} characters")
        return Span(start, end, self.text[start:end], kind, rule, value)
