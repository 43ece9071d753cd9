"""The extractor fingerprint: what must match for a stored record to be reused."""

from __future__ import annotations

import hashlib
from functools import cache

from ftextract import __version__, resources
from ftextract.nlp import model_id
from ftextract.record import SCHEMA_VERSION


@cache
def fingerprint() -> str:
    """Digest of the schema, package version, model and language data: any change redoes records."""
    parts = (SCHEMA_VERSION, __version__, model_id(), resources.digest())
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
