"""HTML to lines: one line per block as a browser lays it out, with structural hints.

Unlike a naive `get_text("\\n")` dump, inline markup (a, em, span...) stays inside its
paragraph's line; a block boundary (p, li, div, td...) starts a new line and <br>
breaks one. Each line carries the innermost structural container it sits in
(nav, footer, aside, form... or a chrome hint read from class, id and role, see
data/html_hints.tsv) and whether all of its text is link text, for the chrome stage.
The tree is walked with an explicit stack, so deep nesting cannot exhaust recursion.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, PageElement, SoupStrainer, Tag
from bs4.element import PreformattedString
from bs4.exceptions import ParserRejectedMarkup
from lxml import etree

from ftextract import main_text
from ftextract.document import Line
from ftextract.resources import table

# Never shown as text: scripts, styles, embedded media and their fallbacks, the head.
_DROPPED = frozenset(
    {
        "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe",
        "object", "embed", "canvas", "video", "audio", "select", "datalist",
    }
)  # fmt: skip
# Elements that start and end a line (HTML's block-level and table elements).
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
        "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
        "main", "menu", "nav", "ol", "option", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "textarea", "label",
    }
)  # fmt: skip
# Containers whose name says what they hold; the innermost one becomes Line.tag.
_STRUCTURAL = frozenset({"nav", "header", "footer", "aside", "form", "figcaption", "article", "main"})
# Structural names that say "this is content": kept even on a container holding the article.
_CONTENT_NAMES = frozenset({"article", "main", "figcaption"})
# Containers an <h1> may sit in and still be the article's headline.
_HEADING_PLACES = frozenset({"", "article", "main", "header"})
_WRAPPER_SHARE = 2  # a container with over half of the page's prose (non-link text) is a wrapper
# Containers of the whole page or article, and the headline: their class names describe the page or
# the headline's styling ("fig-headline fig-pagination__hidden"), not a chrome box.
_NO_CLASS_HINT = frozenset({"html", "body", "main", "article", "h1"})
_VETO = "-"  # the hint of tokens that make a class name describe content ("has-sidebar")
_ASCII_SPACE = " \t\n\r\f\v"
_ASCII_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_TOKEN = re.compile(r"[a-z0-9]+|[A-Z][a-z0-9]*")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def to_lines(html: str) -> list[Line]:
    """The page's visible text, one line per block, in document order.

    Lines inside an <h1> outside chrome containers are tagged "h1" (the headline's
    candidates); lines the main-text extractor finds (main_text.py) are tagged "extracted".
    """
    return main_text.mark(html, layout(html))


def layout(html: str) -> list[Line]:
    """The lines and their structural tags alone, before the main-text vote."""
    builder = _LineBuilder()
    for event, node in _walk(_parse(html)):
        if event == "text":
            builder.add(str(node))
        elif node.name == "br":
            builder.flush()
        elif event == "enter":
            if node.name in _BLOCKS:
                builder.boundary()
            builder.open(_hint(node), _name(node), node.name == "a", node.name == "pre", node.name == "h1")
        else:
            if node.name in _BLOCKS:
                builder.boundary()  # before close: the block's last line is still inside it
            builder.close()
    return builder.lines()


def page_title(html: str) -> str:
    """The text of the page's <title>, whitespace collapsed; "" when it has none."""
    soup = _parse(html, SoupStrainer("title"))
    title = soup.find("title")
    return _collapse(title.get_text()) if title else ""


def _parse(html: str, strainer: SoupStrainer | None = None) -> BeautifulSoup:
    with warnings.catch_warnings():  # a short page that looks like a path or URL is still the page's text
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            return BeautifulSoup(html, "lxml", parse_only=strainer)
        except (ParserRejectedMarkup, etree.LxmlError):  # the slower pure-Python parser reads anything
            return BeautifulSoup(html, "html.parser", parse_only=strainer)


def _walk(root: Tag) -> Iterator[tuple[str, PageElement]]:
    """("enter", tag), ("text", string), ("exit", tag) events in document order, without recursion."""
    stack: list[tuple[Tag, Iterator[PageElement]]] = [(root, iter(root.contents))]
    while stack:
        parent, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if parent is not root:
                yield "exit", parent
        elif isinstance(child, Tag):
            if child.name in _DROPPED or _hidden(child):
                continue
            yield "enter", child
            stack.append((child, iter(child.contents)))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            yield "text", child  # comments, doctype, CDATA and processing instructions are preformatted


def _hidden(tag: Tag) -> bool:
    return tag.has_attr("hidden") or bool(_HIDDEN_STYLE.search(tag.get("style") or ""))


@cache
def _hints() -> dict[str, str]:
    return dict(table("html_hints.tsv", 2))


def _hint(tag: Tag) -> str:
    """The chrome hint a container's class, id or ARIA role gives; "" when none does."""
    if tag.name in _NO_CLASS_HINT:
        return ""
    hints = _hints()
    for attribute in ("role", "id", "class"):
        value = tag.get(attribute)
        for name in value if isinstance(value, list) else [value or ""]:
            found = [hints[token] for token in map(str.lower, _TOKEN.findall(name)) if token in hints]
            if found and _VETO not in found:
                return found[0]
    return ""


def _name(tag: Tag) -> str:
    return tag.name if tag.name in _STRUCTURAL else ""


def _collapse(text: str) -> str:
    """Runs of ASCII whitespace to one space; no-break spaces are kept (French numbers need them)."""
    return _ASCII_SPACES.sub(" ", text).strip(_ASCII_SPACE)


@dataclass(slots=True)
class _Box:
    """An open container that hints chrome, and how much text it holds (its own and nested)."""

    hint: str  # from class, id or role; "" when none
    name: str  # structural element name; "" when none
    parent: _Box | None
    prose: int = 0  # characters of its lines that are not link text


def _holds_content(box: _Box, page_prose: int) -> bool:
    """A container with most of the page's prose wraps the article, whatever its class says.

    Layout wrappers are often named after what sits beside or inside the article
    ("l-sidebar-fixed", "elementor-widget-container", an ASP.NET <form> around the page).
    """
    return box.prose * _WRAPPER_SHARE > page_prose


class _LineBuilder:
    """The line being built from a block's text pieces, and the lines made so far."""

    def __init__(self) -> None:
        self._lines: list[tuple[str, bool, bool, _Box | None, bool]] = []  # text, blank_before, link, box, in h1
        self._pieces: list[tuple[str, bool]] = []  # (text, inside a link)
        self._open: list[tuple[_Box | None, bool, bool, bool]] = []  # (its box, is a link, preformatted, h1)
        self._box: _Box | None = None  # the innermost open box
        self._links = 0
        self._pre = 0
        self._h1 = 0
        self._boundary = False

    def open(self, hint: str, name: str, link: bool, pre: bool, h1: bool = False) -> None:
        if name == "header" and self._in_content():
            name = ""  # an article's own header holds its headline and standfirst
        box = _Box(hint, name, self._box) if hint or name else None
        self._box = box or self._box
        self._open.append((box, link, pre, h1))
        self._links += link
        self._pre += pre
        self._h1 += h1

    def _in_content(self) -> bool:
        box = self._box
        while box and box.name not in _CONTENT_NAMES:
            box = box.parent
        return box is not None

    def close(self) -> None:
        box, link, pre, h1 = self._open.pop()
        self._links -= link
        self._pre -= pre
        self._h1 -= h1
        if box:
            self._box = box.parent
            if box.parent:
                box.parent.prose += box.prose

    def add(self, text: str) -> None:
        if not self._pre:
            self._pieces.append((text, self._links > 0))
            return
        first, *rest = text.split("\n")  # preformatted text keeps its line breaks
        self._pieces.append((first, self._links > 0))
        for part in rest:
            self.flush()
            self._pieces.append((part, self._links > 0))

    def boundary(self) -> None:
        self.flush()
        self._boundary = True

    def flush(self) -> None:
        text = _collapse("".join(piece for piece, _ in self._pieces))
        if text:
            link = all(in_link for piece, in_link in self._pieces if piece.strip(_ASCII_SPACE))
            self._lines.append((text, self._boundary and bool(self._lines), link, self._box, self._h1 > 0))
            self._boundary = False
            if self._box and not link:
                self._box.prose += len(text)
        self._pieces.clear()

    def lines(self) -> list[Line]:
        """The lines made, each tagged with its innermost container that is not a content wrapper."""
        self.flush()
        prose = sum(len(text) for text, _, link, _, _ in self._lines if not link)
        out = []
        for text, blank, link, box, h1 in self._lines:
            tag = _tag(box, prose)
            out.append(Line(text, blank, "h1" if h1 and tag in _HEADING_PLACES else tag, link))
        return out


def _tag(box: _Box | None, page_prose: int) -> str:
    """The innermost container's hint, skipping chrome-named ones that hold the article."""
    while box:
        if not _holds_content(box, page_prose):
            return box.hint or box.name
        if box.name in _CONTENT_NAMES:
            return box.name
        box = box.parent
    return ""
