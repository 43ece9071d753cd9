"""The site profiles of one run: which part of its site's profile each page meets.

Pages are grouped by the folder holding them (site.site_key); a folder of at least
site.MIN_PAGES pages gets a profile from the keys of all its pages, whether or not their
records are current, since the profile depends on every page of the folder. A page's keys
come from `<out>/.ftextract/site-keys.npz` when its bytes are those cached by this extractor,
else from the page itself, read by the run's executor (so `--jobs` and `--cluster` share it).
An incremental run of an unchanged folder thus reads no page but to hash it.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ftextract import site, store
from ftextract.discover import Article
from ftextract.fingerprint import extractor

CACHE = "site-keys.npz"
CHUNK = 64  # pages one worker reads for their keys in one go
Reader = Callable[[list[list[str]]], list[list[site.PageKeys | None]]]  # chunks of paths -> their keys


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None  # the article's own run reports it


def _load(state: Path | None) -> dict[str, site.PageKeys]:
    """sha256 -> keys from the cache, when it was written by this extractor; else nothing."""
    path = state / CACHE if state else None
    if path is None or not path.is_file():
        return {}
    try:
        with np.load(path, allow_pickle=False) as data:
            if str(data["extractor"]) != extractor():
                return {}
            pairs = np.split(data["pairs"], data["pair_ends"][:-1])
            paragraphs = np.split(data["paragraphs"], data["paragraph_ends"][:-1])
            return {str(sha): site.PageKeys(p, q) for sha, p, q in zip(data["sha"], pairs, paragraphs, strict=True)}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return {}  # a damaged cache costs a re-read, never a wrong record


def _save(state: Path, cached: dict[str, site.PageKeys]) -> None:
    shas = sorted(cached)
    pages = [cached[s] for s in shas]
    buffer = io.BytesIO()
    arrays = {}
    for field in ("pairs", "paragraphs"):
        parts = [getattr(page, field) for page in pages]
        arrays[field] = np.concatenate(parts) if parts else np.empty(0, dtype=site.KEY)
        arrays[field[:-1] + "_ends"] = np.cumsum([len(a) for a in parts], dtype=np.int64)
    np.savez(buffer, extractor=np.array(extractor()), sha=np.array(shas, dtype="U64"), **arrays)
    store.write_atomic(state / CACHE, buffer.getvalue())


@dataclass(frozen=True, slots=True)
class SiteView:
    """What one page needs of its site: the site's profile (one array its pages share), and the
    digest of the part of it the page meets, which its record's fingerprint carries.

    The part itself is not kept: the page's own run finds it again from its lines, so a run of
    any size holds only its sites' profiles and a digest per page.
    """

    profile: np.ndarray
    digest: str


def plan(articles: Sequence[Article], read: Reader, state: Path | None = None) -> dict[str, SiteView]:
    """Relative path -> its SiteView, for the pages of a folder with a profile.

    `read` gives the keys of pages not in the cache; `state` is the output's bookkeeping folder
    (None when records go to stdout: nothing is cached).
    """
    groups: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        groups[site.site_key(article.path)].append(article)
    members = [a for key in sorted(groups) if len(groups[key]) >= site.MIN_PAGES for a in groups[key]]
    if not members:
        return {}
    cache = _load(state)
    shas = {a.relative: _sha256(a.path) for a in members}
    keys: dict[str, site.PageKeys | None] = {a.relative: cache.get(shas[a.relative] or "") for a in members}
    missing = [a for a in members if keys[a.relative] is None and shas[a.relative]]
    chunks = [missing[i : i + CHUNK] for i in range(0, len(missing), CHUNK)]
    if chunks:
        found = read([[str(a.path) for a in chunk] for chunk in chunks])
        for chunk, chunk_keys in zip(chunks, found, strict=True):
            keys.update((a.relative, k) for a, k in zip(chunk, chunk_keys, strict=True))
    views: dict[str, SiteView] = {}
    for key in sorted(groups):
        pages = [(a.relative, keys[a.relative]) for a in groups[key] if a.relative in keys]
        readable = [(rel, k) for rel, k in pages if k is not None]
        site_profile = site.profile([k for _, k in readable])
        if site_profile.size:
            for rel, k in readable:
                views[rel] = SiteView(site_profile, site.digest(site.relevant(site_profile, k)))
    if state is not None:
        _save(state, {shas[rel]: k for rel, k in keys.items() if k is not None and shas[rel]})
    return views
