"""The extractor fingerprint: what must match for a stored record to be reused."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources as importlib_resources

from ftextract import __version__, main_text, resources
from ftextract.nlp import model_id
from ftextract.record import SCHEMA_VERSION


@cache
def code_digest() -> str:
    """SHA-256 over the package's Python sources, so an edited rule redoes records even within a version."""
    h = hashlib.sha256()
    root = importlib_resources.files("ftextract")
    folders = [root, root.joinpath("recognize")]
    for folder in folders:
        for path in sorted((p for p in folder.iterdir() if p.name.endswith(".py")), key=lambda p: p.name):
            h.update(f"{folder.name}/{path.name}".encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


@cache
def extractor() -> str:
    """Digest of the schema, package version, model, main-text library, language data and code.

    Any change of these redoes records.
    """
    parts = (SCHEMA_VERSION, __version__, model_id(), main_text.extractor_id(), resources.digest(), code_digest())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]


def fingerprint(site_digest: str = "") -> str:
    """A record's fingerprint: the extractor's, and the part of its site's profile the page met.

    A page with no site part (alone in its folder, or meeting none of it) has the extractor's own.
    """
    if not site_digest:
        return extractor()
    return hashlib.sha256(f"{extractor()}\0{site_digest}".encode()).hexdigest()[:16]
