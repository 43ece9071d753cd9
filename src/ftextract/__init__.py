"""ftextract: facts from raw French news articles.

Library API (imports stay light so `ftextract --help` is instant):
`extract_bytes(data, path=...)` -> Record, `clean_bytes(data, path=...)` -> Page.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "clean_bytes", "extract_bytes"]


def extract_bytes(data: bytes, path: str = "-"):
    """One article's bytes to its Record (loads the French model on first use)."""
    from ftextract.pipeline import extract

    return extract(data, path)


def clean_bytes(data: bytes, path: str = "-"):
    """One article's bytes to its Page: the article's own lines and the removed chrome."""
    from ftextract.pipeline import clean

    return clean(data, path)
