"""Where records go and how they are written: whole, in place, with the permissions a user expects."""

from __future__ import annotations

import os
import stat

from ftextract import store


def test_a_record_gets_the_mode_a_plain_file_would_get(tmp_path):
    old = os.umask(0o022)
    try:
        target = tmp_path / "a" / "b.json"
        store.write_atomic(target, "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # readable by the team, as `open()` would leave it
    assert target.read_text(encoding="utf-8") == "{}\n"
    assert [p.name for p in target.parent.iterdir()] == ["b.json"]  # no temporary file left beside it


def test_record_path_mirrors_the_article_and_replaces_its_suffix(tmp_path):
    assert store.record_path(tmp_path, "raw/a/b.txt") == tmp_path / "raw" / "a" / "b.json"
    assert store.record_path(tmp_path, "page.html") == tmp_path / "page.json"
