"""Extraction reads nothing from outside the article: no network, and no file times (the clock: test_clock)."""

from __future__ import annotations

import os
import socket

import pytest
from typer.testing import CliRunner

from ftextract.cli import app
from ftextract.pipeline import extract
from ftextract.record import dumps

PAGE = (
    "<html><head><title>Nantes</title><link rel='canonical' href='https://example.org/a'></head><body>"
    "<nav><a href='https://example.org/'>Accueil</a></nav><article><h1>Un pont à Nantes</h1>"
    "<p>La ville de Nantes a voté mardi 3 mars 2020 un budget de 12 millions d’euros pour le pont.</p>"
    "<img src='https://example.org/pont.jpg'><figcaption>Le pont, vu du quai.</figcaption></article></body></html>"
)
DUMP = "Accueil\nLe maire de Brest, François Cuillandre, a inauguré lundi 3 juin 2019 une école de 4 M€.\n"


def test_no_network_is_touched(monkeypatch: pytest.MonkeyPatch) -> None:
    before = [dumps(extract(PAGE.encode(), "page.html")), dumps(extract(DUMP.encode(), "a.txt"))]

    def refuse(*_args, **_kwargs):
        raise AssertionError("extraction tried to reach the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    after = [dumps(extract(PAGE.encode(), "page.html")), dumps(extract(DUMP.encode(), "a.txt"))]
    assert after == before


def test_file_times_change_nothing(tmp_path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(DUMP, encoding="utf-8")
    (raw / "b.html").write_text(PAGE, encoding="utf-8")
    records = []
    for stamp in (0, 2_000_000_000):  # 1970 and 2033
        for name in ("a.txt", "b.html"):
            os.utime(raw / name, (stamp, stamp))
        result = CliRunner().invoke(app, ["ingest", str(raw), "-o", "-"])
        assert result.exit_code == 0, result.stderr
        records.append(result.stdout)
    assert records[0] == records[1] != ""
