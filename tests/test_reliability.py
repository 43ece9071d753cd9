"""Bad input, interrupted and concurrent runs: nothing is lost, nothing is half-written.

The battery feeds one folder with good articles and every kind of bad input the
README promises to handle, then checks exit codes, messages, failures.jsonl and
that each good record is byte-identical to its record from a clean folder.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ftextract.batch import CHUNK
from ftextract.cli import app

GOOD = {
    "good/one.txt": "Le maire de Brest, François Cuillandre, a inauguré lundi 3 juin 2019 une école "
    "de 4 millions d’euros.\n",
    "good/deux espaces 'quotes'.txt": "La société Danone a annoncé 1 200 suppressions de postes en France en 2021.\n",
    "good/page.html": "<html><head><title>Nantes</title></head><body><article><h1>Un pont à Nantes</h1>"
    "<p>La ville de Nantes a voté un budget de 12 millions d’euros pour le pont Anne-de-Bretagne.</p>"
    "</article></body></html>",
}
SLOW_ARTICLE = "La région Bretagne a financé 30 projets pour 2 millions d’euros à Rennes en mars 2020.\n"


def _write(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def _records(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json"))}


def _strays(out: Path) -> list[Path]:
    return [p for p in out.rglob("*") if p.name.endswith(".tmp")]


@pytest.fixture(scope="module")
def clean_records(tmp_path_factory):
    """Records of the good articles, from a folder holding nothing else."""
    root = tmp_path_factory.mktemp("clean")
    _write(root / "raw", GOOD)
    result = CliRunner().invoke(app, ["ingest", str(root / "raw"), "-o", str(root / "out")])
    assert result.exit_code == 0, result.stderr
    return _records(root / "out")


def test_every_bad_input_is_refused_by_name_and_costs_no_good_record(tmp_path, clean_records):
    raw, out = tmp_path / "raw", tmp_path / "out"
    bad = {
        "bad/empty.txt": b"",
        "bad/blank.txt": b"  \n\t\n",
        "bad/report.txt": b"%PDF-1.7\n" + bytes(range(256)) * 8,
        "bad/photo.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "bad/archive.txt": b"PK\x03\x04" + bytes(range(256)) * 8,
        "bad/big.txt": ("Une phrase de prose française assez ordinaire. " * 30000).encode(),
        "bad/nothing.html": b"<html><head><title>x</title><script>var a=1;</script></head><body> </body></html>",
        "bad/nul.txt": b"texte\x00\x00\x00\x00 avec des octets nuls\x00\x00" * 20,
    }
    _write(raw, GOOD | bad)
    (raw / "folder.txt").mkdir()  # a folder named like an article is a folder
    (raw / "loop").symlink_to(raw, target_is_directory=True)  # a symlink loop is followed once
    result = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(out), "--max-mb", "1"])
    assert result.exit_code == 1
    failures = {f["path"]: f for f in map(json.loads, (out / ".ftextract" / "failures.jsonl").read_text().splitlines())}
    expected = {
        "bad/empty.txt": "empty",
        "bad/blank.txt": "empty",
        "bad/report.txt": "binary",
        "bad/photo.txt": "binary",
        "bad/archive.txt": "binary",
        "bad/big.txt": "too-large",
        "bad/nothing.html": "no-text",
        "bad/nul.txt": "binary",
    }
    assert {path: f["kind"] for path, f in failures.items()} == expected
    for path, failure in failures.items():
        assert f"ftextract: {path}: {failure['message']}" in result.stderr
    assert "PDF" in failures["bad/report.txt"]["message"] and "1 MB" in failures["bad/big.txt"]["message"]
    records = _records(out)
    assert {k: v for k, v in records.items() if not k.startswith("loop/")} == clean_records
    assert _strays(out) == []
    assert "8 failed" in result.stderr


def test_a_name_that_is_not_utf8_is_kept_on_disk_and_shown_escaped(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (raw / name).write_text(GOOD["good/one.txt"], encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.stderr
    written = tmp_path / "out" / os.fsdecode(b"caf\xe9.json")
    assert json.loads(written.read_text("utf-8"))["source"]["path"] == "caf\\xe9.txt"


def test_encodings_and_mojibake_are_read_and_said(tmp_path):
    raw = tmp_path / "raw"
    _write(
        raw,
        {
            "cp1252.txt": "Le café coûte 3 € à Besançon, dit l’élu.\n".encode("cp1252"),
            "utf16.txt": "\ufeffLe café coûte 3 € à Besançon.\n".encode("utf-16-le"),
            "mojibake.txt": "Le cafÃ© coÃ»te 3 â‚¬ Ã  BesanÃ§on.\n".encode(),
        },
    )
    lines = CliRunner().invoke(app, ["ingest", str(raw), "-o", "-"]).stdout.splitlines()
    records = {r["source"]["path"]: r for r in map(json.loads, lines)}
    assert records["cp1252.txt"]["source"]["encoding"] == "cp1252" and "café" in records["cp1252.txt"]["text"]
    assert records["utf16.txt"]["source"]["encoding"] == "utf-16-le"
    assert "Besançon" in records["mojibake.txt"]["text"]
    assert any("mojibake" in w for w in records["mojibake.txt"]["warnings"])


def test_pathological_articles_never_stop_the_run(tmp_path):
    raw = tmp_path / "raw"
    _write(
        raw,
        GOOD
        | {
            "odd/long-line.txt": "mot " * 1_250_000,  # 5 MB on one line, just under the 5 MiB limit
            "odd/many-lines.txt": "ligne\n" * 200_000,
            "odd/nested.html": "<html><body>"
            + "<div>" * 20_000
            + "<p>Au fond de la page, Lyon.</p>"
            + "</div>" * 20_000
            + "</body></html>",
        },
    )
    result = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(tmp_path / "out"), "--time-limit", "4"])
    assert result.exit_code in (0, 1), result.stderr
    records = _records(tmp_path / "out")
    assert {"good/one.json", "good/page.json"} <= set(records)
    failed = [
        json.loads(line) for line in (tmp_path / "out" / ".ftextract" / "failures.jsonl").read_text().splitlines()
    ]
    assert len(records) + len(failed) == len(GOOD) + 3
    assert {f["kind"] for f in failed} <= {"timeout"}
    assert all("4 s limit" in f["message"] for f in failed)


def test_retry_failed_redoes_only_the_failures(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    _write(raw, GOOD | {"late.txt": b""})
    assert CliRunner().invoke(app, ["ingest", str(raw), "-o", str(out)]).exit_code == 1
    (raw / "late.txt").write_text(SLOW_ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(out), "--retry-failed"])
    assert result.exit_code == 0, result.stderr
    assert "1 written, 3 unchanged, 0 failed" in result.stderr
    assert (out / ".ftextract" / "failures.jsonl").read_text() == ""


# --- runs killed, interrupted, or run twice at once: real processes --------------------------------


def _folder(root: Path, count: int) -> Path:
    raw = root / "raw"
    _write(raw, {f"a{i:03}.txt": SLOW_ARTICLE.replace("30 projets", f"{i + 2} projets") for i in range(count)})
    return raw


def _interruptible() -> None:
    """Ctrl-C as a terminal delivers it: a shell's background job (`cmd &`) ignores SIGINT, and its
    children inherit that, so a suite started so would never see the run stop."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(raw: Path, out: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "ftextract", "ingest", str(raw), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )


def _wait_for(condition, seconds: float = 90) -> None:
    end = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < end, "timed out waiting"
        time.sleep(0.05)


def test_a_killed_run_leaves_only_whole_records_and_resumes_to_the_same_bytes(tmp_path):
    raw = _folder(tmp_path, 3 * CHUNK)  # three chunks: the kill lands while one is read
    reference = tmp_path / "reference"
    subprocess.run(
        [sys.executable, "-m", "ftextract", "ingest", str(raw), "-o", str(reference)], check=True, capture_output=True
    )
    out = tmp_path / "out"
    run = _start(raw, out)
    _wait_for(lambda: len(list(out.glob("*.json"))) >= 3)
    run.send_signal(signal.SIGKILL)
    run.wait()
    partial = _records(out)
    assert 3 <= len(partial) < 3 * CHUNK
    for name, data in partial.items():
        assert data == (reference / name).read_bytes()  # complete, never half-written
    again = subprocess.run(
        [sys.executable, "-m", "ftextract", "ingest", str(raw), "-o", str(out)], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert f"{3 * CHUNK - len(partial)} written, {len(partial)} unchanged" in again.stderr
    assert _records(out) == _records(reference)
    assert _strays(out) == []


def test_ctrl_c_stops_cleanly_with_a_summary_and_exit_130(tmp_path):
    raw, out = _folder(tmp_path, 8 * CHUNK), tmp_path / "out"  # seven chunks still to read at the first record
    run = _start(raw, out)
    _wait_for(lambda: len(list(out.glob("*.json"))) >= 1)
    run.send_signal(signal.SIGINT)
    _, stderr = run.communicate(timeout=60)
    assert run.returncode == 130, stderr
    assert "interrupted, run again to finish" in stderr
    assert "Traceback" not in stderr
    for record in out.glob("*.json"):
        json.loads(record.read_text("utf-8"))


def test_a_second_ingest_into_the_same_folder_is_refused_while_the_first_runs(tmp_path):
    raw, out = _folder(tmp_path, 48), tmp_path / "out"
    first = _start(raw, out)
    try:
        _wait_for(lambda: (out / ".ftextract" / "owner").exists())
        second = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(out)])
        assert second.exit_code == 2
        assert f"in use by another ingest (process {first.pid})" in second.stderr
    finally:
        first.wait(timeout=120)
    assert first.returncode == 0


def test_a_stale_lock_left_by_a_killed_run_does_not_block(tmp_path):
    raw, out = _folder(tmp_path, 1), tmp_path / "out"
    (out / ".ftextract").mkdir(parents=True)
    (out / ".ftextract" / "lock").write_text("")
    (out / ".ftextract" / "owner").write_text("99999\n")
    (out / ".a000.json.x1y2.tmp").write_text('{"half": ')
    result = CliRunner().invoke(app, ["ingest", str(raw), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert _strays(out) == []
