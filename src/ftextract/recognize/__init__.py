"""Recognizers: each module's `find(doc) -> list[Span]` reads the document (and the model's reading).

RECOGNIZERS is the order they run in; conflicts between their spans are settled
afterwards by `ftextract.overlaps`, never by the order here. `roles` is not in
the tuple: it reads the people the others found. The tuple is built on first
use, so importing one recognizer does not import them all.
"""

from __future__ import annotations

from types import ModuleType


def __getattr__(name: str) -> tuple[ModuleType, ...]:
    if name == "RECOGNIZERS":
        from ftextract.recognize import (
            acronyms,
            amounts,
            bodies,
            civilities,
            dates,
            described_bodies,
            gazetteer,
            labels,
            media,
            ner,
            org_patterns,
            sites,
        )

        return (
            ner,
            civilities,
            gazetteer,
            acronyms,
            bodies,
            media,
            org_patterns,
            described_bodies,
            sites,
            labels,
            amounts,
            dates,
        )
    raise AttributeError(name)
